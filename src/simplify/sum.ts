// Canonical sums: flattened, like terms collected (2x + 3x = 5x, u - u = 0), the Pythagorean
// identities applied, terms sorted. Then the cheapest of the plain sum, the sum with a factor pulled
// out of all or some of its terms (factor.ts), and the same with products of sums multiplied out
// (expand.ts): that choice is how derivatives stop swelling.

import type { Expr, Num } from '../ast/expr.js';
import { addNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { compareNames, degree, leadingName } from './display-order.js';
import { compareCanonical } from './order.js';
import { expandTerms } from './expand.js';
import { factorOut, factorOutOfSome } from './factor.js';
import { substitutedSums } from './square-substitution.js';
import { applySumIdentities } from './sum-identities.js';
import { factorsOf, joinTerm, splitTerm, type Term } from './terms.js';

/** Like terms: monomial (null for the constant term) → coefficient. */
export type Collected = Map<Expr | null, Num>;

export function canonicalSum(c: Canon, terms: readonly Expr[]): Expr {
  const plain = collectedSum(c, terms);
  if (plain.kind !== 'add') return plain;
  const candidates: (Expr | undefined)[] = [plain];
  const expanded = expandTerms(c, plain.args);
  if (expanded !== undefined) {
    const sum = collectedSum(c, expanded);
    candidates.push(sum, sum.kind === 'add' ? factorOut(c, sum.args) : undefined);
  } else {
    candidates.push(factorOut(c, plain.args));
  }
  // Rewriting squares and factoring out of some of the terms are tried last, on the best form only:
  // each builds whole new sums.
  let best = cheapest(c, candidates);
  if (best.kind === 'add') best = cheapest(c, [best, ...substitutedSums(c, best.args)]);
  return best.kind === 'add' ? cheapest(c, [best, factorOutOfSome(c, best.args)]) : best;
}

/**
 * The first of the smallest (in printed operators, the sign aside: a parent absorbs it), so ties keep
 * the earlier, plainer form.
 */
function cheapest(c: Canon, candidates: readonly (Expr | undefined)[]): Expr {
  const cost = (e: Expr): number => c.pretty(e).magnitude;
  let best = candidates[0] as Expr;
  for (const e of candidates) if (e !== undefined && cost(e) < cost(best)) best = e;
  return best;
}

/** Flattened, like terms collected, identities applied, sorted. */
function collectedSum(c: Canon, terms: readonly Expr[]): Expr {
  const { collected, uncollectable } = collect(c, terms);
  applySumIdentities(c, collected);
  const list = [...uncollectable];
  for (const [monomial, coefficient] of collected) {
    if (coefficient.value !== 0) list.push(joinTerm(c, coefficient, monomial));
    else if (monomial && c.isNonFiniteConstant(monomial)) list.push(c.product([coefficient, monomial])); // ∞ - ∞ stays
  }
  if (list.length === 0) return c.zero;
  if (list.length === 1) return list[0] as Expr;
  list.sort(compareCanonical);
  return c.sumNode(list);
}

function collect(c: Canon, terms: readonly Expr[]): { collected: Collected; uncollectable: Expr[] } {
  const collected: Collected = new Map();
  const uncollectable: Expr[] = []; // terms whose coefficients would add up to ±∞: kept apart
  const pending = [...terms];
  while (pending.length > 0) {
    const t = pending.pop() as Expr;
    if (t.kind === 'add') {
      pending.push(...t.args);
      continue;
    }
    const { coefficient, monomial } = splitTerm(c, t);
    addTo(c, collected, monomial, coefficient, () => uncollectable.push(t));
  }
  return { collected, uncollectable };
}

export function addTo(c: Canon, collected: Collected, monomial: Expr | null, coefficient: Num, overflow = () => {}): void {
  const previous = collected.get(monomial);
  if (previous === undefined) {
    collected.set(monomial, coefficient);
    return;
  }
  const total = addNums(previous, coefficient);
  if (total) collected.set(monomial, c.numberLike(total));
  else overflow();
}

/** -S, term by term, in its canonical form. */
export function negatedSum(c: Canon, sum: Extract<Expr, { kind: 'add' }>): Expr {
  return c.sum(sum.args.map((t) => c.negate(t)));
}

/**
 * Whether the leading term has a negative coefficient: the term first in display order, judged by its
 * monomial alone (highest degree, then alphabetical), so S and -S always disagree.
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
