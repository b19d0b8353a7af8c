// Symbolic D checked against independent methods on random expressions at random points: forward
// mode (dual numbers through the table's numeric slope column), central finite differences, and the
// symbolic reverse sweep of gradient; simplify against evaluation.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diff, differential, differentiate, directionalDerivative, evaluate, finiteDifference, format, gradient,
  operatorCount, parse, simplify, type Expr,
} from '../../src/index.js';
import * as B from '../../src/ast/builders.js';
import { postorder } from '../../src/ast/walk.js';
import { layered, operatorNodes } from '../arbitraries.js';

// A fixed seed keeps runs reproducible; FC_SEED and FC_RUNS explore further when hunting bugs.
const SEED = Number(process.env.FC_SEED ?? 20261126);
const runs = (n: number): number => Math.round(n * Number(process.env.FC_RUNS ?? 1));
// Small non-zero integers: a literal 0 as a base (0^x) or divisor makes points where symbolic D,
// whose formulas hold only where they are finite, meets 0·∞ while forward mode's conventions do not.
const leaves = fc.oneof(fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)), fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E));
const trees = layered(leaves, (sub) => operatorNodes(sub), 4);
// Generic points: never exactly an integer, where 0·∞ and log(0) make methods legitimately differ,
// and 0.25 ≤ |coordinate| ≤ 3, so no tiny denominator turns a rounding difference into a large one.
const coordinate = fc.tuple(fc.integer({ min: 250, max: 3000 }), fc.boolean())
  .map(([k, negative]) => (negative ? -1 : 1) * (k / 1000 + 0.000123));
const points = fc.record({ x: coordinate, y: coordinate });

/** a and b agree to `tolerance·(1 + |a| + |b|)`; NaN agrees with NaN. */
function agree(a: number, b: number, tolerance: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tolerance * (1 + Math.abs(a) + Math.abs(b));
}

/**
 * Points where comparing methods is meaningful: every subexpression finite and moderate (|v| ≤ 100, so
 * no sin(920) amplifies the last bit of its argument), none a rounding error away from 0 (sin(pi) is
 * 1.2e-16 to the evaluator, 0 to the simplifier), and every power's base positive, as the general
 * rule u^v (v′ log u + v u′/u) needs: at u = 0 it meets 0·∞ while the function is flat, and for u < 0
 * (-2)^(x - x) is 1 while log(-2) is NaN.
 */
function regular(e: Expr, point: { x: number; y: number }): boolean {
  return postorder(e).every((node) => {
    const v = evaluate(node, point);
    return Number.isFinite(v) && Math.abs(v) <= 100 && (v === 0 || Math.abs(v) > 1e-9) &&
      !(node.kind === 'pow' && !(evaluate(node.args[0], point) > 1e-9));
  });
}

/** The forward-mode derivative along `direction`, at a regular point where it is moderate. */
function forwardAt(e: Expr, point: { x: number; y: number }, direction: Record<string, number>) {
  if (!regular(e, point)) return undefined;
  const { derivative } = directionalDerivative(e, point, direction);
  return Number.isFinite(derivative) && Math.abs(derivative) < 1e6 ? derivative : undefined;
}

describe('diff agrees with forward-mode AD', () => {
  it('to 1e-12 relative, on random expressions at random points', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const forward = forwardAt(e, point, { x: 1 });
      fc.pre(forward !== undefined);
      const symbolic = evaluate(diff(e, 'x'), point);
      expect(agree(symbolic, forward as number, 1e-12), `${format(e)} at ${JSON.stringify(point)}: ` +
        `diff ${symbolic} vs forward ${forward}`).toBe(true);
    }), { seed: SEED, numRuns: runs(400) });
  });

  it('as the raw D does', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const forward = forwardAt(e, point, { y: 1 });
      fc.pre(forward !== undefined);
      expect(agree(evaluate(differentiate(e, 'y'), point), forward as number, 1e-12), format(e)).toBe(true);
    }), { seed: SEED + 1, numRuns: runs(300) });
  });

  it('and loosely with central finite differences', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const forward = forwardAt(e, point, { x: 1 });
      fc.pre(forward !== undefined && Math.abs(forward) < 1e3);
      const estimate = finiteDifference(e, point, 'x');
      // Near a kink or a singularity differences are meaningless; elsewhere they agree to ~1e-5.
      fc.pre(Number.isFinite(estimate) && Math.abs(estimate - forward) < 1);
      expect(agree(evaluate(diff(e, 'x'), point), estimate, 1e-4), format(e)).toBe(true);
    }), { seed: SEED + 2, numRuns: runs(200) });
  });
});

