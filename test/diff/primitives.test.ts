// One row per primitive: gradient's symbolic sweep, D (`diff`), forward mode and reverse mode all read
// the operator table, so they agree at every point where the result is finite, exact zeros and
// negative bases included (where the limits of the rows, such as (0^v)' = 0, are taken).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileGradient, diff, directionalDerivative, evaluate, format, gradient, num, pow, valueAndGrad, variable, add, mul, neg, sub, div,
  type Expr,
} from '../../src/index.js';
import { OPERATOR_KINDS } from '../../src/ast/operators.js';

const x = variable('x');
const y = variable('y');

/** Operands that meet the rows' limits: exact zeros and one, negative numbers, the variables. */
const operand = fc.constantFrom<Expr>(x, y, num(0), num(1), num(2), neg(num(2)), num(0.5), add(x, y), neg(x));

const node = fc.tuple(fc.constantFrom(...OPERATOR_KINDS), operand, operand).map(([kind, a, b]): Expr => {
  switch (kind) {
    case 'add': return add(a, b);
    case 'sub': return sub(a, b);
    case 'mul': return mul(a, b);
    case 'div': return div(a, b);
    case 'neg': return neg(a);
    case 'pow': return pow(a, b);
  }
});

const coordinate = fc.constantFrom(-2, -1, -0.5, 0, 0.5, 1, 2, 3);

const close = (a: number, b: number) => Object.is(a, b) || Math.abs(a - b) <= 1e-12 * (1 + Math.abs(a) + Math.abs(b));

describe('the operator rows drive every mode alike', () => {
  it('gradient, diff, forward and reverse mode agree where all four are finite', () => {
    fc.assert(fc.property(node, coordinate, coordinate, (e, px, py) => {
      const point = { x: px, y: py };
      const symbolic = gradient(e, ['x', 'y']);
      const reverse = valueAndGrad(e, point).gradient;
      const compiled = compileGradient(e, ['x', 'y'])(px, py).gradient;
      (['x', 'y'] as const).forEach((v, i) => {
        const values = [
          evaluate(symbolic[v] as Expr, point),
          evaluate(diff(e, v), point),
          directionalDerivative(e, point, { [v]: 1 }).derivative,
          reverse[v] as number,
          compiled[i] as number,
        ];
        if (values.every(Number.isFinite)) {
          for (const value of values) expect(close(value, values[0] as number), `${format(e)} d/d${v} at ${px}, ${py}: ${values}`).toBe(true);
        }
      });
    }), { seed: 9, numRuns: 400 });
  });

  it.each([
    ['0^x', { x: 2 }, 0],
    ['0^(x^2 + 1)', { x: 1 }, 0],
    ['x^2', { x: 0 }, 0],
    ['x^3', { x: -2 }, 12],
    ['2^x', { x: 3 }, 8 * Math.log(2)],
    // Found by fuzzing: a base that only simplifies to 0 (0^x*log(0), NaN), and a denominator that is
    // infinite (the quotient rule's c/c^2, NaN): both are 0 by every method now.
    ['(x - x)^x', { x: 2 }, 0],
    ['(1 - 1)^x*x', { x: 2 }, 0],
    ['x/(5/0)', { x: 2 }, 0],
  ])('d/dx %s at %o is %d by every method', (text, point, expected) => {
    expect(evaluate(gradient(text).x as Expr, point)).toBeCloseTo(expected, 12);
    expect(evaluate(diff(text, 'x'), point)).toBeCloseTo(expected, 12);
    expect(directionalDerivative(text, point, { x: 1 }).derivative).toBeCloseTo(expected, 12);
    expect(valueAndGrad(text, point).gradient.x).toBeCloseTo(expected, 12);
    expect(compileGradient(text, ['x'])(point.x).gradient[0]).toBeCloseTo(expected, 12);
  });

  it('prints gradient(0^x) as the limit 0 (it was 0^x*log(0), NaN at x = 2)', () => {
    expect(format(gradient('0^x').x as Expr)).toBe('0');
  });
});
