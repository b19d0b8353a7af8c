// Evaluating a polynomial: at floating-point values of all its variables (to check it against an
// expression), or at an integer value of one variable (the heuristic GCD's image).

import * as Q from '../ast/rational.js';
import { fromTerms, type Poly } from './poly.js';
import { forEachPower, powerOf, without } from './monomial.js';

/** The value at `values[v]` for each variable v (a missing value is an error). */
export function valueAt(p: Poly, values: readonly number[]): number {
  let sum = 0;
  for (const { monomial, coef } of p) {
    let term = Q.toNumber(coef);
    forEachPower(monomial, (v, e) => {
      const x = values[v];
      if (x === undefined) throw new RangeError(`no value for variable ${v}`);
      term *= x ** e;
    });
    sum += term;
  }
  return sum;
}

/** p with variable `v` replaced by the integer `x` (exact). */
export function substituteInteger(p: Poly, v: number, x: bigint): Poly {
  const powers = new Map<number, bigint>();
  const power = (e: number): bigint => {
    let r = powers.get(e);
    if (r === undefined) powers.set(e, (r = x ** BigInt(e)));
    return r;
  };
  return fromTerms(p.map(({ monomial, coef }) => {
    const e = powerOf(monomial, v);
    return { monomial: without(monomial, v), coef: e === 0 ? coef : Q.mul(coef, Q.rational(power(e))) };
  }));
}
