// Canonical sums: flattened, like terms collected (2x + 3x = 5x, u - u = 0), the identities of
// rules/sum.ts applied, terms sorted. Which form a sum finally takes is candidates.ts's choice.

import type { Expr } from '../ast/expr.js';
import type { Canon, Term } from './canon.js';
import { compareNames, degree, leadingName } from './display-order.js';
import { collect } from './like-terms.js';
import { compareCanonical } from './order.js';
import { applySumIdentities } from './sum-identities.js';
import { joinTerm, splitTerm } from './terms.js';
import { sortInPlace } from './sort-in-place.js';

/** Flattened, like terms collected, identities applied, sorted. */
export function collectedSum(c: Canon, terms: readonly Expr[]): Expr {
  const { collected, uncollectable } = collect(c, terms);
  applySumIdentities(c, collected);
  const list = [...uncollectable];
  for (const [monomial, coefficient] of collected) {
    if (coefficient.value !== 0) list.push(joinTerm(c, coefficient, monomial));
    else if (monomial && c.isNonFiniteConstant(monomial)) list.push(c.product([coefficient, monomial])); // ∞ - ∞ stays
  }
  if (list.length === 0) return c.zero;
  if (list.length === 1) return list[0] as Expr;
  sortInPlace(list, compareCanonical);
  return c.sumNode(list);
}

/** -S, term by term, in its canonical form. */
export function negatedSum(c: Canon, sum: Extract<Expr, { kind: 'add' }>): Expr {
  return c.sum(sum.args.map((t) => c.negate(t)));
}

/**
 * Whether the leading term has a negative coefficient: the term of highest degree, then of first name
 * of any kind (display order also looks at the first variable before that: this order decides signs
 * and stays as it was), judged by its monomial alone, so S and -S always disagree.
 */
export function leadingTermIsNegative(c: Canon, terms: readonly Expr[]): boolean {
  let leading: Term | undefined;
  for (const t of terms) {
    const term = splitTerm(c, t);
    if (leading === undefined || compareMonomials(term.monomial, leading.monomial) < 0) leading = term;
  }
  return (leading?.coefficient.value ?? 0) < 0;
}

function compareMonomials(a: Expr | null, b: Expr | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return degree(b) - degree(a) || compareNames(leadingName(a), leadingName(b)) || compareCanonical(a, b);
}
