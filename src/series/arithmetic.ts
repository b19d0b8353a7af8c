// Truncated power series arithmetic: each operation a recurrence for coefficient k of the result
// from coefficients up to k of its operands. Constant operands take the short way (a product with a
// constant is a scaling, O(k) rather than O(k²)).

import * as Q from '../ast/rational.js';
import type { Coefficient, Coefficients } from './coefficient.js';
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
    let sum: Coefficient = Q.ZERO;
    for (let j = 0; j <= k; j++) sum = R.add(sum, R.mul(u.at(j), v.at(k - j)));
    return sum;
  });
}

// q = u/v, from u = q·v:  q_k = (u_k - Σ_{j=1..k} v_j·q_{k-j}) / v_0   (v_0 = 0 is a pole: NotAnalytic)
export function div(R: Coefficients, u: Series, v: Series): Series {
  if (v.constant) return scale(R, R.div(Q.ONE, v.at(0)), u);
  const q: Series = new Series((k) => {
    let rest = u.at(k);
    for (let j = 1; j <= k; j++) rest = R.sub(rest, R.mul(v.at(j), q.at(k - j)));
    return R.div(rest, v.at(0));
  }, false);
  return q;
}