describe('gradient and differential agree with diff', () => {
  it('every partial of gradient (one reverse sweep) equals diff (forward D)', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const g = gradient(e, ['x', 'y']);
      for (const v of ['x', 'y'] as const) {
        const forward = forwardAt(e, point, { [v]: 1 });
        if (forward === undefined) continue;
        expect(agree(evaluate(g[v] as Expr, point), forward, 1e-12), format(e)).toBe(true);
      }
    }), { seed: SEED + 3, numRuns: runs(200) });
  });

  it('dF at dx = a, dy = b is the derivative along (a, b)', () => {
    fc.assert(fc.property(trees, points, fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), (e, point, a, b) => {
      const forward = forwardAt(e, point, { x: a, y: b });
      fc.pre(forward !== undefined);
      const dF = evaluate(differential(e), { ...point, dx: a, dy: b });
      expect(agree(dF, forward as number, 1e-12), format(e)).toBe(true);
    }), { seed: SEED + 4, numRuns: runs(200) });
  });
});

describe('simplify', () => {
  it('keeps the value wherever the input is finite, never grows, and is idempotent', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const s = simplify(e);
      expect(operatorCount(s)).toBeLessThanOrEqual(operatorCount(e));
      expect(format(simplify(s)), format(e)).toBe(format(s));
      if (regular(e, point)) {
        expect(agree(evaluate(s, point), evaluate(e, point), 1e-12), `${format(e)} = ${format(s)}`).toBe(true);
      }
    }), { seed: SEED + 5, numRuns: runs(500) });
  });

  // Found by fuzzing: e^u is kept as exp(u), and exp of a float folds; 0.0 to a negative power.
  it.each(['e^0.5', 'x*e^0.5', 'exp(x*e^0.5)', '(0.5*sin(pi))^-2', '0.0^-3', 'e^(x + 0.5)'])('is idempotent on %s', (text) => {
    const s = simplify(text);
    expect(format(simplify(s))).toBe(format(s));
    expect(format(simplify(parse(format(s))))).toBe(format(s));
    expect(format(simplify(diff(text, 'x')))).toBe(format(diff(text, 'x')));
  });

  it('is idempotent and never grows on derivatives, the trees it exists for', () => {
    fc.assert(fc.property(trees, (e) => {
      const d = differentiate(e, 'x');
      const s = simplify(d);
      expect(operatorCount(s)).toBeLessThanOrEqual(operatorCount(d));
      expect(format(simplify(s)), format(e)).toBe(format(s));
      expect(format(simplify(parse(format(s))))).toBe(format(s));
    }), { seed: SEED + 6, numRuns: runs(300) });
  });
});

describe('the Pythagorean rewriting (cos² = 1 - sin², cosh² = 1 + sinh²)', () => {
  // Sums of products of powers of sin, cos, sinh, cosh and x: the ground where it applies.
  const kernel = fc.constantFrom('sin(x)', 'cos(x)', 'sinh(x)', 'cosh(x)', 'x', 'sin(2*x)', 'cos(2*x)');
  const factor = fc.tuple(kernel, fc.integer({ min: 1, max: 5 })).map(([k, n]) => `${k}^${n}`);
  const term = fc.tuple(fc.integer({ min: -9, max: 9 }), fc.array(factor, { minLength: 1, maxLength: 3 }))
    .map(([c, fs]) => `${c}*${fs.join('*')}`);
  const polynomial = fc.array(term, { minLength: 1, maxLength: 6 }).map((ts) => parse(ts.join(' + ')));

  it('keeps the value, never grows, and is idempotent', () => {
    fc.assert(fc.property(polynomial, coordinate, (e, x) => {
      const s = simplify(e);
      expect(operatorCount(s)).toBeLessThanOrEqual(operatorCount(e));
      expect(format(simplify(s)), format(e)).toBe(format(s));
      expect(agree(evaluate(s, { x }), evaluate(e, { x }), 1e-9), `${format(e)} = ${format(s)}`).toBe(true);
    }), { seed: SEED + 7, numRuns: runs(300) });
  });

  it('differentiates to the same values as forward mode', () => {
    fc.assert(fc.property(polynomial, coordinate, (e, x) => {
      const forward = forwardAt(e, { x, y: 0.5 }, { x: 1 });
      fc.pre(forward !== undefined);
      expect(agree(evaluate(diff(e, 'x'), { x }), forward as number, 1e-9), format(e)).toBe(true);
    }), { seed: SEED + 8, numRuns: runs(200) });
  });
});
