// cancel, together and expand keep the value wherever the input is defined: checked by evaluation at
// random points, on random trees and on their derivatives (where quotients abound).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differentiate, equals, evaluate, format, parse, type Expr } from '../../src/index.js';
import * as B from '../../src/ast/builders.js';
import { postorder } from '../../src/ast/walk.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { normalForm } from '../../src/normal/normal-form.js';
import { cancel, expand, together } from '../../src/normal/rewrites.js';
import { layered, operatorNodes } from '../arbitraries.js';

const leaves = fc.oneof(fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)), fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E));
const trees = layered(leaves, (sub) => operatorNodes(sub), 4);
const coordinate = fc.tuple(fc.integer({ min: 250, max: 3000 }), fc.boolean())
  .map(([k, negative]) => (negative ? -1 : 1) * (k / 1000 + 0.000123));
const points = fc.record({ x: coordinate, y: coordinate });

/**
 * Points where the input is defined and moderate: every subexpression finite, |v| ≤ 100 and not a
 * rounding error away from 0, every power's base positive (u^(p/q) is NaN below 0 in JavaScript).
 */
function regular(e: Expr, point: { x: number; y: number }): boolean {
  return postorder(e).every((node) => {
    const v = evaluate(node, point);
    return Number.isFinite(v) && Math.abs(v) <= 100 && (v === 0 || Math.abs(v) > 1e-6) &&
      !(node.kind === 'pow' && !(evaluate(node.args[0], point) > 1e-6));
  });
}

const agree = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-7 * (1 + Math.abs(a) + Math.abs(b));

/** The rewrite's result, or undefined when it is (rightly) too large to compute. */
function attempt(rewrite: (e: Expr) => Expr, e: Expr): Expr | undefined {
  try {
    return rewrite(e);
  } catch (error) {
    if (error instanceof ExpressionTooLargeError) return undefined;
    throw error;
  }
}

describe.each([['cancel', cancel], ['together', together], ['expand', expand]] as const)('%s', (_, rewrite) => {
  it('keeps the value at points where the input is defined', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const r = attempt(rewrite, e);
      if (r === undefined || !regular(e, point)) return;
      const value = evaluate(r, point);
      if (Number.isFinite(value)) expect(agree(value, evaluate(e, point)), `${format(e)} → ${format(r)}`).toBe(true);
    }), { seed: 42, numRuns: 300 });
  });

  it('keeps the value of derivatives', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const d = differentiate(e, 'x');
      const r = attempt(rewrite, d);
      if (r === undefined || !regular(d, point)) return;
      const value = evaluate(r, point);
      if (Number.isFinite(value)) expect(agree(value, evaluate(d, point)), `${format(d)} → ${format(r)}`).toBe(true);
    }), { seed: 43, numRuns: 200 });
  });
});

/** Trees with radicals of sums in them, whose normal forms print powers u^(p/q) of their own making. */
const radicals = fc.tuple(trees, fc.constantFrom([1, 3], [2, 3], [3, 2], [-1, 3], [5, 4]))
  .map(([e, [p, q]]) => B.pow(B.add(e, B.div(B.num(1), B.variable('x'))), p < 0 ? B.div(B.neg(B.num(-p)), B.num(q)) : B.div(B.num(p), B.num(q))));

describe.each([['cancel', cancel], ['together', together], ['expand', expand]] as const)('%s', (_, rewrite) => {
  // A number node holding 1/3 prints as 1/3 too, but parses back as a quotient: a result must be the
  // tree its text parses to, so that users can compare results with equals (found by fuzzing).
  it('gives a tree that parse(format(r)) gives back', () => {
    for (const text of ['(x^2/y + x)^(1/3)', '(1 + 2/x)^(2/3)*y', 'x^(1/3)/x', '(1 + 2.0/e)^(1/3)*cos(1/2)']) {
      const r = rewrite(parse(text));
      expect(equals(parse(format(r)), r), `${text} → ${format(r)}`).toBe(true);
    }
    fc.assert(fc.property(radicals, (e) => {
      const r = attempt(rewrite, e);
      if (r !== undefined) expect(equals(parse(format(r)), r), `${format(e)} → ${format(r)}`).toBe(true);
    }), { seed: 45, numRuns: 150 });
  });
});

describe('normalForm', () => {
  it('is smaller than its input when it answers, and keeps the value', () => {
    fc.assert(fc.property(trees, points, (e, point) => {
      const d = differentiate(e, 'x');
      const r = normalForm(d);
      if (r === undefined || !regular(d, point)) return;
      const value = evaluate(r, point);
      if (Number.isFinite(value)) expect(agree(value, evaluate(d, point)), `${format(d)} → ${format(r)}`).toBe(true);
    }), { seed: 44, numRuns: 200 });
  });
});
