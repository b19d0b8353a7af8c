// Truncated power series arithmetic: each operation a recurrence for coefficient k of the result
// from coefficients up to k of its operands. Constant operands take the short way (a product with a
// constant is a scaling, O(k) rather than O(k²)).

import * as Q from '../ast/rational.js';
import type { Coefficient, Coefficients } from './coefficient.js';
import { NotAnalytic } from './not-analytic.js';
import { Series } from './series.js';

/** The series of a number: c, 0, 0, … */
export function constantSeries(c: Coefficient): Series {
  return new Series((k) => (k === 0 ? c : Q.ZERO), true);
}

// (u + v)_k = u_k + v_k
export function add(R: Coefficients, u: Series, v: Series): Series {
  return new Series((k) => R.add(u.at(k), v.at(k)), u.constant && v.constant);
}

// (u - v)_k = u_k - v_k
export function sub(R: Coefficients, u: Series, v: Series): Series {
  return new Series((k) => R.sub(u.at(k), v.at(k)), u.constant && v.constant);
}

// (-u)_k = -u_k
export function neg(R: Coefficients, u: Series): Series {
  return new Series((k) => R.neg(u.at(k)), u.constant);
}

// (c·v)_k = c·v_k
export function scale(R: Coefficients, c: Coefficient, v: Series): Series {
  return new Series((k) => R.mul(c, v.at(k)), v.constant);
}

// (u·v)_k = Σ_{j=0..k} u_j·v_{k-j}   (Cauchy)
export function mul(R: Coefficients, u: Series, v: Series): Series {
  if (u.constant) return scale(R, u.at(0), v);
  if (v.constant) return scale(R, v.at(0), u);
  return new Series((k) => {
    const terms: Coefficient[] = [];
    for (let j = 0; j <= k; j++) terms.push(R.mul(u.at(j), v.at(k - j)));
    return R.sum(terms);
  });
}

/** A divisor vanishing to a higher order than this is taken for 0 (x/(x - x) has no series). */
export const MAX_VALUATION = 64;

// q = u/v, from u = q·v. When v starts at 0 (v = t^m·w, w_0 = v_m ≠ 0), u must start with m zeros
// too (sin(x)/x), else q has a pole; then q = (u/t^m)/w:
//   q_k = (u_{k+m} - Σ_{j=1..k} v_{j+m}·q_{k-j}) / v_m
export function div(R: Coefficients, u: Series, v: Series): Series {
  if (v.constant) return scale(R, R.div(Q.ONE, v.at(0)), u);
  let m = -1; // the valuation of v, found with the first coefficient
  const q: Series = new Series((k) => {
    if (m < 0) m = removableValuation(R, u, v);
    const terms = [u.at(k + m)];
    for (let j = 1; j <= k; j++) terms.push(R.neg(R.mul(v.at(j + m), q.at(k - j))));
    return R.div(R.sum(terms), v.at(m));
  }, false);
  return q;
}

/** The m with v_m the first non-zero coefficient, when u_0 … u_{m-1} are 0; else NotAnalytic. */
function removableValuation(R: Coefficients, u: Series, v: Series): number {
  let m = 0;
  while (R.isZero(v.at(m))) {
    if (!R.isZero(u.at(m))) throw new NotAnalytic(); // a pole: u/t^(m+1) with u_m ≠ 0
    if (++m > MAX_VALUATION) throw new NotAnalytic();
  }
  return m;
}
