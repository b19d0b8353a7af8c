import { describe, expect, it } from 'vitest';
import { rational, toString } from '../../src/ast/rational.js';
import { add, mul, pow, sub } from '../../src/poly/arithmetic.js';
import { Budget, generous, PolynomialTooLarge } from '../../src/poly/budget.js';
import { content, primitive } from '../../src/poly/content.js';
import { divideExact } from '../../src/poly/division.js';
import { substituteInteger, valueAt } from '../../src/poly/evaluation.js';
import { perfectPower } from '../../src/poly/perfect-power.js';
import { degreeIn, equalPolys, type Poly } from '../../src/poly/poly.js';
import { poly } from './polys.js';

/** Terms as text, x0 = x and x1 = y, to read the tables below. */
const show = (p: Poly): string =>
  p.length === 0 ? '0' : p.map((t) => `${toString(t.coef)}*x^${powerOf(t.monomial, 0)}*y^${powerOf(t.monomial, 1)}`).join(' + ');
const powerOf = (m: readonly number[], v: number): number => {
  for (let i = 0; i < m.length; i += 2) if (m[i] === v) return m[i + 1] as number;
  return 0;
};

const x = poly([1, 1]);
const y = poly([1, 0, 1]);
const xPlusOne = poly([1, 1], [1]);
const B = generous;

describe('ring operations', () => {
  it.each([
    ['(x+1) + (x+1)', add(xPlusOne, xPlusOne, B()), '2*x^1*y^0 + 2*x^0*y^0'],
    ['(x+1) - (x+1)', sub(xPlusOne, xPlusOne, B()), '0'],
    ['(x+1)·y', mul(xPlusOne, y, B()), '1*x^1*y^1 + 1*x^0*y^1'],
    ['(x+1)^3', pow(xPlusOne, 3, B()), '1*x^3*y^0 + 3*x^2*y^0 + 3*x^1*y^0 + 1*x^0*y^0'],
    ['(x^2-1)/(x+1)', divideExact(poly([1, 2], [-1]), xPlusOne, B()) ?? [], '1*x^1*y^0 + -1*x^0*y^0'],
    ['x + 1 at x = 10', substituteInteger(xPlusOne, 0, 10n), '11*x^0*y^0'],
  ])('%s = %s', (_, result, expected) => {
    expect(show(result)).toBe(expected);
  });

  it('leading terms come first in lexicographic order, x before y', () => {
    expect(show(add(y, x, B()))).toBe('1*x^1*y^0 + 1*x^0*y^1');
  });

  it('exact division says no when it is not exact', () => {
    expect(divideExact(poly([1, 2], [1]), xPlusOne, B())).toBeUndefined();
  });

  it('content and primitive part: 6x/4 + 3/2 = 3/2 · (x + 1), the leading coefficient positive', () => {
    const p = poly([-6, 1], [-6]);
    expect(toString(content(p))).toBe('-6');
    expect(equalPolys(primitive(p), xPlusOne)).toBe(true);
  });

  it('evaluates at floating-point values', () => {
    expect(valueAt(mul(xPlusOne, y, B()), [2, 3])).toBe(9);
  });

  it('recognises a power of a sum, and only that', () => {
    const square = pow(poly([1, 1, 0], [1, 0, 1], [1]), 2, B());
    expect(perfectPower(mul(square, poly([3]), B()), B())).toMatchObject({ exponent: 2, coef: rational(3n) });
    expect(perfectPower(mul(square, x, B()), B())).toBeUndefined();
    expect(degreeIn(square, 1)).toBe(2);
  });
});

describe('budgets', () => {
  it.each([
    ['too many terms', () => pow(poly([1, 1, 0], [1, 0, 1], [1]), 40, new Budget(100, 1000, 1e9))],
    ['too high a degree', () => pow(xPlusOne, 2000, new Budget(1e6, 1000, 1e9))],
    ['too much work', () => mul(pow(xPlusOne, 100, B()), pow(xPlusOne, 100, B()), new Budget(1e6, 1e6, 1000))],
  ])('%s stops with PolynomialTooLarge', (_, run) => {
    expect(run).toThrow(PolynomialTooLarge);
  });
});
