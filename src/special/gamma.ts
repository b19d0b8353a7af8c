// The gamma family: Γ(x) (stdlib's port of Cephes gamma.c: a rational approximation on [2, 3] and
// Stirling's series beyond, with the reflection formula for negative x), ψ(x) = Γ'(x)/Γ(x) and
// ψ⁽ⁿ⁾(x), the n-th derivative of ψ (stdlib's ports of Boost's digamma.hpp and polygamma.hpp).

import { digamma as digammaValue, gamma as gammaValue, polygamma as polygammaValue } from './stdlib.js';

/** Γ(x): ±∞ at ±0, NaN at the negative integers (poles of either sign), overflowing past 171.6. */
export function gamma(x: number): number {
  return gammaValue(x);
}

/** ψ(x) = Γ'(x)/Γ(x): NaN at 0 and the negative integers. */
export function digamma(x: number): number {
  return digammaValue(x);
}

/** ψ⁽ⁿ⁾(x) for a non-negative integer n (NaN for any other n). */
export function polygamma(n: number, x: number): number {
  // NaN at once: stdlib's polygamma spent 20-90 ms on x = NaN, and answer checking evaluates an
  // expression outside its domain at hundreds of points (found by fuzzing: 22 s for one check).
  if (!Number.isInteger(n) || n < 0 || Number.isNaN(x)) return NaN;
  return n === 0 ? digammaValue(x) : polygammaValue(n, x);
}
