// Exact division: a / b when b divides a over the rationals, found by cancelling leading terms;
// undefined as soon as a leading term of the remainder is not a multiple of b's.

import * as Q from '../ast/rational.js';
import type { Budget } from './budget.js';
import { mulTerm, sub } from './arithmetic.js';
import { powerOf, quotient as monomialQuotient, withPower } from './monomial.js';
import { constantValue, fromTerms, type Poly, type Term } from './poly.js';
import { scale } from './arithmetic.js';

/** The quotient q with a = q·b exactly, or undefined when b does not divide a (b ≠ 0). */
export function divideExact(a: Poly, b: Poly, budget: Budget): Poly | undefined {
  const lead = b[0];
  if (lead === undefined) throw new RangeError('division by the zero polynomial');
  const c = constantValue(b);
  if (c !== undefined) return scale(a, Q.inverse(c) as Q.Rational);
  if (b.length === 1) return divideByTerm(a, lead, budget);
  const leadInverse = Q.inverse(lead.coef) as Q.Rational;
  const q: Term[] = [];
  let r = a;
  // In lexicographic order the remainder's leading term strictly decreases, so q comes out sorted.
  while (r.length > 0) {
    const top = r[0] as Term;
    const m = monomialQuotient(top.monomial, lead.monomial);
    if (m === undefined) return undefined;
    const coef = Q.mul(top.coef, leadInverse);
    q.push({ monomial: m, coef });
    budget.checkTerms(q.length);
    r = sub(r, mulTerm(b, m, coef, budget), budget);
  }
  return q;
}

/**
 * a / t for a single term t: term by term, which is what the loop above does then (t·m·c is exactly
 * the remainder's leading term, so the remainder loses just that term), with the loop's checks and
 * charges in its order, so that a budget runs out where it did. The normal form divides by monomials
 * at every GCD with one (x/x^2, e^x/(e^x)^2).
 */
function divideByTerm(a: Poly, t: Term, budget: Budget): Poly | undefined {
  const inverse = Q.inverse(t.coef) as Q.Rational;
  const q: Term[] = [];
  for (let i = 0; i < a.length; i++) {
    const top = a[i] as Term;
    const m = monomialQuotient(top.monomial, t.monomial);
    if (m === undefined) return undefined;
    q.push({ monomial: m, coef: Q.mul(top.coef, inverse) });
    budget.checkTerms(q.length);
    budget.charge(1); // mulTerm(b, m, coef)
    budget.charge(a.length - i + 1); // sub(remainder, that term)
    budget.checkTerms(a.length - i - 1);
  }
  return q;
}

export const divides = (b: Poly, a: Poly, budget: Budget): boolean => divideExact(a, b, budget) !== undefined;

/**
 * a = q·b + r with r of lower degree in v than b, for b a polynomial in v alone (its coefficients
 * numbers, so a's other variables ride along as coefficients): the polynomial part and the remainder
 * of a quotient, (x^2 + 2x + 2)/(x + 1)^2 = 1 + 1/(x + 1)^2. b must hold v.
 */
export function divideInOne(a: Poly, b: Poly, v: number, budget: Budget): { q: Poly; r: Poly } {
  const lead = b.reduce((top, t) => (powerOf(t.monomial, v) > powerOf(top.monomial, v) ? t : top));
  const d = powerOf(lead.monomial, v);
  const leadInverse = Q.inverse(lead.coef) as Q.Rational;
  const q: Term[] = [];
  let r = a;
  // Each step cancels one term of degree ≥ d in v and adds only terms of lower degree in v: it ends.
  for (let top = r.find((t) => powerOf(t.monomial, v) >= d); top !== undefined; top = r.find((t) => powerOf(t.monomial, v) >= d)) {
    const m = withPower(top.monomial, v, powerOf(top.monomial, v) - d);
    const coef = Q.mul(top.coef, leadInverse);
    q.push({ monomial: m, coef });
    budget.checkTerms(q.length);
    r = sub(r, mulTerm(b, m, coef, budget), budget);
  }
  return { q: fromTerms(q), r };
}
