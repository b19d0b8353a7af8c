// Sparse multivariate polynomials over exact rationals: a list of terms in strictly decreasing
// lexicographic order of monomials (variable 0 most significant), no zero coefficients.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { compare, forEachPower, isUnit, key, powerOf, UNIT, variablePower, type Monomial } from './monomial.js';

export interface Term {
  readonly monomial: Monomial;
  readonly coef: Rational;
}

export type Poly = readonly Term[];

export const ZERO_POLY: Poly = [];
export const ONE_POLY: Poly = [{ monomial: UNIT, coef: Q.ONE }];

export const constant = (c: Rational): Poly => (Q.isZero(c) ? ZERO_POLY : [{ monomial: UNIT, coef: c }]);

/** x_v. */
export const variable = (v: number): Poly => [{ monomial: variablePower(v, 1), coef: Q.ONE }];

export const integer = (n: number | bigint): Poly => constant(Q.rational(BigInt(n)));

export const isZeroPoly = (p: Poly): boolean => p.length === 0;

/** The constant term's value when `p` is a constant (0 included), else undefined. */
export function constantValue(p: Poly): Rational | undefined {
  if (p.length === 0) return Q.ZERO;
  const [t] = p;
  return p.length === 1 && t !== undefined && isUnit(t.monomial) ? t.coef : undefined;
}

export const isOnePoly = (p: Poly): boolean => {
  const c = constantValue(p);
  return c !== undefined && Q.isOne(c);
};

/** The first (largest) term; undefined for 0. */
export const leadingTerm = (p: Poly): Term | undefined => p[0];

/** Terms in any order and with repeats, collected and sorted into a polynomial. */
export function fromTerms(terms: Iterable<Term>): Poly {
  const byKey = new Map<string, Term>();
  for (const t of terms) {
    const k = key(t.monomial);
    const old = byKey.get(k);
    byKey.set(k, old === undefined ? t : { monomial: t.monomial, coef: Q.add(old.coef, t.coef) });
  }
  return [...byKey.values()].filter((t) => !Q.isZero(t.coef)).sort((a, b) => compare(b.monomial, a.monomial));
}

/**
 * Terms of distinct monomials, none with a zero coefficient, as a polynomial: sorted only, which is all
 * fromTerms does with them, without a string key per term (the kernel route prints hundreds of small sums).
 */
export function fromDistinctTerms(terms: readonly Term[]): Poly {
  // One or two terms (most of those sums) without Array.prototype.sort, which allocates as it starts.
  if (terms.length < 2) return terms.slice();
  const [a, b] = terms as [Term, Term];
  if (terms.length === 2) return compare(a.monomial, b.monomial) > 0 ? [a, b] : [b, a];
  return terms.slice().sort((x, y) => compare(y.monomial, x.monomial));
}

export function equalPolys(a: Poly, b: Poly): boolean {
  return a.length === b.length && a.every((t, i) => {
    const u = b[i] as Term;
    return Q.equal(t.coef, u.coef) && compare(t.monomial, u.monomial) === 0;
  });
}

/** The highest power of variable `v` in `p` (0 when absent, -1 for the zero polynomial). */
export function degreeIn(p: Poly, v: number): number {
  let d = p.length === 0 ? -1 : 0;
  for (const t of p) d = Math.max(d, powerOf(t.monomial, v));
  return d;
}

/** The variables `p` uses, ascending. */
export function variablesOf(p: Poly): number[] {
  const used = new Set<number>();
  for (const t of p) forEachPower(t.monomial, (v) => used.add(v));
  return [...used].sort((a, b) => a - b);
}

/** Bits of the largest coefficient (numerator or denominator). */
export const coefficientBits = (p: Poly): number => p.reduce((m, t) => Math.max(m, Q.bitLength(t.coef)), 0);
