// A polynomial seen as a polynomial in one variable v whose coefficients are polynomials in the
// others: what the recursive PRS works on.

import { fromTerms, type Poly, type Term } from './poly.js';
import { powerOf, without, withPower } from './monomial.js';

/** The coefficients of each power of `v` that occurs, highest power first. */
export function coefficientsIn(p: Poly, v: number): Poly[] {
  const byPower = new Map<number, Term[]>();
  for (const t of p) {
    const e = powerOf(t.monomial, v);
    let list = byPower.get(e);
    if (list === undefined) byPower.set(e, (list = []));
    list.push({ monomial: without(t.monomial, v), coef: t.coef });
  }
  return [...byPower.entries()].sort(([a], [b]) => b - a).map(([, terms]) => fromTerms(terms));
}

/** The coefficient of the highest power of `v` (p ≠ 0). */
export function leadingCoefficientIn(p: Poly, v: number): Poly {
  const top = p.reduce((d, t) => Math.max(d, powerOf(t.monomial, v)), 0);
  return fromTerms(p.filter((t) => powerOf(t.monomial, v) === top).map((t) => ({ monomial: without(t.monomial, v), coef: t.coef })));
}

/** c · v^k for a coefficient c free of v. */
export function timesPower(c: Poly, v: number, k: number): Poly {
  return k === 0 ? c : c.map((t) => ({ monomial: withPower(t.monomial, v, k), coef: t.coef }));
}
