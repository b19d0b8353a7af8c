// Directions and gradients keyed by variable names (points themselves are read like scopes, by own
// properties only: src/evaluate/scope.ts). A result keeps every name, `__proto__` included, as an
// ordinary own key that `JSON.stringify` shows.

import { lookup, type Scope } from '../evaluate/scope.js';

/** The component of `name` in a direction: 0 when the direction has no own property `name`. */
export function component(direction: Scope, name: string): number {
  return Object.hasOwn(direction, name) ? lookup(direction, name, 'direction') : 0;
}

/** An ordinary object with `names` as own data properties (assignment would call `__proto__`'s setter). */
export function record(names: readonly string[], valueOf: (name: string, i: number) => number): Record<string, number> {
  const result: Record<string, number> = {};
  names.forEach((name, i) => {
    Object.defineProperty(result, name, { value: valueOf(name, i), enumerable: true, writable: true, configurable: true });
  });
  return result;
}
