// Dual numbers as an Arithmetic (ast/arithmetic.ts): the operator table's `slopes` column read on
// duals gives each local partial together with its tangent, its rate of change along the direction,
// which is what forward-over-reverse needs. A null tangent is "constant along the direction"
// (ad/dual.ts): it is left out of sums, so a constant's NaN or infinite partial cannot poison a term.

import type { Arithmetic } from '../ast/arithmetic.js';
import type { Dual, Tangent } from '../ad/dual.js';

const plus = (a: Tangent, b: Tangent): Tangent => (a === null ? b : b === null ? a : a + b);
const times = (t: Tangent, k: number): Tangent => (t === null ? null : t * k);
const dual = (primal: number, tangent: Tangent): Dual => ({ primal, tangent });

export const DUALS: Arithmetic<Dual> = {
  constant: (x) => dual(x, null),
  add: (a, b) => dual(a.primal + b.primal, plus(a.tangent, b.tangent)),
  sub: (a, b) => dual(a.primal - b.primal, plus(a.tangent, times(b.tangent, -1))),
  // (ab)' = a'b + ab'
  mul: (a, b) => dual(a.primal * b.primal, plus(times(a.tangent, b.primal), times(b.tangent, a.primal))),
  // (a/b)' = (a' - (a/b) b') / b
  div: (a, b) => {
    const q = a.primal / b.primal;
    const t = plus(a.tangent, times(b.tangent, -q));
    return dual(q, t === null ? null : t / b.primal);
  },
  neg: (a) => dual(-a.primal, times(a.tangent, -1)),
  pow: power,
  // (log a)' = a'/a
  log: (a) => dual(Math.log(a.primal), times(a.tangent, 1 / a.primal)),
  ifZero: (test, then, otherwise) => (test.primal === 0 ? then : otherwise()),
};

/**
 * (a^b)' = b a^(b-1) a' + a^b log(a) b', each term only when its tangent is present, with the limits of
 * the operator table's slopes: b = 0 makes a^0 constant, and a^b = 0 makes the exponent's term 0.
 */
function power(a: Dual, b: Dual): Dual {
  const p = Math.pow(a.primal, b.primal);
  const alongBase = times(a.tangent, b.primal === 0 ? 0 : b.primal * Math.pow(a.primal, b.primal - 1));
  const alongExponent = times(b.tangent, p === 0 ? 0 : p * Math.log(a.primal));
  return dual(p, plus(alongBase, alongExponent));
}
