// The accumulator's shortcuts give what the general path gives: like terms found through a hash of
// their powers (chained on equal hashes), and coefficients that are safe integers summed as numbers
// (addSmallProduct) until a sum would leave the safe range. Compared with the sum written out here: a
// map keyed by the powers as a string, bigint rationals throughout.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Q from '../../src/ast/rational.js';
import { generous } from '../../src/poly/budget.js';
import { Accumulator, type LaurentTerm } from '../../src/diff/laurent.js';

type Product = { a: number[]; b: number[]; lowered: number; k: bigint };

/** The sum as defined: a·b (lowered's power less one) times k, like terms added, zeros dropped, in order of first arrival. */
function byDefinition(products: readonly Product[]): { exps: number[]; coef: Q.Rational }[] {
  const terms = new Map<string, { exps: number[]; coef: Q.Rational }>();
  for (const { a, b, lowered, k } of products) {
    const exps = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0) - (i === lowered ? 1 : 0));
    while (exps.length > 0 && exps[exps.length - 1] === 0) exps.pop();
    const key = exps.join(',');
    const old = terms.get(key);
    terms.set(key, { exps: old?.exps ?? exps, coef: Q.add(old?.coef ?? Q.ZERO, Q.rational(k)) });
  }
  return [...terms.values()].filter((t) => !Q.isZero(t.coef));
}

const plain = (terms: Iterable<LaurentTerm>): { exps: number[]; coef: Q.Rational }[] => [...terms].map((t) => ({ exps: [...t.exps], coef: t.coef }));

const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
// Coefficients small and near the end of the safe range, so sums cross it both ways and cancel.
const arbCoef = fc.oneof(fc.bigInt({ min: -5n, max: 5n }), fc.bigInt({ min: LIMIT - 3n, max: LIMIT }), fc.bigInt({ min: -LIMIT, max: -LIMIT + 3n }));
const arbPowers = fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 4 });
const arbProduct = fc.record({ a: arbPowers, b: arbPowers, lowered: fc.integer({ min: -1, max: 3 }), k: arbCoef });

describe('the accumulator', () => {
  it('sums products as the definition does, whether coefficients come as numbers or as rationals', () => {
    fc.assert(fc.property(fc.array(arbProduct, { maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (products, asNumber) => {
      const mixed = new Accumulator(generous());
      const rational = new Accumulator(generous());
      products.forEach(({ a, b, lowered, k }, i) => {
        if (asNumber[i] === true) mixed.addSmallProduct(a, b, lowered, Number(k));
        else mixed.addProduct(a, b, lowered, Q.rational(k), Q.ONE);
        rational.addProduct(a, b, lowered, Q.rational(k), Q.ONE);
      });
      const expected = byDefinition(products);
      expect(plain(mixed.done().values())).toEqual(expected);
      expect(plain(rational.done().values())).toEqual(expected);
    }), { seed: 20261206, numRuns: 500 });
  });

  it('keeps apart monomials whose hashes are equal', () => {
    // Many distinct monomials (7^4 = 2,401 over four kernels): some of their 30-bit hashes may meet, none may merge.
    const sum = new Accumulator(generous());
    const products: Product[] = [];
    for (let i = 0; i < 2401; i++) {
      const a = [i % 7, Math.floor(i / 7) % 7, Math.floor(i / 49) % 7, Math.floor(i / 343) % 7].map((e) => e - 3);
      products.push({ a, b: [], lowered: -1, k: BigInt(i + 1) });
      sum.addSmallProduct(a, [], -1, i + 1);
    }
    expect(plain(sum.done().values())).toEqual(byDefinition(products));
  });
});
