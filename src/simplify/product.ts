// Canonical products: flattened, numbers folded into one leading coefficient, like factors collected
// (x·x = x^2, x^a·x^b = x^(a+b), e^a·e^b = e^(a+b), u/u = 1), factors sorted.
//
// x^a·x^b = x^(a+b) holds wherever both sides are finite: a non-integer power of a negative number
// is NaN in the input already, and 0^a·0^-a is 0·∞ there.

import type { Expr, Num } from '../ast/expr.js';
import { isExact, isMinusOneNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { compareCanonical } from './order.js';
import { splitFactor } from './terms.js';

export function canonicalProduct(c: Canon, factors: readonly Expr[]): Expr {
  // The coefficient is accumulated as a number (exact while every factor is) and made a node once.
  let exact: Q.Rational | null = Q.ONE;
  let float = 1;
  const extraNumbers: Expr[] = []; // numbers whose product would overflow: kept apart, never folded to ∞
  const absorb = (n: Num): void => {
    if (exact !== null && n.exact !== null) {
      exact = Q.mul(exact, n.exact);
      return;
    }
    const product = (exact !== null ? Q.toNumber(exact) : float) * n.value;
    if (Number.isFinite(product)) {
      exact = null;
      float = product;
    } else {
      extraNumbers.push(n);
    }
  };
  const exponents = new Map<Expr, Expr[]>(); // base → the exponents it appears with
  const alone = new Map<Expr, Expr>(); // base → its factor, while it has appeared once

  const pending = [...factors];
  while (pending.length > 0) {
    const f = pending.pop() as Expr;
    if (f.kind === 'mul') {
      pending.push(...f.args);
    } else if (f.kind === 'num') {
      absorb(f);
    } else {
      const { base, exponent } = splitFactor(c, f);
      const flipped = withPositiveLeadingTerm(c, base, exponent);
      if (flipped !== undefined) {
        if (flipped.odd) absorb(c.minusOne);
        pending.push(c.power(flipped.base, exponent));
        continue;
      }
      const list = exponents.get(base);
      if (list) {
        list.push(exponent);
        alone.delete(base);
      } else {
        exponents.set(base, [exponent]);
        alone.set(base, f);
      }
    }
  }

  const result: Expr[] = [];
  const split: Expr[] = [];
  for (const [base, list] of exponents) {
    // A factor met once that is canonical already stays as it is: no power to rebuild.
    const single = alone.get(base);
    const power = single !== undefined && c.owns(single) ? single
      : list.length === 1 ? c.power(base, list[0] as Expr) : c.power(base, c.sum(list));
    if (power.kind === 'num') absorb(power);
    else if (power.kind === 'mul' || (power.kind === 'pow' && power.args[0] !== base)) split.push(power);
    else result.push(power);
  }
  const coefficient = exact !== null ? c.num(exact) : c.float(float);
  // A power that split into a product ((2u)^2 = 4·u^2) or changed its base ((2^x)^-1 = 2^-x) may meet
  // another factor with that base: collect once more.
  if (split.length > 0) return canonicalProduct(c, [coefficient, ...extraNumbers, ...result, ...split]);

  if (coefficient.value === 0 && !result.some((f) => c.isNonFiniteConstant(f))) return coefficient; // 0·u = 0
  // -(a + b) alone is the sum -a - b, as a subtraction chain parses: one canonical form for both.
  const [only] = result;
  if (result.length === 1 && extraNumbers.length === 0 && only?.kind === 'add' && isMinusOneNum(coefficient)) {
    return c.sum(only.args.map((t) => c.negate(t)));
  }
  result.sort(compareCanonical);
  const all = [...extraNumbers, ...result];
  if (coefficient.value !== 1 || all.length === 0) all.unshift(coefficient);
  return all.length === 1 ? (all[0] as Expr) : c.productNode(all);
}

/**
 * A sum among the bases has a positive leading term (the one with the first monomial in canonical
 * order): for an integer power n, (-S)^n = (-1)^n·S^n moves the sign to the coefficient, so
 * y·(x - 1) = -y·(1 - x). x - 1 and 1 - x are then one base, and a product has one canonical form
 * whichever way it was written (pretty.ts prints the sign back into the sum). Undefined: no change.
 */
export function withPositiveLeadingTerm(c: Canon, base: Expr, exponent: Expr): { base: Expr; odd: boolean } | undefined {
  if (base.kind !== 'add' || !isExact(exponent) || exponent.exact.den !== 1n) return undefined;
  const positive = c.positiveSum(base);
  return positive === base ? undefined : { base: positive, odd: exponent.exact.num % 2n !== 0n };
}
