// The heuristic GCD (GCDHEU: Char, Geddes and Gonnet 1989; as in GiNaC and SymPy): evaluate the last
// variable at a large integer ξ, take the GCD of the images one variable down, and read the answer
// back from its ξ-adic digits. Usually right at once; every candidate is checked by exact division.

import * as Q from '../ast/rational.js';
import { scale } from './arithmetic.js';
import type { Budget } from './budget.js';
import { gcdInteger, primitive } from './content.js';
import { divideExact } from './division.js';
import { substituteInteger } from './evaluation.js';
import { withPower } from './monomial.js';
import { degreeIn, fromTerms, integer, variablesOf, type Poly, type Term } from './poly.js';

export interface GcdWithCofactors {
  readonly gcd: Poly;
  readonly cofactorA: Poly;
  readonly cofactorB: Poly;
}

const ATTEMPTS = 6;

/** gcd(a, b) of two non-zero polynomials with integer coefficients, or undefined if the heuristic gives up. */
export function heuristicGcd(a: Poly, b: Poly, budget: Budget): GcdWithCofactors | undefined {
  const vars = [...new Set([...variablesOf(a), ...variablesOf(b)])].sort((x, y) => x - y);
  return imagesGcd(a, b, vars, budget);
}

function imagesGcd(a: Poly, b: Poly, vars: readonly number[], budget: Budget): GcdWithCofactors | undefined {
  const ca = integerContent(a);
  const cb = integerContent(b);
  const c = gcdInteger(ca, cb);
  const v = vars[vars.length - 1];
  if (v === undefined) {
    return { gcd: integer(c), cofactorA: scale(a, Q.rational(1n, c)), cofactorB: scale(b, Q.rational(1n, c)) };
  }
  const f = scale(a, Q.rational(1n, ca));
  const g = scale(b, Q.rational(1n, cb));
  const found = primitiveGcd(f, g, v, vars.slice(0, -1), budget);
  if (found === undefined) return undefined;
  return {
    gcd: scale(found.gcd, Q.rational(c)),
    cofactorA: scale(found.cofactorA, Q.rational(ca, c)),
    cofactorB: scale(found.cofactorB, Q.rational(cb, c)),
  };
}

/** The GCD of f and g, both of integer content 1, through images at v = ξ. */
function primitiveGcd(f: Poly, g: Poly, v: number, rest: readonly number[], budget: Budget): GcdWithCofactors | undefined {
  const degree = Math.max(degreeIn(f, v), degreeIn(g, v), 1);
  let xi = firstPoint(f, g);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // The images' coefficients have about degree·bits(ξ) bits: past the budget, the PRS is cheaper.
    if (degree * xi.toString(2).length > budget.maxBits) return undefined;
    budget.charge(f.length + g.length);
    const fi = substituteInteger(f, v, xi);
    const gi = substituteInteger(g, v, xi);
    const image = fi.length > 0 && gi.length > 0 ? imagesGcd(fi, gi, rest, budget) : undefined;
    const lifted = image && lift(f, g, image, xi, v, budget);
    if (lifted !== undefined) return lifted;
    // The next point as SymPy chooses it: grows by about ξ^(1/4), avoiding unlucky neighbours.
    xi = (xi * 73794n * isqrt(isqrt(xi))) / 27011n;
  }
  return undefined;
}

/** A candidate read back from the image GCD or from either image cofactor, if one divides exactly. */
function lift(f: Poly, g: Poly, image: GcdWithCofactors, xi: bigint, v: number, budget: Budget): GcdWithCofactors | undefined {
  const h = primitive(interpolate(image.gcd, xi, v, budget));
  const cofactorA = divideExact(f, h, budget);
  const cofactorB = cofactorA && divideExact(g, h, budget);
  if (cofactorA && cofactorB) return { gcd: h, cofactorA, cofactorB };
  for (const [p, q, cofactor] of [[f, g, image.cofactorA], [g, f, image.cofactorB]] as const) {
    const cp = interpolate(cofactor, xi, v, budget);
    if (cp.length === 0) continue;
    const hp = divideExact(p, cp, budget);
    const cq = hp && divideExact(q, hp, budget);
    if (hp && cq) return p === f ? { gcd: hp, cofactorA: cp, cofactorB: cq } : { gcd: hp, cofactorA: cq, cofactorB: cp };
  }
  return undefined;
}

/** The polynomial in v whose coefficients are the symmetric ξ-adic digits of h's coefficients. */
function interpolate(h: Poly, xi: bigint, v: number, budget: Budget): Poly {
  const out: Term[] = [];
  const half = xi / 2n;
  let rest: Term[] = h.slice();
  for (let power = 0; rest.length > 0; power++) {
    budget.checkDegree(power);
    budget.charge(rest.length);
    const next: Term[] = [];
    for (const { monomial, coef } of rest) {
      let digit = coef.num % xi;
      if (digit > half) digit -= xi;
      else if (digit < -half) digit += xi;
      if (digit !== 0n) out.push({ monomial: withPower(monomial, v, power), coef: Q.rational(digit) });
      const carry = (coef.num - digit) / xi;
      if (carry !== 0n) next.push({ monomial, coef: Q.rational(carry) });
    }
    rest = next;
  }
  return fromTerms(out);
}

/** SymPy's first evaluation point: large against the coefficients, so the digits do not overlap. */
function firstPoint(f: Poly, g: Poly): bigint {
  const nf = maxNorm(f);
  const ng = maxNorm(g);
  const bound = nf < ng ? nf : ng;
  const byNorm = 99n * isqrt(bound) < bound ? 99n * isqrt(bound) : bound;
  const lf = absolute((f[0] as Term).coef.num);
  const lg = absolute((g[0] as Term).coef.num);
  const byLead = 2n * (nf / lf < ng / lg ? nf / lf : ng / lg) + 2n;
  return byNorm > byLead ? byNorm : byLead;
}

const absolute = (n: bigint): bigint => (n < 0n ? -n : n);
const maxNorm = (p: Poly): bigint => p.reduce((m, t) => (absolute(t.coef.num) > m ? absolute(t.coef.num) : m), 0n);

function integerContent(p: Poly): bigint {
  const lead = p[0];
  const g = p.reduce((acc, t) => gcdInteger(acc, t.coef.num), 0n);
  return lead !== undefined && lead.coef.num < 0n ? -g : g === 0n ? 1n : g;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from a power of two above the root decreases to the floor of the root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
