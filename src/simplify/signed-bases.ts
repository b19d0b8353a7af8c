// One base for a sum and its negation in a product. An integer power of a sum is kept with the
// positive-leading base ((1 - x²)^-1 is -(x² - 1)^-1, sign-out-of-power), a fractional one cannot be
// ((1 - x²)^(-1/2) is not (x² - 1)^(-1/2)); beside each other they would never meet, and
// x/√(1 - x²)'s derivative printed as 1/((1 - x²)·√(1 - x²)) instead of 1/(1 - x²)^(3/2).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { isInteger } from './rules/selectors.js';

/**
 * The factors with S'^n·S^a made (-1)^n·S^(n + a), where S' = -S is positive-leading, n an integer
 * and a is not (S'^n = (-1)^n·S^n for an integer n); undefined where no such pair is found.
 */
export function alignedSignedBases(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  for (const g of factors) {
    if (g.kind !== 'pow' || g.args[0].kind !== 'add' || isInteger(g.args[1])) continue;
    const base = g.args[0];
    const flipped = c.positiveSum(base);
    if (flipped === base) continue;
    const f = factors.find((h) => h === flipped || (h.kind === 'pow' && h.args[0] === flipped && isInteger(h.args[1])));
    if (f === undefined) continue;
    const n = f.kind === 'pow' ? (f.args[1] as Expr & { kind: 'num' }) : c.one;
    const odd = (n.exact as Q.Rational).num % 2n !== 0n;
    const rest = factors.filter((h) => h !== f && h !== g);
    return [...(odd ? [c.minusOne] : []), c.power(base, c.sum([n, g.args[1]])), ...rest];
  }
  return undefined;
}
