// perfectPower's quick rejection (end coefficients, values at ±1, end degrees, end gaps) must never reject a real
// power: every c·B^k of a square-free B in one variable is found, with B^k's exponent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rational } from '../../src/ast/rational.js';
import { mul, pow } from '../../src/poly/arithmetic.js';
import { generous } from '../../src/poly/budget.js';
import { gcd } from '../../src/poly/gcd.js';
import { derivative, perfectPower } from '../../src/poly/perfect-power.js';
import { constantValue, equalPolys, variablesOf } from '../../src/poly/poly.js';
import { arbPoly, poly } from './polys.js';

const squareFree = (b: ReturnType<typeof poly>): boolean => constantValue(gcd(b, derivative(b, 0), generous()).gcd) !== undefined;

describe('perfectPower in one variable', () => {
  it('finds c·B^k for every square-free B of two or more terms', () => {
    fc.assert(
      fc.property(
        arbPoly(1, 4, 5).filter((b) => b.length >= 2 && variablesOf(b).length === 1 && squareFree(b)),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: -5, max: 5 }).filter((c) => c !== 0),
        fc.integer({ min: 1, max: 3 }),
        (b, k, num, den) => {
          const p = mul(pow(b, k, generous()), [{ monomial: [], coef: rational(BigInt(num), BigInt(den)) }], generous());
          const found = perfectPower(p, generous());
          expect(found).toBeDefined();
          expect(found?.exponent).toBe(k);
          expect(equalPolys(mul(pow(found?.base ?? [], k, generous()), [{ monomial: [], coef: found?.coef ?? rational(0n) }], generous()), p)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('finds c·B^k for a square-free B in two variables (past the degree test, through the GCD)', () => {
    fc.assert(
      fc.property(
        arbPoly(2, 3, 3).filter((b) => b.length >= 2 && variablesOf(b).length === 2 && squareFree(b)),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: -5, max: 5 }).filter((c) => c !== 0),
        (b, k, c) => {
          const p = mul(pow(b, k, generous()), [{ monomial: [], coef: rational(BigInt(c)) }], generous());
          const found = perfectPower(p, generous());
          expect(found?.exponent).toBe(k);
          expect(equalPolys(mul(pow(found?.base ?? [], k, generous()), [{ monomial: [], coef: found?.coef ?? rational(0n) }], generous()), p)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  });

  it('rejects what is not a power, before or after the GCD', () => {
    expect(perfectPower(poly([1, 3], [1, 1], [1]), generous())).toBeUndefined(); // x^3 + x + 1: the gap 2 is wider than B's span
    expect(perfectPower(poly([1, 2], [1]), generous())).toBeUndefined(); // x^2 + 1: its ratio 1 is a square; the GCD rejects it
    expect(perfectPower(poly([1, 2], [2, 1], [3]), generous())).toBeUndefined(); // x^2 + 2x + 3: 1/3 is not a square
    expect(perfectPower(poly([1, 2], [2, 1], [1]), generous())).toMatchObject({ exponent: 2 });
    expect(perfectPower(poly([1, 4], [20, 2], [16]), generous())).toBeUndefined(); // y^4 + 20y^2 + 16: ends 1/16 a square, 37/16 not
    expect(perfectPower(poly([1, 4], [-8, 2], [16]), generous())).toMatchObject({ exponent: 2 }); // (y^2 - 4)^2: 9/16 and 9/16
    expect(perfectPower(poly([1, 4], [-2, 2], [1]), generous())).toMatchObject({ exponent: 2 }); // (y^2 - 1)^2: 0 at ±1
  });
});
