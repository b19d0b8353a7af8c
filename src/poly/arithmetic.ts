// The ring operations: sums by merging sorted term lists, products by collecting into a map,
// powers by repeated squaring; each charges its budget and stops past its bounds.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { PolynomialTooLarge, type Budget } from './budget.js';
import { compare, degree, isUnit, key, maxPower, multiply, scaleExponents, type Monomial } from './monomial.js';
import { ONE_POLY, ZERO_POLY, type Poly, type Term } from './poly.js';

/** a + s·b for a sign s of ±1, merging the two ordered lists. */
function merge(a: Poly, b: Poly, negateB: boolean, budget: Budget): Poly {
  budget.charge(a.length + b.length);
  const out: Term[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const order = x === undefined ? -1 : y === undefined ? 1 : compare(x.monomial, y.monomial);
    if (order > 0) {
      out.push(x as Term);
      i++;
    } else {
      const yt = y as Term;
      const yc = negateB ? Q.negate(yt.coef) : yt.coef;
      if (order < 0) out.push(negateB ? { monomial: yt.monomial, coef: yc } : yt);
      else {
        const c = Q.add((x as Term).coef, yc);
        if (!Q.isZero(c)) out.push({ monomial: yt.monomial, coef: c });
        i++;
      }
      j++;
    }
  }
  budget.checkTerms(out.length);
  return out;
}

export const add = (a: Poly, b: Poly, budget: Budget): Poly => merge(a, b, false, budget);
export const sub = (a: Poly, b: Poly, budget: Budget): Poly => merge(a, b, true, budget);
export const neg = (a: Poly): Poly => a.map((t) => ({ monomial: t.monomial, coef: Q.negate(t.coef) }));

/** c·a for a rational c. */
export function scale(a: Poly, c: Rational): Poly {
  if (Q.isZero(c)) return ZERO_POLY;
  if (Q.isOne(c)) return a;
  return a.map((t) => ({ monomial: t.monomial, coef: Q.mul(t.coef, c) }));
}

/** c·m·a for a single term (the order is kept: multiplying by a monomial is monotone). */
export function mulTerm(a: Poly, m: Monomial, c: Rational, budget: Budget): Poly {
  budget.charge(a.length);
  if (Q.isZero(c)) return ZERO_POLY;
  // By 1, the terms themselves: pow starts from 1, so each power it takes is multiplied by it once.
  if (isUnit(m) && Q.isOne(c)) return a;
  return a.map((t) => ({ monomial: multiply(t.monomial, m), coef: Q.mul(t.coef, c) }));
}

export function mul(a: Poly, b: Poly, budget: Budget): Poly {
  if (a.length === 0 || b.length === 0) return ZERO_POLY;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 1) {
    const t = small[0] as Term;
    return mulTerm(large, t.monomial, t.coef, budget);
  }
  budget.charge(a.length * b.length);
  budget.checkDegree(maxDegree(a) + maxDegree(b));
  if (a.length * b.length <= MAX_SMALL_PRODUCT) return smallProduct(a, b, budget);
  const byKey = new Map<string, Term>();
  for (const x of a) {
    for (const y of b) {
      const m = multiply(x.monomial, y.monomial);
      const k = key(m);
      const c = Q.mul(x.coef, y.coef);
      const old = byKey.get(k);
      byKey.set(k, { monomial: m, coef: old === undefined ? c : Q.add(old.coef, c) });
    }
    budget.checkTerms(byKey.size);
  }
  return [...byKey.values()].filter((t) => !Q.isZero(t.coef)).sort((x, y) => compare(y.monomial, x.monomial));
}

/**
 * Products of up to this many pairs of terms are merged by insertion into a short sorted list: no
 * string key per product, no map, no sort. Squaring a sum of two terms ((e^x + 1)^2 in the sigmoid's
 * derivative) was the common case, and the map cost more than the arithmetic.
 */
const MAX_SMALL_PRODUCT = 4;

/** mul for few pairs of terms, with the same result and budget checks as the map. */
function smallProduct(a: Poly, b: Poly, budget: Budget): Poly {
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      const m = multiply(x.monomial, y.monomial);
      const c = Q.mul(x.coef, y.coef);
      let i = 0;
      let order = 1;
      while (i < out.length && (order = compare((out[i] as Term).monomial, m)) > 0) i++;
      if (i < out.length && order === 0) out[i] = { monomial: m, coef: Q.add((out[i] as Term).coef, c) };
      else out.splice(i, 0, { monomial: m, coef: c });
    }
    budget.checkTerms(out.length);
  }
  return out.some((t) => Q.isZero(t.coef)) ? out.filter((t) => !Q.isZero(t.coef)) : out;
}

/** a^k for an integer k ≥ 0. */
export function pow(a: Poly, k: number, budget: Budget): Poly {
  if (k === 0) return ONE_POLY;
  if (a.length === 0) return ZERO_POLY;
  budget.checkDegree(maxDegree(a) * k);
  if (a.length === 1) {
    const t = a[0] as Term;
    const c = Q.powInteger(t.coef, BigInt(k), budget.maxBits);
    if (c === undefined) throw new PolynomialTooLarge(`a coefficient over ${budget.maxBits} bits`);
    return [{ monomial: scaleExponents(t.monomial, k), coef: c }];
  }
  let result = ONE_POLY;
  let square = a;
  for (let n = k; n > 0; n >>= 1) {
    if (n & 1) result = mul(result, square, budget);
    if (n > 1) square = mul(square, square, budget);
  }
  return result;
}

/** The largest power of any one variable in `a`. */
export const maxDegree = (a: Poly): number => a.reduce((m, t) => Math.max(m, maxPower(t.monomial)), 0);

/** The largest total degree of a term of `a`. */
export const totalDegree = (a: Poly): number => a.reduce((m, t) => Math.max(m, degree(t.monomial)), 0);
