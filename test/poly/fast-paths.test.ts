// The shortcuts in src/poly give what the general paths give: the product of few terms merged by
// insertion and the product by 1 (arithmetic.ts), the division by a single term (division.ts), the GCD
// with a constant (gcd.ts), the content once it is 1 (content.ts), the terms already distinct (poly.ts).
// Each is compared with the general computation written out here, on random polynomials.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Q from '../../src/ast/rational.js';
import { add, mul, mulTerm } from '../../src/poly/arithmetic.js';
import { Budget, generous, PolynomialTooLarge } from '../../src/poly/budget.js';
import { content, gcdInteger, primitive } from '../../src/poly/content.js';
import { divideExact } from '../../src/poly/division.js';
import { gcd } from '../../src/poly/gcd.js';
import { prsGcd } from '../../src/poly/gcd-prs.js';
import { multiply, quotient, UNIT } from '../../src/poly/monomial.js';
import { constant, constantValue, equalPolys, fromDistinctTerms, fromTerms, ONE_POLY, type Poly } from '../../src/poly/poly.js';
import { arbPoly } from './polys.js';

const SEED = 20261207;
const B = generous;

/** The product as the general path makes it: every pair of terms, collected and sorted by fromTerms. */
const productByMap = (a: Poly, b: Poly): Poly =>
  fromTerms(a.flatMap((x) => b.map((y) => ({ monomial: multiply(x.monomial, y.monomial), coef: Q.mul(x.coef, y.coef) }))));

/** The content as defined: the GCD of the numerators over the LCM of the denominators, signed like the lead. */
function contentByDefinition(p: Poly): Q.Rational {
  if (p.length === 0) return Q.ONE;
  const num = p.reduce((g, t) => gcdInteger(g, t.coef.num), 0n);
  const den = p.reduce((l, t) => (l / gcdInteger(l, t.coef.den)) * t.coef.den, 1n);
  return Q.rational((p[0] as Poly[number]).coef.num < 0n ? -num : num, den);
}

/** Polynomials with fractional coefficients too: each term's coefficient divided by 1 to 6. */
const arbRationalPoly = fc.tuple(arbPoly(2, 5, 3), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }))
  .map(([p, dens]) => p.map((t, i) => ({ monomial: t.monomial, coef: Q.mul(t.coef, Q.rational(1n, BigInt(dens[i] ?? 1))) })));

describe('the product of few terms', () => {
  // Sums of 2 terms whose squares and products cancel now and then: (x - y)(x + y), (x + 1)^2.
  const small = arbPoly(2, 2, 2);

  it('equals the product through the map, cancellations included', () => {
    fc.assert(fc.property(small, small, (a, b) => {
      expect(equalPolys(mul(a, b, B()), productByMap(a, b))).toBe(true);
    }), { seed: SEED, numRuns: 500 });
  });

  it('drops the terms that cancel: (u + v)(u - v) for random u + v', () => {
    fc.assert(fc.property(small, (a) => {
      fc.pre(a.length === 2);
      const conjugate = [a[0], { ...(a[1] as Poly[number]), coef: Q.negate((a[1] as Poly[number]).coef) }] as Poly;
      const product = mul(a, conjugate, B());
      expect(product.length).toBe(2);
      expect(equalPolys(product, productByMap(a, conjugate))).toBe(true);
    }), { seed: SEED, numRuns: 100 });
  });

  it('charges the budget as the map does: a·b steps, so one step less stops it', () => {
    fc.assert(fc.property(small, small, (a, b) => {
      fc.pre(a.length === 2 && b.length === 2);
      expect(() => mul(a, b, new Budget(100, 100, 4))).not.toThrow();
      expect(() => mul(a, b, new Budget(100, 100, 3))).toThrow(PolynomialTooLarge);
    }), { seed: SEED, numRuns: 100 });
  });
});

