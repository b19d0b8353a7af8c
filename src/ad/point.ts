// Points, directions and gradients keyed by variable names. A name is data: a point is read by own
// properties only (`constructor` is unbound unless the point has it), and a result keeps every name,
// `__proto__` included, as an ordinary own key that `JSON.stringify` shows.

import { describe } from '../ast/names.js';
import { InvalidArgumentError, UnboundVariableError } from '../errors.js';

export type Point = Record<string, number>;

/** `point` itself must be an object (a point, a direction). */
export function checkPoint(point: unknown, what: string): asserts point is Point {
  if (typeof point !== 'object' || point === null) {
    throw new InvalidArgumentError(`${what} must be an object of numbers keyed by variable name, got ${describe(point)}`);
  }
}

/** The value of `name` at `point`: UnboundVariableError when the point has no own property `name`. */
export function coordinate(point: Point, name: string): number {
  if (!Object.hasOwn(point, name)) throw new UnboundVariableError(name);
  return checkNumber(point[name], name);
}

/** The component of `name` in a direction: 0 when absent. */
export function component(direction: Point, name: string): number {
  return Object.hasOwn(direction, name) ? checkNumber(direction[name], name) : 0;
}

function checkNumber(value: unknown, name: string): number {
  if (typeof value !== 'number') {
    throw new InvalidArgumentError(`the value of '${name}' must be a number, got ${describe(value)}`);
  }
  return value;
}

/** An ordinary object with `names` as own data properties (assignment would call `__proto__`'s setter). */
export function record(names: readonly string[], valueOf: (name: string, i: number) => number): Point {
  const result: Point = {};
  names.forEach((name, i) => {
    Object.defineProperty(result, name, { value: valueOf(name, i), enumerable: true, writable: true, configurable: true });
  });
  return result;
}
