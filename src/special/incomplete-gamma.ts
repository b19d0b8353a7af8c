// The incomplete gamma functions γ(s, x) = ∫₀ˣ t^{s-1} e^{-t} dt and Γ(s, x) = ∫ₓ^∞ t^{s-1} e^{-t} dt
// (DLMF 8.2.1-2; SymPy's lowergamma and uppergamma), γ + Γ = Γ(s). Values from stdlib's gammainc, a
// port of Boost's gamma_p/gamma_q (series, continued fraction, Temme's uniform expansion for large
// s ≈ x), called unregularized. Real domain here: s > 0 and x ≥ 0; elsewhere NaN (x < 0 gives
// complex values for non-integer s, and s ≤ 0 is beyond what stdlib computes).

import { gamma } from './gamma.js';
import { gammainc } from './stdlib.js';

const inDomain = (s: number, x: number): boolean => s > 0 && s < Infinity && x >= 0;

/** γ(s, x): 0 at x = 0, Γ(s) as x → ∞. */
export function lowergamma(s: number, x: number): number {
  if (!inDomain(s, x)) return NaN;
  return x === Infinity ? gamma(s) : gammainc(x, s, false, false);
}

/** Γ(s, x): Γ(s) at x = 0, 0 as x → ∞. */
export function uppergamma(s: number, x: number): number {
  if (!inDomain(s, x)) return NaN;
  return x === Infinity ? 0 : gammainc(x, s, false, true);
}

/**
 * The integrand x^{s-1} e^{-x}, ∂γ/∂x = -∂Γ/∂x (NaN outside the domain). Past the range of either
 * factor (x^99 overflows where e^{-800} underflows), as one exponential of the sum of logarithms.
 */
export function incompleteGammaIntegrand(s: number, x: number): number {
  if (!inDomain(s, x)) return NaN;
  if (x === Infinity) return 0;
  const power = Math.pow(x, s - 1);
  const decay = Math.exp(-x);
  if (power > 0 && power < Infinity && decay > 0) return power * decay;
  return Math.exp((s - 1) * Math.log(x) - x);
}