describe('the product by 1', () => {
  it('is the other factor, for the same charge', () => {
    fc.assert(fc.property(arbPoly(2, 5, 3), (a) => {
      expect(equalPolys(mul(ONE_POLY, a, B()), productByMap(ONE_POLY, a))).toBe(true);
      expect(() => mulTerm(a, UNIT, Q.ONE, new Budget(100, 100, a.length - 1))).toThrow(PolynomialTooLarge);
    }), { seed: SEED, numRuns: 200 });
  });
});

describe('the division by a single term', () => {
  // a = q·t + r: r = 0 divides, any other r (of lower terms than q·t's, or not) may not.
  const cases = fc.tuple(arbPoly(2, 4, 3), arbPoly(2, 1, 2), fc.option(arbPoly(2, 2, 3), { nil: undefined }));
  it('gives the quotient exactly when t divides, and charges what the long division charges', () => {
    fc.assert(fc.property(cases, ([q, t, r]) => {
      fc.pre(t.length === 1 && constantValue(t) === undefined);
      const a = r === undefined ? mul(q, t, B()) : add(mul(q, t, B()), r, B());
      const found = divideExact(a, t, B());
      // The general path's answer, by definition: every term of a divisible by t's monomial.
      const divisible = a.every((u) => quotient(u.monomial, (t[0] as Poly[number]).monomial) !== undefined);
      expect(found !== undefined).toBe(divisible);
      if (found === undefined) return;
      expect(equalPolys(mul(found, t, B()), a)).toBe(true);
      // Long division charges 1 + (n - i + 1) at step i: the term times t, then the subtraction.
      const n = a.length;
      const work = 2 * n + (n * (n + 1)) / 2;
      expect(() => divideExact(a, t, new Budget(100, 100, work))).not.toThrow();
      if (n > 0) expect(() => divideExact(a, t, new Budget(100, 100, work - 1))).toThrow(PolynomialTooLarge);
    }), { seed: SEED, numRuns: 300 });
  });
});

describe('the GCD with a constant', () => {
  it('is 1 with the inputs as cofactors, as the PRS finds', () => {
    const constants = fc.integer({ min: -9, max: 9 }).filter((c) => c !== 0).map((c) => constant(Q.rational(BigInt(c), 3n)));
    fc.assert(fc.property(constants, fc.oneof(arbPoly(2, 4, 3), constants), fc.boolean(), (c, p, swap) => {
      const [a, b] = swap ? [p, c] : [c, p];
      const found = gcd(a, b, B());
      const general = b.length === 0 ? primitive(a) : a.length === 0 ? primitive(b) : prsGcd(primitive(a), primitive(b), B());
      expect(equalPolys(found.gcd, general)).toBe(true);
      expect(equalPolys(found.cofactorA, divideExact(a, general, B()) as Poly)).toBe(true);
      expect(equalPolys(found.cofactorB, divideExact(b, general, B()) as Poly)).toBe(true);
    }), { seed: SEED, numRuns: 300 });
  });
});

describe('the content', () => {
  it('equals the GCD of the numerators over the LCM of the denominators', () => {
    fc.assert(fc.property(arbRationalPoly, (p) => {
      expect(Q.equal(content(p), contentByDefinition(p))).toBe(true);
    }), { seed: SEED, numRuns: 500 });
  });
});

describe('the terms already distinct', () => {
  it('make the polynomial fromTerms makes, in any order', () => {
    fc.assert(fc.property(arbRationalPoly, fc.integer(), (p, seed) => {
      // A polynomial's terms are distinct and non-zero; shuffled, as a map or a collected sum holds them.
      const shuffled = p.map((t, i) => ({ t, r: (i * 7919 + seed) % 101 })).sort((a, b) => a.r - b.r).map((x) => x.t);
      expect(equalPolys(fromDistinctTerms(shuffled), fromTerms(shuffled))).toBe(true);
    }), { seed: SEED, numRuns: 500 });
  });
});
