import { describe, expect, it } from 'vitest';
import { directionalDerivative, InvalidArgumentError, UnboundVariableError } from '../../src/index.js';
import { mul, sub, variable } from '../../src/ast/builders.js';

const { cos, exp, log, sin, PI } = Math;

describe('directionalDerivative: one dual-number rule per operator', () => {
  it.each([
    ['x + y', { x: 2, y: 3 }, { x: 1, y: 2 }, 3],
    ['x - y', { x: 2, y: 3 }, { x: 1, y: 2 }, -1],
    ['-x', { x: 2 }, { x: 1 }, -1],
    ['x*y', { x: 2, y: 3 }, { x: 1 }, 3],
    ['x*y', { x: 2, y: 3 }, { x: 1, y: 1 }, 5],
    ['x/y', { x: 2, y: 4 }, { y: 1 }, -2 / 16],
    ['x/y', { x: 2, y: 4 }, { x: 1 }, 1 / 4],
    ['x^3', { x: 2 }, { x: 1 }, 12],
    ['2^x', { x: 3 }, { x: 1 }, 8 * log(2)],
    ['x^y', { x: 2, y: 3 }, { y: 1 }, 8 * log(2)],
    ['x^y', { x: 2, y: 3 }, { x: 1 }, 12],
    ['x^x', { x: 2 }, { x: 1 }, 4 * (log(2) + 1)],
    ['pi*x + e', { x: 5 }, { x: 1 }, PI],
    ['sin(x)', { x: 0.5 }, { x: 2 }, 2 * cos(0.5)],
    ['log(x, y)', { x: 8, y: 2 }, { x: 1 }, 1 / (8 * log(2))],
    ['log(x, y)', { x: 8, y: 2 }, { y: 1 }, -log(8) / (2 * log(2) ** 2)],
    ['cos(x)*exp(x^2)', { x: 0.7 }, { x: 1 }, -sin(0.7) * exp(0.49) + cos(0.7) * 1.4 * exp(0.49)],
  ])('d/dt %s at %o along %o = %d', (text, point, direction, expected) => {
    const { derivative } = directionalDerivative(text, point, direction);
    expect(derivative).toBeCloseTo(expected, 12);
  });

  it('gives the value too', () => {
    expect(directionalDerivative('x^2 + y', { x: 3, y: 1 }, { x: 1 })).toEqual({ value: 10, derivative: 6 });
  });
});

describe('directionalDerivative: powers where u^v (v log u + v u/u)′ would meet 0·∞ or NaN', () => {
  it.each([
    ['x^2 at 0 (constant exponent rule)', 'x^2', { x: 0 }, { x: 1 }, 0],
    ['x^3 at -2 (log of a negative base is never taken)', 'x^3', { x: -2 }, { x: 1 }, 12],
    ['x^y at x = -2, along x only', 'x^y', { x: -2, y: 3 }, { x: 1 }, 12],
    ['x^0 at 0 (u^0 = 1 is constant)', 'x^0', { x: 0 }, { x: 1 }, 0],
    ['0^y for y > 0 is constant', 'x^y', { x: 0, y: 2 }, { y: 1 }, 0],
    ['x^y at (0, 2) along both', 'x^y', { x: 0, y: 2 }, { x: 1, y: 1 }, 0],
    ['sqrt-like x^0.5 at 0 is infinitely steep', 'x^0.5', { x: 0 }, { x: 1 }, Infinity],
  ])('%s', (_, text, point, direction, expected) => {
    expect(directionalDerivative(text, point, direction).derivative).toBe(expected);
  });

  it('gives NaN where the real power has no derivative: x^y at x = -2 along y', () => {
    expect(directionalDerivative('x^y', { x: -2, y: 3 }, { y: 1 }).derivative).toBeNaN();
  });
});

describe('directionalDerivative: directions and points', () => {
  it('gives tangent 0 to a variable missing from the direction', () => {
    expect(directionalDerivative('x*y', { x: 2, y: 3 }, {}).derivative).toBe(0);
    expect(directionalDerivative('x*y', { x: 2, y: 3 }, { y: 1 }).derivative).toBe(2);
  });

  it('treats a component of 0 like an absent one, so a constant infinite slope does not poison: y*log(x) at x = 0', () => {
    expect(directionalDerivative('y*log(x)', { x: 0, y: 1 }, { y: 1, x: 0 }).derivative).toBe(-Infinity);
  });

  it('throws UnboundVariableError for a variable missing from the point', () => {
    const call = () => directionalDerivative('x + y', { x: 1 }, { x: 1 });
    expect(call).toThrow(UnboundVariableError);
    expect(call).toThrow(expect.objectContaining({ variable: 'y' }));
  });

  it('reads own properties only: inherited `constructor` and `toString` are unbound, and no tangent', () => {
    expect(() => directionalDerivative('constructor + 1', {}, {})).toThrow(UnboundVariableError);
    expect(directionalDerivative('toString * x', { toString: 2, x: 3 } as never, {}).derivative).toBe(0);
  });

  it('rejects a point or direction that is not an object, and a coordinate that is not a number', () => {
    expect(() => directionalDerivative('x', null as never, {})).toThrow(InvalidArgumentError);
    expect(() => directionalDerivative('x', { x: 1 }, 3 as never)).toThrow(InvalidArgumentError);
    expect(() => directionalDerivative('x', { x: '1' } as never, {})).toThrow(InvalidArgumentError);
    expect(() => directionalDerivative('x', { x: 1 }, { x: '1' } as never)).toThrow(InvalidArgumentError);
  });

  it('rejects a forged tree with InvalidArgumentError', () => {
    const forged = { kind: 'pow', args: [{ kind: 'var', name: 'x', hash: 0 }], hash: 0 };
    expect(() => directionalDerivative(forged as never, { x: 1 }, { x: 1 })).toThrow(InvalidArgumentError);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'return', 'this', 'eval'])(
    'takes %s as an ordinary variable', (name) => {
      const v = variable(name);
      const f = mul(v, sub(v, 1)); // v² - v, slope 2v - 1
      const point = JSON.parse(`{"${name}": 3}`) as Record<string, number>;
      const direction = JSON.parse(`{"${name}": 1}`) as Record<string, number>;
      expect(directionalDerivative(f, point, direction)).toEqual({ value: 6, derivative: 5 });
    });
});
