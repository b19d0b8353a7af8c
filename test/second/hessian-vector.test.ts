// hessianVectorProduct: forward-over-reverse in one pass; keys as valueAndGrad's, names as data.

import { describe, expect, it } from 'vitest';
import { parse, valueAndGrad } from '../../src/index.js';
import { InvalidArgumentError, UnboundVariableError } from '../../src/errors.js';
import { hessianVectorProduct } from '../../src/second/hessian-vector.js';

describe('hessianVectorProduct', () => {
  it.each([
    // H(x^2*y) = [[2y, 2x], [2x, 0]]
    ['x^2*y', { x: 3, y: 2 }, { x: 1, y: 0 }, { value: 18, gradient: { x: 12, y: 9 }, hvp: { x: 4, y: 6 } }],
    ['x^2*y', { x: 3, y: 2 }, { y: 1 }, { value: 18, gradient: { x: 12, y: 9 }, hvp: { x: 6, y: 0 } }],
    // H(x*y*z) has 0 diagonal, the third variable off it
    ['x*y*z', { x: 1, y: 2, z: 3 }, { x: 1, y: 1, z: 1 }, { value: 6, gradient: { x: 6, y: 3, z: 2 }, hvp: { x: 5, y: 4, z: 3 } }],
    // (x^3)'' = 6x at x = -2, with a constant exponent that must not meet log(-2)
    ['x^3', { x: -2 }, { x: 2 }, { value: -8, gradient: { x: 12 }, hvp: { x: -24 } }],
    // exp(x)'' = exp(x); an extra key of the point gets zeros
    ['exp(x)', { x: 0, w: 5 }, { x: 3, w: 1 }, { value: 1, gradient: { x: 1, w: 0 }, hvp: { x: 3, w: 0 } }],
    // tanh'' = -2 tanh sech², 0 at 0
    ['tanh(x)', { x: 0 }, { x: 1 }, { value: 0, gradient: { x: 1 }, hvp: { x: 0 } }],
    ['log(x, 2)', { x: 1 }, { x: 1 }, { value: 0, gradient: { x: 1 / Math.LN2 }, hvp: { x: -1 / Math.LN2 } }],
  ])('of %s at %j along %j', (text, point, direction, expected) => {
    expect(hessianVectorProduct(parse(text), point, direction)).toEqual(expected);
  });

  it('has the gradient of valueAndGrad, bit for bit', () => {
    const f = parse('sin(x*y)/(1 + x^2) + sqrt(y)*atan(x)');
    const point = { x: 0.7, y: 1.3 };
    const { value, gradient } = hessianVectorProduct(f, point, { x: 1 });
    expect({ value, gradient }).toEqual(valueAndGrad(f, point));
  });

  it('treats names as data: own keys only, __proto__ kept as a key', () => {
    const point = JSON.parse('{"__proto__": 2, "constructor": 3}');
    const result = hessianVectorProduct(parse('__proto__^2*constructor'), point, JSON.parse('{"__proto__": 1}'));
    expect(Object.keys(result.hvp)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(result)).toBe('{"value":12,"gradient":{"__proto__":12,"constructor":4},"hvp":{"__proto__":6,"constructor":4}}');
    expect(() => hessianVectorProduct(parse('constructor'), {}, {})).toThrow(UnboundVariableError);
  });

  it.each([
    ['a point that is not an object', () => hessianVectorProduct(parse('x'), 3 as never, {})],
    ['a direction value that is not a number', () => hessianVectorProduct(parse('x'), { x: 1 }, { x: '1' } as never)],
    ['a forged tree', () => hessianVectorProduct({ kind: 'neg', args: [] } as never, {}, {})],
  ])('refuses %s', (_, run) => {
    expect(run).toThrow(InvalidArgumentError);
  });
});
