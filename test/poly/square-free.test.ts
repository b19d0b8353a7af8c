// squareFree (Yun) on polynomials built as products of powers: the form it returns multiplies back to
// p, its bases are square-free and pairwise coprime, and a repeated factor is always found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mul, pow } from '../../src/poly/arithmetic.js';
import { generous } from '../../src/poly/budget.js';
import { gcd } from '../../src/poly/gcd.js';
import { derivative } from '../../src/poly/perfect-power.js';
import { squareFree } from '../../src/poly/square-free.js';
import { constantValue, degreeIn, equalPolys, variablesOf, type Poly } from '../../src/poly/poly.js';
import { arbFactor, poly } from './polys.js';

const B = generous;
const coprime = (a: Poly, b: Poly): boolean => constantValue(gcd(a, b, B()).gcd) !== undefined;

describe('squareFree', () => {
  it('writes x^4 + 6x^3 + 12x^2 + 10x + 3 as (x + 1)^3·(x + 3)', () => {
    const form = squareFree(poly([1, 4], [6, 3], [12, 2], [10, 1], [3]), B());
    expect(form?.factors.map((f) => f.exponent)).toEqual([1, 3]);
    expect(equalPolys(form?.factors[0]?.base ?? [], poly([1, 1], [3]))).toBe(true);
    expect(equalPolys(form?.factors[1]?.base ?? [], poly([1, 1], [1]))).toBe(true);
  });

  it('leaves a square-free polynomial, and one of degree 1', () => {
    expect(squareFree(poly([1, 2], [-1]), B())).toBeUndefined();
    expect(squareFree(poly([1, 1], [1]), B())).toBeUndefined();
  });

  it('keeps the factors free of the first variable in the rest: y^2·(x + y)^2', () => {
    const p = mul(poly([1, 0, 2]), pow(poly([1, 1, 0], [1, 0, 1]), 2, B()), B());
    const form = squareFree(p, B());
    expect(form?.factors.map((f) => f.exponent)).toEqual([2]);
    expect(equalPolys(form?.rest ?? [], poly([1, 0, 2]))).toBe(true);
  });

  it('is not misled by the image at y = 3 it tries first (found by fuzzing: the full GCD took 0.2 s)', () => {
    // ((y - 3)x + 1)^2: the leading coefficient vanishes at y = 3, so the image proves nothing.
    const vanishing = pow(poly([1, 1, 1], [-3, 1, 0], [1]), 2, B());
    expect(squareFree(vanishing, B())?.factors.map((f) => f.exponent)).toEqual([2]);
    // x^2 - 2x + y - 2 is square-free, though its image at y = 3 is (x - 1)^2.
    expect(squareFree(poly([1, 2, 0], [-2, 1, 0], [1, 0, 1], [-2]), B())).toBeUndefined();
    // In four variables: (x + y·z·w)^2·(x - y) found, x^2 + y·z·w + 1 left.
    const four = mul(pow(poly([1, 1], [1, 0, 1, 1, 1]), 2, B()), poly([1, 1], [-1, 0, 1]), B());
    expect(squareFree(four, B())?.factors.map((f) => f.exponent)).toEqual([1, 2]);
    expect(squareFree(poly([1, 2], [1, 0, 1, 1, 1], [1]), B())).toBeUndefined();
  });

  it('finds every product with a repeated factor, and its form multiplies back to it', () => {
    fc.assert(
      fc.property(arbFactor(2, 3, 3), arbFactor(2, 3, 3), fc.integer({ min: 2, max: 3 }), (a, b, k) => {
        const p = mul(pow(a, k, B()), b, B());
        const [v] = variablesOf(p);
        fc.pre(v !== undefined && degreeIn(a, v) > 0 && p.length >= 2); // a monomial prints as one already
        const form = squareFree(p, B());
        expect(form).toBeDefined();
        if (form === undefined) return;
        let product: Poly = form.rest;
        for (const f of form.factors) product = mul(product, pow(f.base, f.exponent, B()), B());
        expect(equalPolys(product, p)).toBe(true);
        for (const f of form.factors) expect(coprime(f.base, derivative(f.base, v))).toBe(true);
        form.factors.forEach((f, i) => form.factors.slice(i + 1).forEach((g) => expect(coprime(f.base, g.base)).toBe(true)));
        expect(degreeIn(form.rest, v)).toBe(0);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
