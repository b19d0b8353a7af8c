// equivalent: the known ways answer checkers fail (points outside the domain, too few valid points,
// a loose tolerance, removable singularities) as a table, then properties on random trees.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';
import { simplify } from '../../src/simplify/simplify.js';
import { compareAtPoints, equivalent } from '../../src/teach/equivalent.js';
import { DEFAULTS } from '../../src/teach/options.js';
import { testPoints } from '../../src/teach/points.js';
import { layered, operatorNodes } from '../arbitraries.js';

const verdictOf = (a: string, b: string) => equivalent(parse(a), parse(b)).verdict;
/** The numeric half alone, as if the symbolic zero test had not settled it. */
const numericVerdict = (a: string, b: string) => compareAtPoints(parse(a), parse(b), DEFAULTS).verdict;

// d/dx atan(x)/(1-2x)^(1/6), as the student of STACK #614 wrote it (AlgEquiv rejected it).
const STACK_614 = '1/((1 + x^2)*(1 - 2*x)^(1/6)) + atan(x)/(3*(1 - 2*x)^(7/6))';
const STACK_614_EXPECTED = '(1 - 2x)^(-1/6)/(1 + x^2) + (1/3)*atan(x)*(1 - 2x)^(-7/6)';

describe('equivalent', () => {
  it.each([
    [STACK_614, STACK_614_EXPECTED],
    ['(x^2 - 1)/(x - 1)', 'x + 1'], // removable singularity at 1
    ['sin(x)^2 + cos(x)^2', '1'],
    ['3x^2 - 3', '3(x - 1)(x + 1)'],
    ['exp(x + y)', 'exp(x)*exp(y)'],
    ['-x/sqrt(1 - x^2)', '-x*(1 - x^2)^(-1/2)'],
    ['sqrt(x - 500)', '(x - 500)^(1/2)'], // a domain far from every fixed point
    ['log(x^2)', '2 log(abs(x))'],
    ['sin(pi)', '0'], // 1.2e-16 against 0: below the zero level
    ['tan(x)', 'sin(x)/cos(x)'],
  ])('%s ≡ %s', (a, b) => {
    expect(verdictOf(a, b)).toBe('equivalent');
    expect(numericVerdict(a, b)).toBe('equivalent');
  });

  it.each([
    ['-x/sqrt(1 - x^2)', '-2x/sqrt(1 - x^2)'], // Khan Academy accepted any numerator here
    ['-x/sqrt(1 - x^2)', 'x/sqrt(1 - x^2)'],
    ['-x/sqrt(1 - x^2)', '-1/sqrt(1 - x^2)'],
    ['-x/sqrt(1 - x^2)', '-x^3/sqrt(1 - x^2)'],
    ['-x/sqrt(1 - x^2)', '-(x + x^2)/sqrt(1 - x^2)'],
    ['sqrt(x^2)', 'x'],
    ['x', '1.000000001 x'], // numerically different at the default tolerance
    ['pi*x', '3.14159265 x'],
    ['x*y', 'x + y'],
    ['exp(x) + 2', 'exp(x)'], // STACK #718: the constant matters
    ['abs(x)', 'x'],
  ])('%s ≢ %s', (a, b) => {
    expect(verdictOf(a, b)).toBe('different');
    expect(numericVerdict(a, b)).toBe('different');
  });

  it.each([
    ['log(-x^2 - 1)', '0'], // no point of the domain at all
    ['sqrt(x) + sqrt(-x)', '0'], // a single point, x = 0
    ['sqrt(-x^2)', 'x'],
  ])('%s vs %s: too few valid points, undecided', (a, b) => {
    expect(verdictOf(a, b)).toBe('undecided');
  });

  it('gives a counterexample inside the common domain, the same for the same seed', () => {
    const a = parse('-x/sqrt(1 - x^2)');
    const b = parse('-2x/sqrt(1 - x^2)');
    const { counterexample } = equivalent(a, b);
    expect(counterexample).toEqual({ point: { x: 0.5 }, a: evaluate(a, { x: 0.5 }), b: evaluate(b, { x: 0.5 }) });
    expect(equivalent(a, b, { seed: 7 })).toEqual(equivalent(a, b, { seed: 7 }));
  });

  it('finds random points when no fixed one is in the domain, and names count as data', () => {
    const a = parse('sqrt(__proto__ - 500) + constructor');
    const result = compareAtPoints(a, parse('(__proto__ - 500)^(1/2) + constructor + 1e-6'), DEFAULTS);
    expect(result.verdict).toBe('different');
    expect(Object.keys(result.counterexample?.point ?? {})).toEqual(['__proto__', 'constructor']);
    expect(result.counterexample?.point.__proto__).toBeGreaterThan(500);
  });

  it('tries -1, 0 and 1 first', () => {
    const first = testPoints(['x'], 42);
    expect([1, 2, 3].map(() => first.next().value?.point)).toEqual([{ x: -1 }, { x: 0 }, { x: 1 }]);
  });

  it('honours tolerance, zero level and the number of points', () => {
    expect(equivalent(parse('x'), parse('1.000000001 x'), { tolerance: 1e-8 }).verdict).toBe('equivalent');
    expect(equivalent(parse('1e-13 x'), parse('0'), { zeroLevel: 1e-9 }).verdict).toBe('equivalent');
    expect(equivalent(parse('1e-13 x'), parse('0')).verdict).toBe('different');
    expect(equivalent(parse('sqrt(1 - x^2) + x'), parse('sqrt(1 - x^2)'), { points: 3 }).verdict).toBe('different');
    // |x| < 0.001: x = 0 and a few random points are valid, fewer than the 30 asked for.
    expect(compareAtPoints(parse('sqrt(1e-6 - x^2)'), parse('(1e-6 - x^2)^(1/2)'), { ...DEFAULTS, points: 30 }).verdict).toBe('undecided');
  });

  it.each([
    [{ tolerance: 0 }], [{ tolerance: 1 }], [{ tolerance: Number.NaN }], [{ zeroLevel: -1 }],
    [{ seed: 1.5 }], [{ points: 0 }], [{ points: 2.5 }], [{ points: '3' }], [null], [3],
  ])('rejects the options %j', (options) => {
    expect(() => equivalent(parse('x'), parse('x'), options as never)).toThrow(InvalidArgumentError);
  });
});

// Small positive integers, x, y and the constants: random trees whose values are moderate somewhere.
const leaves = fc.oneof(fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)), fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E));
const trees = layered(leaves, (sub) => operatorNodes(sub), 3);
// The first point tried for (x, y).
const FIRST = { x: -1, y: 1 / 3 };

describe('equivalent on random trees', () => {
  it('never calls a tree and its simplified form different', () => {
    fc.assert(fc.property(trees, (e) => {
      expect(equivalent(e, simplify(e)).verdict).not.toBe('different');
    }), { seed: 42, numRuns: 300 });
  });

  it('never calls a tree and the tree plus a constant equivalent, where the tree is moderate', () => {
    fc.assert(fc.property(trees, fc.integer({ min: 1, max: 50 }), (e: Expr, k) => {
      const v = evaluate(e, FIRST);
      fc.pre(Number.isFinite(v) && Math.abs(v) < 1e3);
      expect(equivalent(e, B.add(e, B.div(k, 7))).verdict).toBe('different');
    }), { seed: 42, numRuns: 300 });
  });
});
