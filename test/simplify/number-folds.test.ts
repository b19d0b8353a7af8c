// Numbers folded directly where the canon used to build them through sums and products: the same
// node as the general path, so the forms chosen (and printed) do not change.

import { describe, expect, it } from 'vitest';
import * as Q from '../../src/ast/rational.js';
import { CanonBuilder } from '../../src/simplify/canon-builder.js';
import { Coefficient } from '../../src/simplify/coefficient.js';
import { exponentLeft } from '../../src/simplify/factor.js';

const rationals: Q.Rational[] = [
  Q.rational(1n), Q.rational(-1n), Q.rational(2n), Q.rational(-3n), Q.rational(1n, 2n), Q.rational(-5n, 6n),
  Q.rational(7n, 3n), Q.rational(10n ** 30n, 7n),
];

describe('exact number folds', () => {
  it('takes exponent - shared as the canonical sum of the exponent and the negated shared one', () => {
    for (const a of rationals) {
      for (const b of rationals) {
        const c = new CanonBuilder();
        const [x, y] = [c.num(a), c.num(b)];
        expect(exponentLeft(c, x, y)).toBe(c.sum([x, c.negate(y)]));
      }
    }
  });

  it('makes the same coefficient node as c.num of the product, ±1 included', () => {
    for (const a of rationals) {
      for (const b of [...rationals, Q.ONE, Q.MINUS_ONE]) {
        const c = new CanonBuilder();
        const k = new Coefficient();
        k.absorb(c.num(a));
        k.absorb(c.num(b));
        expect(k.node(c)).toBe(c.num(Q.mul(a, b)));
        expect(new Coefficient().node(c)).toBe(c.one);
      }
    }
  });
});
