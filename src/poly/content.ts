// Content and primitive part over the integers: p = content(p) · primitive(p), where primitive(p)
// has coprime integer coefficients and a positive leading coefficient (unit normal).

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { scale } from './arithmetic.js';
import type { Poly } from './poly.js';

export function gcdInteger(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The rational c (signed like the leading coefficient) with p/c primitive; 1 for the zero polynomial. */
export function content(p: Poly): Rational {
  const lead = p[0];
  if (lead === undefined) return Q.ONE;
  let num = 0n;
  let den = 1n;
  // Once the numerators' GCD is 1 it stays 1, and an integer leaves the denominators' LCM as it is:
  // most polynomials have integer coefficients with a 1 among them, and each skipped step is a bigint loop.
  for (const { coef } of p) {
    if (num !== 1n) num = gcdInteger(num, coef.num);
    if (coef.den !== 1n) den = (den / gcdInteger(den, coef.den)) * coef.den;
  }
  return Q.rational(lead.coef.num < 0n ? -num : num, den);
}

export const primitive = (p: Poly): Poly => scale(p, Q.inverse(content(p)) as Rational);

/** Whether every coefficient is an integer. */
export const hasIntegerCoefficients = (p: Poly): boolean => p.every((t) => t.coef.den === 1n);
