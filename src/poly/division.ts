// Exact division: a / b when b divides a over the rationals, found by cancelling leading terms;
// undefined as soon as a leading term of the remainder is not a multiple of b's.

import * as Q from '../ast/rational.js';
import type { Budget } from './budget.js';
import { mulTerm, sub } from './arithmetic.js';
import { quotient as monomialQuotient } from './monomial.js';
import { constantValue, type Poly, type Term } from './poly.js';
import { scale } from './arithmetic.js';

/** The quotient q with a = q·b exactly, or undefined when b does not divide a (b ≠ 0). */
export function divideExact(a: Poly, b: Poly, budget: Budget): Poly | undefined {
  const lead = b[0];
  if (lead === undefined) throw new RangeError('division by the zero polynomial');
  const c = constantValue(b);
  if (c !== undefined) return scale(a, Q.inverse(c) as Q.Rational);
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

export const divides = (b: Poly, a: Poly, budget: Budget): boolean => divideExact(a, b, budget) !== undefined;
