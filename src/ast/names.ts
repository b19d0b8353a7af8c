// What a variable may be called: an identifier of the input language that is not a function or a
// constant. Every such name is plain data everywhere (`constructor`, `__proto__` and `return` included).

import { FUNCTION_ALIASES, isFunctionName } from './function-names.js';
import { InvalidArgumentError } from '../errors.js';
import { isConstantName } from './constants.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const isIdentifier = (name: unknown): name is string => typeof name === 'string' && IDENTIFIER.test(name);

/** Function names (and their aliases) and the constants (`pi`, `e`) cannot name variables. */
export function isReserved(name: string): boolean {
  return isFunctionName(name) || Object.hasOwn(FUNCTION_ALIASES, name) || isConstantName(name);
}

export const isVariableName = (name: unknown): name is string => isIdentifier(name) && !isReserved(name);

/** The name, or an InvalidArgumentError saying why it cannot be a variable. */
export function checkVariableName(name: unknown, what = 'variable'): string {
  if (!isIdentifier(name)) {
    throw new InvalidArgumentError(`${what} must be an identifier (a letter or _, then letters, digits or _), got ${describe(name)}`);
  }
  if (isReserved(name)) throw new InvalidArgumentError(`${what} cannot be '${name}': it is a reserved name`);
  return name;
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
