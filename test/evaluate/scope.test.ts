// Scopes and points: own properties only, numbers only.

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnboundVariableError } from '../../src/errors.js';
import { checkScope, lookup, pointEntries } from '../../src/evaluate/scope.js';

describe('lookup', () => {
  it('reads own properties, of any object', () => {
    expect(lookup({ x: 2 }, 'x')).toBe(2);
    expect(lookup(JSON.parse('{"__proto__": 3}'), '__proto__')).toBe(3);
    expect(lookup(Object.assign(Object.create(null), { x: 4 }), 'x')).toBe(4);
  });

  it.each(['constructor', '__proto__', 'toString', 'y'])('%s is unbound in { x: 1 }', (name) => {
    expect(() => lookup({ x: 1 }, name)).toThrow(UnboundVariableError);
  });

  it('names the object in the message of a bad value', () => {
    expect(() => lookup({ x: '1' }, 'x', 'point')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: point: the value of 'x' must be a number, got "1"]`);
  });
});

describe('checkScope', () => {
  it('takes undefined as the empty scope', () => {
    expect(checkScope(undefined)).toEqual({});
  });

  it.each([null, 1, 'x', true])('rejects %s', (scope) => {
    expect(() => checkScope(scope, 'direction')).toThrow(InvalidArgumentError);
  });
});

describe('pointEntries', () => {
  it('lists own enumerable keys in order, __proto__ included, inherited and hidden ones not', () => {
    const point = Object.create({ inherited: 1 }) as Record<string, number>;
    point.b = 2;
    Object.defineProperty(point, '__proto__', { value: 3, enumerable: true });
    point.a = 1;
    Object.defineProperty(point, 'hidden', { value: 4, enumerable: false });
    expect(pointEntries(point)).toEqual([['b', 2], ['__proto__', 3], ['a', 1]]);
  });

  it('rejects a value that is not a number', () => {
    expect(() => pointEntries({ x: 1, y: null })).toThrow(InvalidArgumentError);
  });
});
