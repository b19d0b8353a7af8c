// Rational functions num/den over kernels: the field operations, with the denominator kept unit
// normal (primitive integer coefficients, positive leading one) and, when `reduce` is on, the
// GCD of numerator and denominator cancelled after each step (the normal form of `cancel`).

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import * as P from '../poly/arithmetic.js';
import type { Budget } from '../poly/budget.js';
import { content } from '../poly/content.js';
import { gcd } from '../poly/gcd.js';
import { constant, equalPolys, isOnePoly, ONE_POLY, type Poly } from '../poly/poly.js';

export interface RationalFunction {
  readonly num: Poly;
  readonly den: Poly;
}

/** How the arithmetic runs: under which budget, and whether common factors are cancelled as it goes. */
export interface Arithmetic {
  readonly budget: Budget;
  readonly reduce: boolean;
}

export const fromPoly = (num: Poly): RationalFunction => ({ num, den: ONE_POLY });
export const fromRational = (c: Rational): RationalFunction => fromPoly(constant(c));

/** num/den with den unit normal (den ≠ 0), and with their GCD divided out when reducing. */
export function quotient(num: Poly, den: Poly, { budget, reduce }: Arithmetic): RationalFunction {
  if (num.length === 0) return fromPoly(num);
  if (reduce && !isOnePoly(den)) {
    const { cofactorA, cofactorB } = gcd(num, den, budget);
    [num, den] = [cofactorA, cofactorB];
  }
  const c = content(den);
  return Q.isOne(c) ? { num, den } : { num: P.scale(num, Q.inverse(c) as Rational), den: P.scale(den, Q.inverse(c) as Rational) };
}

export function add(a: RationalFunction, b: RationalFunction, arithmetic: Arithmetic): RationalFunction {
  const { budget } = arithmetic;
  if (equalPolys(a.den, b.den)) return quotient(P.add(a.num, b.num, budget), a.den, arithmetic);
  // Over the least common multiple of the denominators, so sums of like fractions stay small.
  const { cofactorA, cofactorB } = gcd(a.den, b.den, budget);
  const num = P.add(P.mul(a.num, cofactorB, budget), P.mul(b.num, cofactorA, budget), budget);
  return quotient(num, P.mul(a.den, cofactorB, budget), arithmetic);
}

export const negate = (a: RationalFunction): RationalFunction => ({ num: P.neg(a.num), den: a.den });

export const sub = (a: RationalFunction, b: RationalFunction, arithmetic: Arithmetic): RationalFunction =>
  add(a, negate(b), arithmetic);

export function mul(a: RationalFunction, b: RationalFunction, arithmetic: Arithmetic): RationalFunction {
  const { budget, reduce } = arithmetic;
  if (!reduce) return quotient(P.mul(a.num, b.num, budget), P.mul(a.den, b.den, budget), arithmetic);
  // Both sides are reduced already: only a's numerator against b's denominator and back can cancel.
  const ab = gcd(a.num, b.den, budget);
  const ba = gcd(b.num, a.den, budget);
  const num = P.mul(ab.cofactorA, ba.cofactorA, budget);
  const den = P.mul(ba.cofactorB, ab.cofactorB, budget);
  return quotient(num, den, { budget, reduce: false });
}

/** 1/a; undefined for a = 0. */
export function inverse(a: RationalFunction, arithmetic: Arithmetic): RationalFunction | undefined {
  return a.num.length === 0 ? undefined : quotient(a.den, a.num, { ...arithmetic, reduce: false });
}

export function div(a: RationalFunction, b: RationalFunction, arithmetic: Arithmetic): RationalFunction | undefined {
  const inv = inverse(b, arithmetic);
  return inv && mul(a, inv, arithmetic);
}

/** a^k for an integer k; undefined for 0^negative. */
export function pow(a: RationalFunction, k: number, arithmetic: Arithmetic): RationalFunction | undefined {
  const base = k < 0 ? inverse(a, arithmetic) : a;
  if (base === undefined) return undefined;
  const n = Math.abs(k);
  const { budget } = arithmetic;
  return quotient(P.pow(base.num, n, budget), P.pow(base.den, n, budget), { budget, reduce: false });
}
