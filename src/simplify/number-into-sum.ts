// The number-into-sum candidate (rules/number-into-sum.ts): a product's coefficient multiplied into a
// sum among its factors, 2·x·(2x + 3/2) = x·(4x + 3). Tried only where counting the coefficients'
// operators says it may print smaller, so most products (3·x·(x + 1)) build nothing.

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
import { splitTerm } from './terms.js';

/** Terms past which a sum is not looked at: each would be multiplied, and the saving is per term. */
const MAX_TERMS = 16;

/**
 * The factors with the one sum whose coefficients, each multiplied by `coefficient`, print with the
 * fewest operators, where that is fewer than they print with now (a fraction cleared, a number made
 * ±1); undefined where no sum gains so. Dropping the product's number alone is no reason: 13·(x + y)
 * multiplied out hides the common factor x + y from the sums around it.
 */
export function numberIntoSum(c: Canon, coefficient: Num, factors: readonly Expr[]): Expr[] | undefined {
  const q = coefficient.exact;
  if (q === null || (q.den === 1n && (q.num === 1n || q.num === -1n))) return undefined;
  let best: Extract<Expr, { kind: 'add' }> | undefined;
  let bestGain = 0;
  for (const f of factors) {
    if (f.kind !== 'add' || f.args.length > MAX_TERMS) continue;
    const gain = gainOf(c, q, f.args);
    if (gain < bestGain) [best, bestGain] = [f, gain];
  }
  if (best === undefined) return undefined;
  const sum = c.sum(best.args.map((t) => c.product([coefficient, t])));
  return factors.map((f) => (f === best ? sum : f));
}

/**
 * Operators the terms' coefficients gain (negative: lose) when each is multiplied by q, where a term's
 * new number may go into a sum of its own in turn (2·(x·(2x + 3/2) + 1) is x·(4x + 3) + 2), to
 * `depth` levels. Infinity where a term's coefficient is a float (its digits are not counted here).
 */
function gainOf(c: Canon, q: Rational, terms: readonly Expr[], depth = NESTED_LEVELS): number {
  let total = 0;
  for (const t of terms) {
    const { coefficient, monomial } = splitTerm(c, t);
    if (coefficient.exact === null) return Infinity;
    const times = monomial !== null;
    const product = Q.mul(q, coefficient.exact);
    let gain = operatorsOf(product, times) - operatorsOf(coefficient.exact, times);
    if (depth > 0 && monomial?.kind === 'mul') {
      // Or the term's new number goes on into a sum among its factors, leaving the term no number.
      for (const f of monomial.args) {
        if (f.kind === 'add' && f.args.length <= MAX_TERMS) gain = Math.min(gain, gainOf(c, product, f.args, depth - 1) - operatorsOf(coefficient.exact, true));
      }
    }
    total += gain;
  }
  return total;
}

/** Levels of sums inside terms that the count follows a number into. */
const NESTED_LEVELS = 2;

/** Operators a number prints with: its / where it is a fraction, and its * where it multiplies something and is not ±1. */
export function operatorsOf(r: Rational, multiplies: boolean): number {
  const fraction = r.den !== 1n ? 1 : 0;
  const times = multiplies && r.num !== 1n && r.num !== -1n ? 1 : 0;
  return fraction + times;
}
