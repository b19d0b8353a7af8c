// The logarithmic integral li(x) = PV∫₀ˣ dt/ln t = Ei(ln x) (DLMF 6.2.8, 6.11.1). For large x the
// rounding of ln x would be the whole error (li's relative error is the absolute error of ln x: 6e-14
// at x = 1e300), so ln x is carried as a head and a tail: x = m·2^e with m near 1, and
// ln x = e·ln 2 + ln m with ln 2 split as in fdlibm (e·LN2_HEAD is exact).

import { Ei } from './exponential-integrals.js';

const LN2_HEAD = 6.93147180369123816490e-1; // the high 32 bits of ln 2
const LN2_TAIL = 1.90821492927058770002e-10; // ln 2 - LN2_HEAD

/** li(x): 0 at 0, -∞ at 1, NaN below 0. */
export function li(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return Infinity;
  const e = Math.round(Math.log2(x));
  if (e === 0) return Ei(Math.log(x)); // ln x is accurate to its own last bit
  const m = x / 2 ** e; // exact: a power of two, and m lies in about [√½, √2]
  const head = e * LN2_HEAD;
  const rest = e * LN2_TAIL + Math.log(m);
  const t = head + rest;
  const tail = head - t + rest; // |head| ≥ |rest|, so this recovers t's rounding error exactly
  // Ei(t + tail) ≈ Ei(t) + tail·e^t/t
  return Ei(t) + (tail * Math.exp(t)) / t;
}
