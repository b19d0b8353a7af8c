import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mul } from '../../src/poly/arithmetic.js';
import { generous } from '../../src/poly/budget.js';
import { divideExact } from '../../src/poly/division.js';
import { valueAt } from '../../src/poly/evaluation.js';
import { gcd } from '../../src/poly/gcd.js';
import { heuristicGcd } from '../../src/poly/gcd-heuristic.js';
import { prsGcd } from '../../src/poly/gcd-prs.js';
import { primitive } from '../../src/poly/content.js';
import { constantValue, equalPolys, type Poly } from '../../src/poly/poly.js';
import { arbFactor, poly } from './polys.js';

const B = generous;
const times = (a: Poly, b: Poly): Poly => mul(a, b, B());

describe('gcd on the cases peers got wrong', () => {
  // x = x0, y = x1
  const xPlusY = poly([1, 1, 0], [1, 0, 1]);
  const xMinusY = poly([1, 1, 0], [-1, 0, 1]);
  it.each([
    ['nerdamer #123: gcd(x+y, (x+y)(x-y)) = x+y', xPlusY, times(xPlusY, xMinusY), xPlusY],
    ['nerdamer #256: gcd(x^2+4x-45, x^2+x-30) = x-5', poly([1, 2], [4, 1], [-45]), poly([1, 2], [1, 1], [-30]), poly([1, 1], [-5])],
    ['nerdamer #566: gcd(-2x-2x^2-2, x+x^2+1) = x^2+x+1', poly([-2, 1], [-2, 2], [-2]), poly([1, 1], [1, 2], [1]), poly([1, 2], [1, 1], [1])],
    ['Algebrite #89: gcd((x+1)^2, x+1) = x+1', poly([1, 2], [2, 1], [1]), poly([1, 1], [1]), poly([1, 1], [1])],
    ['gcd(x^2-1, x-1) = x-1', poly([1, 2], [-1]), poly([1, 1], [-1]), poly([1, 1], [-1])],
    ['coprime: gcd(5x-2y+9, x) = 1', poly([5, 1, 0], [-2, 0, 1], [9]), poly([1, 1]), poly([1])],
    ['a monomial: gcd(6x^2y, 4xy^3) = xy', poly([6, 2, 1]), poly([4, 1, 3]), poly([1, 1, 1])],
    ['rational multiples: gcd(x/2 + 1/2, 3x + 3) = x + 1', [{ monomial: [0, 1], coef: { num: 1n, den: 2n } }, { monomial: [], coef: { num: 1n, den: 2n } }] as Poly, poly([3, 1], [3]), poly([1, 1], [1])],
    ['zero: gcd(0, -2x-4) = x+2', poly(), poly([-2, 1], [-4]), poly([1, 1], [2])],
  ])('%s', (_, a, b, expected) => {
    const { gcd: g, cofactorA, cofactorB } = gcd(a, b, B());
    expect(equalPolys(g, expected)).toBe(true);
    expect(equalPolys(times(g, cofactorA), a)).toBe(true);
    expect(equalPolys(times(g, cofactorB), b)).toBe(true);
  });
});

/** p and q are equal up to a constant factor. */
const associates = (p: Poly, q: Poly): boolean => equalPolys(primitive(p), primitive(q));

describe('gcd against independent oracles on random polynomials', () => {
  const triple = fc.tuple(arbFactor(3, 4, 3), arbFactor(3, 4, 3), arbFactor(3, 3, 2));

  it('gcd(a·c, b·c) is a multiple of c that divides both; the cofactors are coprime', () => {
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const ac = times(a, c);
        const bc = times(b, c);
        const { gcd: g, cofactorA, cofactorB } = gcd(ac, bc, B());
        expect(divideExact(g, c, B())).toBeDefined();
        expect(divideExact(ac, g, B())).toBeDefined();
        expect(divideExact(bc, g, B())).toBeDefined();
        expect(constantValue(gcd(cofactorA, cofactorB, B()).gcd)).toBeDefined();
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('the heuristic and the PRS, two independent algorithms, agree up to a constant', () => {
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const ac = primitive(times(a, c));
        const bc = primitive(times(b, c));
        const heuristic = heuristicGcd(ac, bc, B());
        if (heuristic !== undefined) expect(associates(heuristic.gcd, prsGcd(ac, bc, B()))).toBe(true);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('gcd times cofactor has the value of the input at random points', () => {
    fc.assert(
      fc.property(triple, fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 }), ([a, b, c], point) => {
        const ac = times(a, c);
        const { gcd: g, cofactorA } = gcd(ac, times(b, c), B());
        expect(valueAt(g, point) * valueAt(cofactorA, point)).toBeCloseTo(valueAt(ac, point), 6);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
