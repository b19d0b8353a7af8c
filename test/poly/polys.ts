// Polynomials for the tests: written as [coefficient, ...powers] rows, and random ones for fast-check.

import fc from 'fast-check';
import { rational } from '../../src/ast/rational.js';
import { fromExponents, isUnit } from '../../src/poly/monomial.js';
import { fromTerms, type Poly } from '../../src/poly/poly.js';

/** [[c, e0, e1, …], …] → Σ c·x0^e0·x1^e1·… */
export const poly = (...rows: (readonly number[])[]): Poly =>
  fromTerms(rows.map(([c = 0, ...exps]) => ({ monomial: fromExponents(exps), coef: rational(BigInt(c)) })));

/** A polynomial in `vars` variables: up to `terms` terms, powers up to `degree`, small integer coefficients. */
export const arbPoly = (vars: number, terms: number, degree: number): fc.Arbitrary<Poly> =>
  fc
    .array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.array(fc.nat(degree), { minLength: vars, maxLength: vars })), {
      minLength: 1,
      maxLength: terms,
    })
    .map((rows) => poly(...rows.map(([c, exps]) => [c, ...exps])));

/** A non-zero, non-constant polynomial (the kind whose GCD is worth finding). */
export const arbFactor = (vars: number, terms: number, degree: number): fc.Arbitrary<Poly> =>
  arbPoly(vars, terms, degree).filter((p) => p.length > 0 && p.some((t) => !isUnit(t.monomial)));
