// Powers of series. u^n for a natural n by repeated squaring; u^c for any other constant c by
// J.C.P. Miller's recurrence (from w = u^c: u·w' = c·u'·w), which divides by u_0; any other power as
// exp(v·log u), through the function table like every call.

import * as Q from '../ast/rational.js';
import type { Coefficient, Coefficients } from './coefficient.js';
import { isRational } from './coefficient.js';
import { constantSeries, mul } from './arithmetic.js';
import { NotAnalytic } from './not-analytic.js';
import { Series } from './series.js';

/** How a power builds the calls it needs (exp and log), so this file stays free of the composition cache. */
export type Caller = (fn: 'exp' | 'log', u: Series) => Series;

export function power(R: Coefficients, call: Caller, u: Series, v: Series): Series {
  if (u.constant && v.constant) return constantSeries(R.power(u.at(0), v.at(0)));
  if (!v.constant) return call('exp', mul(R, v, call('log', u))); // u^v = exp(v·log u)
  const c = v.at(0);
  // A natural power by products, never dividing by u_0: a symbolic u_0 may be 0 unrecognised
  // (cot(π/2)), and Miller's recurrence would divide by it.
  const n = naturalNumber(c);
  if (n !== undefined) return naturalPower(R, u, n);
  if (R.isZero(u.at(0))) throw new NotAnalytic(); // x^(1/2), x^-1 at 0: a branch point or a pole
  return miller(R, u, c);
}

// w = u^c, u_0 ≠ 0:  w_0 = u_0^c,  w_k = 1/(k·u_0) · Σ_{j=1..k} ((c + 1)·j - k)·u_j·w_{k-j}
function miller(R: Coefficients, u: Series, c: Coefficient): Series {
  const cPlusOne = R.add(c, Q.ONE);
  const w: Series = new Series((k) => {
    if (k === 0) return R.power(u.at(0), c);
    const terms: Coefficient[] = [];
    for (let j = 1; j <= k; j++) {
      const weight = R.sub(R.mul(cPlusOne, Q.rational(BigInt(j))), Q.rational(BigInt(k)));
      terms.push(R.mul(weight, R.mul(u.at(j), w.at(k - j))));
    }
    return R.div(R.sum(terms), R.mul(Q.rational(BigInt(k)), u.at(0)));
  });
  return w;
}

/** u^n by squaring: log2(n) products, each truncated like every series. */
function naturalPower(R: Coefficients, u: Series, n: bigint): Series {
  let result = constantSeries(Q.ONE);
  let square = u;
  for (let m = n; m > 0n; m >>= 1n) {
    if (m & 1n) result = mul(R, result, square);
    if (m > 1n) square = mul(R, square, square);
  }
  return result;
}

/** c as a natural number (0, 1, 2, …), exact or a float with an integer value; else undefined. */
function naturalNumber(c: Coefficient): bigint | undefined {
  if (isRational(c)) return c.den === 1n && c.num >= 0n ? c.num : undefined;
  return c.kind === 'num' && Number.isSafeInteger(c.value) && c.value >= 0 ? BigInt(c.value) : undefined;
}
