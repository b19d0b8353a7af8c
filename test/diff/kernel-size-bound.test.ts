// The size bound of the kernel route (src/diff/kernel-size-bound.ts): never above the operators of
// any form the route prints (flat, or collected as `diff` takes it), on random trees whose kernels are
// plain, radical and reciprocal; and tight enough to spare `diff` the printing where the tree wins.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, format, operatorCount, parse, type Expr } from '../../src/index.js';
import * as B from '../../src/ast/builders.js';
import { exactNum } from '../../src/ast/numbers.js';
import { rational } from '../../src/ast/rational.js';
import { collectedOrFlat } from '../../src/diff/collected-form.js';
import { KernelCalculus } from '../../src/diff/kernel-calculus.js';
import { KernelDerivatives } from '../../src/diff/kernel-derivatives.js';
import { atomSize, printedSizeBound } from '../../src/diff/kernel-size-bound.js';
import type { Laurent } from '../../src/diff/laurent.js';
import { unlessTooLarge } from '../../src/normal/budgets.js';
import { Budget } from '../../src/poly/budget.js';
import { layered, operatorNodes } from '../arbitraries.js';

const SEED = Number(process.env.FC_SEED ?? 20261207);
const runs = (n: number): number => Math.round(n * Number(process.env.FC_RUNS ?? 1));
const q = (num: bigint, den: bigint): Expr => exactNum(rational(num, den));
const x = B.variable('x');
const y = B.variable('y');
// Besides numbers, symbols and floats (0.0 too, which folds what it multiplies): radicals (x^(1/2), (x + y)^(-2/3)) and reciprocals of sums.
const leaves = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)),
  fc.constantFrom<Expr>(x, y, B.PI, B.num(0.5), B.num(0, { float: true })),
  fc.constantFrom<Expr>(B.pow(x, q(1n, 2n)), B.pow(B.add(x, y), q(-2n, 3n)), B.div(1, B.add(x, 1)), B.div(y, B.sub(B.sin(x), 2))),
);
const trees = layered(leaves, (sub) => operatorNodes(sub), 3);

/** The derivatives of orders 1 to n as the kernel route holds them, or undefined past its budget. */
function derivatives(e: Expr, n: number): { calculus: KernelCalculus; orders: Laurent[] } | undefined {
  const calculus = new KernelCalculus('x', new Budget(2_000, Number.MAX_SAFE_INTEGER, 2_000_000));
  const orders = unlessTooLarge(() => {
    const out = [calculus.toPolynomial(e)];
    for (let i = 1; i <= n; i++) out.push(calculus.derivative(out[i - 1] as Laurent));
    return out;
  });
  return orders && { calculus, orders };
}

describe('the kernel route size bound', () => {
  it('is at most the operators of the flat and the collected form, on random trees, orders 0 to 3', () => {
    let tight = 0;
    let compared = 0;
    fc.assert(fc.property(trees, (e) => {
      const found = derivatives(e, 3);
      fc.pre(found !== undefined);
      const { calculus, orders } = found as NonNullable<typeof found>;
      const atom = (v: number): number | undefined => atomSize(calculus.kernels, v);
      for (const p of orders) {
        const bound = printedSizeBound(p, calculus.kernels, atom);
        const flat = operatorCount(calculus.toExpr(p));
        const collected = operatorCount(collectedOrFlat(p, calculus.kernels, (q) => calculus.toExpr(q)));
        expect(bound, format(calculus.toExpr(p))).toBeLessThanOrEqual(Math.min(flat, collected));
        compared++;
        if (bound === collected) tight++;
      }
    }), { seed: SEED, numRuns: runs(300) });
    // Not a property, a check that the bound is worth having: it meets the printed size now and then.
    expect(compared).toBeGreaterThan(200);
    expect(tight).toBeGreaterThan(compared / 10);
  });

  it('KernelDerivatives.noSmallerThan never claims more than the printed size', () => {
    fc.assert(fc.property(trees, fc.integer({ min: 1, max: 3 }), (e, n) => {
      const printed = KernelDerivatives.of(e, 'x')?.derivative(n);
      fc.pre(printed !== undefined);
      const size = operatorCount(printed as Expr);
      // A fresh route, which has not printed order n: the answer comes from the bound.
      const route = KernelDerivatives.of(e, 'x') as KernelDerivatives;
      expect(route.noSmallerThan(n, size + 1)).toBe(false);
    }), { seed: SEED, numRuns: runs(200) });
  });

  it('meets the printed size of exp(sin(x))\'s second derivative, which the tree form ties', () => {
    const e = parse('exp(sin(x))');
    const route = KernelDerivatives.of(e, 'x') as KernelDerivatives;
    expect(route.noSmallerThan(2, 7)).toBe(true);
    expect(route.noSmallerThan(2, 8)).toBe(false);
    expect(operatorCount(route.derivative(2) as Expr)).toBe(7);
    expect(format(diff(e, 'x', 2))).toBe('(cos(x)^2 - sin(x))*exp(sin(x))');
  });
});
