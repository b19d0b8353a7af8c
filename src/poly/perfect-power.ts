// Recognising c·q^k: a polynomial that is a constant times a power of a square-free one prints as the
// power ((e^x + 1)^2, not e^(2x) + 2e^x + 1). Found through gcd(p, dp/dv) = q^(k-1), then checked.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { pow } from './arithmetic.js';
import type { Budget } from './budget.js';
import { primitive } from './content.js';
import { divideExact } from './division.js';
import { gcd } from './gcd.js';
import { powerOf, variablePower, withPower } from './monomial.js';
import { degreeIn, equalPolys, fromTerms, variablesOf, type Poly, type Term } from './poly.js';
import { scale } from './arithmetic.js';

export interface PerfectPower {
  readonly coef: Rational;
  readonly base: Poly;
  readonly exponent: number;
}

/** ∂p/∂x_v. */
export function derivative(p: Poly, v: number): Poly {
  return fromTerms(p.filter((t) => powerOf(t.monomial, v) > 0).map((t) => {
    const e = powerOf(t.monomial, v);
    return { monomial: withPower(t.monomial, v, e - 1), coef: Q.mul(t.coef, Q.rational(BigInt(e))) };
  }));
}

/** p = coef·base^exponent with exponent ≥ 2, base of several terms and square-free; else undefined. */
export function perfectPower(p: Poly, budget: Budget): PerfectPower | undefined {
  const [v, other] = variablesOf(p);
  if (p.length < 3 || v === undefined) return undefined;
  if (other === undefined && !mayBePower(p, v)) return undefined;
  if (other === undefined && degreeIn(p, v) <= MAX_DEGREE_FOR_ROOTS) return univariatePower(p, v, budget);
  if (commonDegreeDivisor(p) < 2) return undefined;
  const repeated = gcd(p, derivative(p, v), budget).gcd;
  const quotient = divideExact(p, repeated, budget);
  if (quotient === undefined || quotient.length < 2) return undefined;
  const base = primitive(quotient);
  const d = degreeIn(p, v);
  const k = d / degreeIn(base, v);
  if (!Number.isInteger(k) || k < 2) return undefined;
  return checked(p, base, k, budget);
}

/** p = coef·base^k for the coef of their leading terms, else undefined. */
function checked(p: Poly, base: Poly, k: number, budget: Budget): PerfectPower | undefined {
  const power = pow(base, k, budget);
  const coef = Q.mul((p[0] as Poly[number]).coef, Q.inverse((power[0] as Poly[number]).coef) as Rational);
  return equalPolys(scale(power, coef), p) ? { coef, base, exponent: k } : undefined;
}

/**
 * The GCD of every variable's highest and lowest power over the terms: c·B^k has each k times B's, so
 * k divides it (1: no power; the products of kernels a derivative prints rarely pass).
 */
function commonDegreeDivisor(p: Poly): number {
  let g = 0;
  for (const v of variablesOf(p)) {
    let high = 0;
    let low = Infinity;
    for (const t of p) {
      const e = powerOf(t.monomial, v);
      high = Math.max(high, e);
      low = Math.min(low, e);
    }
    g = gcdOf(gcdOf(g, high), low);
  }
  return g;
}

/** Degrees up to which a polynomial in one variable has its k-th roots taken as series (dense, O(degree²)). */
const MAX_DEGREE_FOR_ROOTS = 64;

/**
 * In one variable, without a GCD: for each k the end degrees allow, largest first (so the exponent
 * is the largest, as the GCD route's square-free base gives), the k-th root of p/(c·x^lo) as a power
 * series, f = g^(1/k) from g·f' = (1/k)·g'·f, to degree (hi - lo)/k, then checked as the GCD route is.
 * The sigmoid's derivative spends an eighth of its time on the GCD of (e^x + 1)^2's expansion.
 */
