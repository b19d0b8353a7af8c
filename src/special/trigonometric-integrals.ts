// The sine and cosine integrals Si(x) = ∫₀ˣ sin t/t dt and Ci(x) = γ + ln x + ∫₀ˣ (cos t - 1)/t dt
// (DLMF 6.2.9, 6.2.13), from stdlib's port of Cephes sici.c (power series below 4, rational
// approximations of the auxiliary functions f and g above; absolute error about 1e-16).

import { sici } from './stdlib.js';

/** Si(x), odd. */
export function Si(x: number): number {
  return sici(x)[0] as number;
}

/** Ci(x): real for x > 0, -∞ at 0, NaN below (complex there: Ci(-x) = Ci(x) + iπ). */
export function Ci(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  return sici(x)[1] as number;
}
