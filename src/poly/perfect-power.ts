// Recognising c·q^k: a polynomial that is a constant times a power of a square-free one prints as the
// power ((e^x + 1)^2, not e^(2x) + 2e^x + 1). Found through gcd(p, dp/dv) = q^(k-1), then checked.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { pow } from './arithmetic.js';
import type { Budget } from './budget.js';
import { primitive } from './content.js';
import { divideExact } from './division.js';
import { gcd } from './gcd.js';
import { powerOf, withPower } from './monomial.js';
import { degreeIn, equalPolys, fromTerms, variablesOf, type Poly } from './poly.js';
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
  const repeated = gcd(p, derivative(p, v), budget).gcd;
  const quotient = divideExact(p, repeated, budget);
  if (quotient === undefined || quotient.length < 2) return undefined;
  const base = primitive(quotient);
  const d = degreeIn(p, v);
  const k = d / degreeIn(base, v);
  if (!Number.isInteger(k) || k < 2) return undefined;
  const power = pow(base, k, budget);
  const coef = Q.mul((p[0] as Poly[number]).coef, Q.inverse((power[0] as Poly[number]).coef) as Rational);
  return equalPolys(scale(power, coef), p) ? { coef, base, exponent: k } : undefined;
}

/**
 * A necessary condition for a polynomial in one variable, checked before the GCD (the collected form
 * asks it of every group of a high derivative). c·B^k, B from x^a to x^b, spans x^(ka) to x^(kb); its
 * end coefficients are c·lc(B)^k and c·tc(B)^k, so their ratio is a k-th power; and the gaps below its
 * top degree and above its bottom one are B's, so at most b - a. Coefficients too large for the root
 * test pass.
 */
function mayBePower(p: Poly, v: number): boolean {
  const degree = (i: number): number => powerOf((p[i] as Poly[number]).monomial, v);
  const [high, low] = [p[0] as Poly[number], p[p.length - 1] as Poly[number]];
  const [top, bottom] = [degree(0), degree(p.length - 1)];
  const widestGap = Math.max(top - degree(1), degree(p.length - 2) - bottom);
  const ratio = Q.mul(high.coef, Q.inverse(low.coef) as Rational);
  const rootable = (k: number): boolean => Q.bitLength(ratio) > 1000 || Q.rootExact(ratio, BigInt(k)) !== undefined;
  const degrees = gcdOf(top, bottom);
  for (let k = 2; k <= degrees; k++) if (degrees % k === 0 && widestGap * k <= top - bottom && rootable(k)) return true;
  return false;
}

function gcdOf(a: number, b: number): number {
  return b === 0 ? a : gcdOf(b, a % b);
}