function univariatePower(p: Poly, v: number, budget: Budget): PerfectPower | undefined {
  const top = powerOf((p[0] as Poly[number]).monomial, v);
  const bottom = powerOf((p[p.length - 1] as Poly[number]).monomial, v);
  const span = top - bottom;
  const lowest = (p[p.length - 1] as Poly[number]).coef;
  const g = new Array<Rational>(span + 1).fill(Q.ZERO); // p/(lowest·x^bottom), g[0] = 1
  for (const t of p) g[powerOf(t.monomial, v) - bottom] = Q.mul(t.coef, Q.inverse(lowest) as Rational);
  for (let k = gcdOf(top, bottom); k >= 2; k--) {
    if (top % k !== 0 || bottom % k !== 0) continue;
    const degree = span / k;
    const alpha = Q.rational(1n, BigInt(k));
    const f: Rational[] = [Q.ONE];
    for (let n = 1; n <= degree; n++) {
      let sum = Q.ZERO;
      for (let j = 1; j <= n; j++) {
        const gj = g[j] as Rational;
        if (Q.isZero(gj)) continue;
        const weight = Q.sub(Q.mul(alpha, Q.rational(BigInt(j))), Q.rational(BigInt(n - j)));
        sum = Q.add(sum, Q.mul(Q.mul(weight, gj), f[n - j] as Rational));
      }
      f.push(Q.mul(sum, Q.rational(1n, BigInt(n))));
    }
    // Highest power first and no zero terms, as fromTerms would order them (the powers are distinct).
    const root: Term[] = [];
    for (let j = f.length - 1; j >= 0; j--) {
      const c = f[j] as Rational;
      if (!Q.isZero(c)) root.push({ monomial: variablePower(v, j + bottom / k), coef: c });
    }
    if (root.length < 2) continue;
    const found = checked(p, primitive(root), k, budget);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Bits of p(±1)/tc(p) up to which it is tested for a k-th power (see mayBePower). */
const MAX_BITS_FOR_VALUE_TEST = 96;

/**
 * A necessary condition for a polynomial in one variable, checked before the GCD (the collected form
 * asks it of every group of a high derivative). c·B^k, B from x^a to x^b, spans x^(ka) to x^(kb); its
 * end coefficients are c·lc(B)^k and c·tc(B)^k, so their ratio is a k-th power; so are its values at
 * ±1 over its lowest coefficient, (B(±1)/tc(B))^k (sin(sin(sin(sin(x))))'s tenth derivative has groups
 * such as 16 + 20c^2 + c^4, whose end ratio is a square but 37/16 is not); and the gaps below its top
 * degree and above its bottom one are B's, so at most b - a. Coefficients too large for the root test
 * pass.
 */
function mayBePower(p: Poly, v: number): boolean {
  const degree = (i: number): number => powerOf((p[i] as Poly[number]).monomial, v);
  const [high, low] = [p[0] as Poly[number], p[p.length - 1] as Poly[number]];
  const [top, bottom] = [degree(0), degree(p.length - 1)];
  const widestGap = Math.max(top - degree(1), degree(p.length - 2) - bottom);
  let atOne = Q.ZERO;
  let atMinusOne = Q.ZERO;
  for (const t of p) {
    atOne = Q.add(atOne, t.coef);
    atMinusOne = powerOf(t.monomial, v) % 2 === 0 ? Q.add(atMinusOne, t.coef) : Q.sub(atMinusOne, t.coef);
  }
  const toLowest = Q.inverse(low.coef) as Rational;
  const ends = Q.mul(high.coef, toLowest);
  const values = [Q.mul(atOne, toLowest), Q.mul(atMinusOne, toLowest)];
  // The values are tested only while small: rootExact corrects a floating-point guess by a few steps,
  // exact to about 100 bits, and a power must never be rejected.
  const rootable = (k: number): boolean =>
    (Q.bitLength(ends) > 1000 || Q.rootExact(ends, BigInt(k)) !== undefined) &&
    values.every((r) => Q.bitLength(r) > MAX_BITS_FOR_VALUE_TEST || Q.rootExact(r, BigInt(k)) !== undefined);
  const degrees = gcdOf(top, bottom);
  for (let k = 2; k <= degrees; k++) if (degrees % k === 0 && widestGap * k <= top - bottom && rootable(k)) return true;
  return false;
}

function gcdOf(a: number, b: number): number {
  return b === 0 ? a : gcdOf(b, a % b);
}
