// The error functions erf, erfc and erfi = -i·erf(ix) = (2/√π)∫₀ˣ e^{t²} dt (DLMF 7.2.1, 7.2.2, 7.2.4).
// erf and erfc are stdlib's ports of FreeBSD msun s_erf.c (rational approximations, < 1 ulp);
// erfi is our own: its Maclaurin series (DLMF 7.6.1 at ix: all terms positive, so no cancellation)
// below SERIES_LIMIT, and beyond it the asymptotic series e^{x²}/(x√π)·Σ (2k-1)!!/(2x²)^k
// (DLMF 7.12.1 at ix), whose smallest term past SERIES_LIMIT is below 1e-20.

import { erf as erfValue, erfc as erfcValue } from './stdlib.js';
import { expOfSquare } from './exp-of-square.js';

export const erf: (x: number) => number = erfValue;
export const erfc: (x: number) => number = erfcValue;

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const SQRT_PI = 1.7724538509055159;
const EPSILON = Number.EPSILON / 4;
/** Series below, asymptotic expansion above: at x = 7 the expansion's smallest term is 1e-21. */
const SERIES_LIMIT = 7;

/** erfi(x) = (2/√π) Σ x^{2k+1} / (k! (2k+1)), odd. */
export function erfi(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a === Infinity) return x;
  const magnitude = a < SERIES_LIMIT ? erfiSeries(a) : erfiAsymptotic(a);
  return x < 0 ? -magnitude : magnitude;
}

function erfiSeries(x: number): number {
  const x2 = x * x;
  let power = x; // x^{2k+1} / k!
  let sum = x;
  for (let k = 1; ; k++) {
    power *= x2 / k;
    const term = power / (2 * k + 1);
    sum += term;
    if (term <= sum * EPSILON) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

function erfiAsymptotic(x: number): number {
  const half = 1 / (2 * x * x);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 200; k++) {
    const next = term * (2 * k + 1) * half;
    if (next >= term || next <= sum * EPSILON) break; // the expansion diverges past its smallest term
    term = next;
    sum += term;
  }
  return expOfSquare(x, sum / (x * SQRT_PI));
}
