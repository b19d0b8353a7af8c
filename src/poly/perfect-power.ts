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
  const [v] = variablesOf(p);
  if (p.length < 3 || v === undefined) return undefined;
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
