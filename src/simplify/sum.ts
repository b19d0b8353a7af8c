// Canonical sums: flattened, like terms collected (2x + 3x = 5x, u - u = 0), the Pythagorean
// identities applied, terms sorted; then a common factor is pulled out where that makes the sum
// smaller (10·e^x + x·e^x = (x + 10)·e^x), which is how derivatives stop swelling.

import type { Expr, Num } from '../ast/expr.js';
import { addNums, isMinusOneNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { compareNames, degree, leadingName } from './display-order.js';
import { compareCanonical } from './order.js';
import { expandTerms } from './expand.js';
import { applySumIdentities } from './sum-identities.js';
import { factorsOf, joinTerm, splitTerm, type Term } from './terms.js';

/** Like terms: monomial (null for the constant term) → coefficient. */
export type Collected = Map<Expr | null, Num>;

export function canonicalSum(c: Canon, terms: readonly Expr[]): Expr {
  const plain = collectedSum(c, terms);
  if (plain.kind !== 'add') return plain;
  const candidates = [plain, factorOut(c, plain.args)];
  const expanded = expandTerms(c, plain.args);
  if (expanded !== undefined) {
    const sum = collectedSum(c, expanded);
    candidates.push(sum, sum.kind === 'add' ? factorOut(c, sum.args) : undefined);
  }
  return cheapest(c, candidates);
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

/**
 * g·(t1/g + t2/g + …) for the largest common factor g of the terms: the powers every term shares,
 * and the common part of exact coefficients. Undefined when the terms share nothing.
 */
function factorOut(c: Canon, terms: readonly Expr[]): Expr | undefined {
  if (terms.some((t) => t.kind === 'num')) return undefined;
  const split = terms.map((t) => splitTerm(c, t));
  const factors = commonPowers(c, split.map((s) => factorsOf(s.monomial as Expr)))
    // A non-finite constant (1/0, 0·log 0) does not divide out: leave it where it is.
    .filter(([base, exponent]) => !c.isNonFiniteConstant(base) && !c.isNonFiniteConstant(exponent))
    .map(([base, exponent]) => c.power(base, exponent));
  const content = commonCoefficient(c, split.map((s) => s.coefficient));
  // -1 alone is no factoring: -(a + b) is canonically -a - b (product.ts).
  if (content !== undefined && !(factors.length === 0 && isMinusOneNum(content))) factors.push(content);
  if (factors.length === 0) return undefined;
  const reciprocal = factors.map((f) => c.reciprocal(f));
  const cofactors = terms.map((t) => c.product([t, ...reciprocal]));
  return c.product([...factors, c.sum(cofactors)]);
}

const baseOf = (f: Expr): Expr => (f.kind === 'pow' ? f.args[0] : f);

/**
 * The powers every monomial has: bases common to all, with the smaller exponent when the exponents
 * are exact numbers of one sign, or the exponent they share. Most sums share nothing: they are done with
 * after a look at the first monomial's bases.
 */
function commonPowers(c: Canon, monomials: readonly (readonly Expr[])[]): [Expr, Expr][] {
  const [first = [], ...others] = monomials;
  let common: [Expr, Expr][] = first.map((f) => [baseOf(f), f.kind === 'pow' ? f.args[1] : c.one]);
  for (const factors of others) {
    const next: [Expr, Expr][] = [];
    for (const [base, x] of common) {
      const match = factors.find((f) => baseOf(f) === base);
      if (match === undefined) continue;
      const y = match.kind === 'pow' ? match.args[1] : c.one;
      if (x === y) next.push([base, x]);
      else if (x.kind === 'num' && y.kind === 'num' && x.exact && y.exact && Q.sign(x.exact) === Q.sign(y.exact)) {
        // x^2 and x^3 share x^2; 1/x and 1/x^2 share 1/x^2 (what is left over is x, a positive power).
        next.push([base, Q.compare(x.exact, y.exact) <= 0 ? x : y]);
      }
    }
    if (next.length === 0) return next;
    common = next;
  }
  return common;
}

/** The gcd of exact coefficients (negative when all are), or undefined when it is 1 or a float is involved. */
function commonCoefficient(c: Canon, coefficients: readonly Num[]): Num | undefined {
  if (coefficients.some((q) => q.exact === null)) return undefined;
  let num = 0n;
  let den = 1n;
  for (const q of coefficients) {
    const { num: p, den: d } = q.exact as Q.Rational;
    num = gcd(num, p < 0n ? -p : p);
    den = (den * d) / gcd(den, d);
  }
  if (num === 0n) return undefined; // only zero coefficients (0·∞ terms kept on purpose): nothing to pull out
  const allNegative = coefficients.every((q) => q.value < 0);
  const g = Q.rational(allNegative ? -num : num, den);
  return Q.isOne(g) ? undefined : c.num(g);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
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
