// Scopes and points: objects that map variable names to numbers, read by own properties only, so
// every name is data (`constructor` is unbound in `{}`; an own `__proto__` key is an ordinary value).

import { describe } from '../ast/names.js';
import { InvalidArgumentError, UnboundVariableError } from '../errors.js';

/** A scope as the library reads it: any object, of which only own properties count. */
export type Scope = Readonly<Record<string, unknown>>;

/** The scope itself, checked to be an object (`undefined` is the empty scope). */
export function checkScope(scope: unknown, what = 'scope'): Scope {
  if (scope === undefined) return {};
  if (typeof scope !== 'object' || scope === null) {
    throw new InvalidArgumentError(`${what} must be an object mapping variable names to numbers, got ${describe(scope)}`);
  }
  return scope as Scope;
}

/**
 * The number bound to `name`: an own property of the scope (inherited ones, like `constructor`,
 * are unbound), holding a number (NaN and ±Infinity included; strings are not converted).
 */
export function lookup(scope: Scope, name: string, what = 'scope'): number {
  if (!Object.hasOwn(scope, name)) throw new UnboundVariableError(name);
  return checkNumber(scope[name], name, what);
}

/** Every own enumerable key of a point with its number, in the object's key order (`__proto__` included). */
export function pointEntries(point: unknown, what = 'point'): [string, number][] {
  const scope = checkScope(point, what);
  return Object.keys(scope).map((name) => [name, checkNumber(scope[name], name, what)]);
}

function checkNumber(value: unknown, name: string, what: string): number {
  if (typeof value !== 'number') {
    throw new InvalidArgumentError(`${what}: the value of '${name}' must be a number, got ${describe(value)}`);
  }
  return value;
}
