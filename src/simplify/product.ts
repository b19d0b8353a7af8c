// Canonical products: flattened, numbers folded into one leading coefficient, like factors collected
// (x·x = x^2, x^a·x^b = x^(a+b), e^a·e^b = e^(a+b), u/u = 1), factors sorted.
//
// x^a·x^b = x^(a+b) holds wherever both sides are finite: a non-integer power of a negative number
// is NaN in the input already, and 0^a·0^-a is 0·∞ there.

import type { Expr, Num } from '../ast/expr.js';
import { mulNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { compareCanonical } from './order.js';
import { splitFactor } from './terms.js';

export function canonicalProduct(c: Canon, factors: readonly Expr[]): Expr {
  let coefficient: Num = c.one;
  const extraNumbers: Expr[] = []; // numbers whose product would overflow: kept apart, never folded to ∞
  const absorb = (n: Num): void => {
    const folded = mulNums(coefficient, n);
    if (folded) coefficient = c.numberLike(folded);
    else extraNumbers.push(n);
  };
  const exponents = new Map<Expr, Expr[]>(); // base → the exponents it appears with

  const pending = [...factors];
  while (pending.length > 0) {
    const f = pending.pop() as Expr;
    if (f.kind === 'mul') {
      pending.push(...f.args);
    } else if (f.kind === 'num') {
      absorb(f);
    } else {
      const { base, exponent } = splitFactor(c, f);
      const list = exponents.get(base);
      if (list) list.push(exponent);
      else exponents.set(base, [exponent]);
    }
  }

  const result: Expr[] = [];
  const split: Expr[] = [];
  for (const [base, list] of exponents) {
    const power = list.length === 1 ? c.power(base, list[0] as Expr) : c.power(base, c.sum(list));
    if (power.kind === 'num') absorb(power);
    else if (power.kind === 'mul') split.push(power);
    else result.push(power);
  }
  // A power that split into a product ((2u)^2 = 4·u^2) may meet its bases again: collect once more.
  if (split.length > 0) return canonicalProduct(c, [coefficient, ...extraNumbers, ...result, ...split]);

  if (coefficient.value === 0 && !result.some((f) => c.isNonFiniteConstant(f))) return coefficient; // 0·u = 0
  result.sort(compareCanonical);
  const all = [...extraNumbers, ...result];
  if (coefficient.value !== 1 || all.length === 0) all.unshift(coefficient);
  return all.length === 1 ? (all[0] as Expr) : c.productNode(all);
}
