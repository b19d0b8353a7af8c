// taylor checked against independent methods on random expressions at random points: its first three
// coefficients against evaluation (c_0), forward-mode AD (c_1) and the symbolic second derivative
// (c_2 = f''/2); and the exact-point expansion, with symbolic coefficients, against the float one.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { floatNum } from '../../src/ast/numbers.js';
import { FUNCTIONS } from '../../src/ast/functions.js';
import { fold, postorder } from '../../src/ast/walk.js';
import { directionalDerivative } from '../../src/ad/forward.js';
import { diff } from '../../src/diff/diff.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parse } from '../../src/parser/parse.js';
import { format } from '../../src/print/format.js';
import { taylor, taylorCoefficients } from '../../src/series/taylor.js';
import { layered, operatorNodes } from '../arbitraries.js';

const SEED = 42;
const leaves = fc.oneof(fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)), fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E));
const trees = layered(leaves, (sub) => operatorNodes(sub), 3);
// Points never exactly an integer and 0.25 ≤ |coordinate| ≤ 3 (as the diff properties choose them);
// thousandths, so that the same point can be written exactly.
const coordinate = fc.tuple(fc.integer({ min: 250, max: 3000 }), fc.boolean()).map(([k, negative]) => (negative ? -1 : 1) * (k + 0.5) / 1000);
const points = fc.record({ x: coordinate, y: coordinate });

const agree = (a: number, b: number, tolerance: number): boolean =>
  Math.abs(a - b) <= tolerance * (1 + Math.abs(a) + Math.abs(b));

/**
 * Every subexpression finite, moderate and clear of 0, every power's base positive (as the diff
 * properties require; at such points every function of the table is analytic but abs and sign at
 * 0, which `clear of 0` excludes, and the branch points where a slope is infinite).
 */
function regular(e: Expr, point: { x: number; y: number }): boolean {
  return postorder(e).every((node) => {
    const v = evaluate(node, point);
    return Number.isFinite(v) && Math.abs(v) <= 100 && (v === 0 || Math.abs(v) > 1e-6) &&
      !(node.kind === 'pow' && !(evaluate(node.args[0], point) > 1e-6)) &&
      !(node.kind === 'call' && node.args.some((a) => Math.abs(evaluate(a, point)) < 1e-6)) &&
      // and not at a branch point of the function (acsc at -1: its slope is infinite there)
      !(node.kind === 'call' && !FUNCTIONS[node.fn].slope(node.args.map((a) => evaluate(a, point))).every(Number.isFinite));
  });
}

/** c_0, c_1, c_2 of the expansion in x about point.x, evaluated with y = point.y. */
function firstCoefficients(e: Expr, at: Expr, point: { x: number; y: number }): number[] {
  return taylorCoefficients(e, 'x', at, 2).map((c) => evaluate(c, { y: point.y }));
}

describe('taylor agrees with evaluation, forward mode and diff', () => {
  it('c_0, c_1 and c_2 about a float point', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      fc.pre(regular(e, point));
      const secondDerivative = evaluate(diff(e, 'x', 2), point);
      fc.pre(Number.isFinite(secondDerivative) && Math.abs(secondDerivative) < 1e6);
      const [c0, c1, c2] = firstCoefficients(e, floatNum(point.x), point) as [number, number, number];
      const context = `${format(e)} at ${JSON.stringify(point)}: ${c0}, ${c1}, ${c2}`;
      expect(agree(c0, evaluate(e, point), 1e-12), context).toBe(true);
      expect(agree(c1, directionalDerivative(e, point, { x: 1 }).derivative, 1e-9), context).toBe(true);
      expect(agree(c2, secondDerivative / 2, 1e-8), context).toBe(true);
    }), { seed: SEED, numRuns: 300 });
  });

  it('the exact point gives the same numbers symbolically', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      fc.pre(regular(e, point));
      const exactPoint = parse(`${Math.round(point.x * 2000)}/2000`);
      const float = firstCoefficients(e, floatNum(point.x), point);
      const exact = firstCoefficients(e, exactPoint, point);
      exact.forEach((c, k) => expect(agree(c, float[k] as number, 1e-9), `${format(e)}: c_${k}`).toBe(true));
    }), { seed: SEED + 1, numRuns: 100 });
  });
});

// Polynomials in x over small integers: their Taylor polynomial to their degree is themselves, about
// any point, with exact coefficients.
const polynomialLeaves = fc.oneof(fc.integer({ min: 0, max: 5 }).map((n) => B.num(n)), fc.constant(B.variable('x')));
const polynomials = layered(polynomialLeaves, (sub) => [
  fc.tuple(sub, sub).map(([a, b]) => B.add(a, b)),
  fc.tuple(sub, sub).map(([a, b]) => B.sub(a, b)),
  fc.tuple(sub, sub).map(([a, b]) => B.mul(a, b)),
  sub.map(B.neg),
  fc.tuple(sub, fc.integer({ min: 0, max: 3 })).map(([a, n]) => B.pow(a, n)),
], 3);

/** An upper bound on the degree in x. */
const degree = (e: Expr): number => fold<number>(e, (node, kids) => {
  switch (node.kind) {
    case 'var': return 1;
    case 'mul': return kids.reduce((a, b) => a + b, 0);
    case 'pow': return (kids[0] as number) * (node.args[1].kind === 'num' ? node.args[1].value : 0);
    default: return Math.max(0, ...kids);
  }
});

describe('taylor of a polynomial', () => {
  it('to its degree is the polynomial itself, about any point', () => {
    fc.assert(fc.property(polynomials, fc.integer({ min: -3, max: 3 }), (p, at) => {
      const order = Math.min(degree(p), 60);
      fc.pre(degree(p) <= 60);
      const t = taylor(p, 'x', at, order);
      for (const x of [-1.5, 0.25, 2]) {
        const [a, b] = [evaluate(t, { x }), evaluate(p, { x })];
        expect(agree(a, b, 1e-12), `${format(p)} about ${at}: ${format(t)}`).toBe(true);
      }
    }), { seed: SEED + 2, numRuns: 200 });
  });
});
