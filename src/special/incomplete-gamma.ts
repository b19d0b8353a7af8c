// The incomplete gamma functions γ(s, x) = ∫₀ˣ t^{s-1} e^{-t} dt and Γ(s, x) = ∫ₓ^∞ t^{s-1} e^{-t} dt
// (DLMF 8.2.1-2; SymPy's lowergamma and uppergamma), γ + Γ = Γ(s). For s > 0, values from stdlib's
// gammainc, a port of Boost's gamma_p/gamma_q (series, continued fraction, Temme's uniform expansion
// for large s ≈ x), called unregularized. Γ(s, x) for s ≤ 0 (integral tables meet Γ(0, x) = E₁(x) and
// Γ(-1/2, x)) is our own: for x ≥ 1 Legendre's continued fraction (DLMF 8.9.2, by Lentz's method),
// below it the recurrence Γ(s, x) = (Γ(s + 1, x) - x^s e^{-x})/s (DLMF 8.8.2) down from s + k ∈ (0, 1]
// or from E₁(x) at s = 0, where x^s e^{-x} outweighs Γ(s + 1, x) so the subtraction loses little.
// Real domain here: γ for s > 0, Γ for any finite s, both for x ≥ 0 (Γ(s, 0) = Γ(s) is infinite for s ≤ 0);
// elsewhere NaN (x < 0 gives complex values for non-integer s, and γ(s, x) for s ≤ 0 diverges).

import { E1 } from './exponential-integrals.js';
import { gamma } from './gamma.js';
import { gammainc } from './stdlib.js';

const EPSILON = Number.EPSILON / 4;
/** The continued fraction from here up; the recurrence below. */
const FRACTION_FROM = 1;
/**
 * Steps of the recurrence past which the continued fraction is used below FRACTION_FROM too: it
 * converges there as well, the faster the more negative s (its terms grow as i·(i - s)), and agrees with
 * the recurrence to 1e-13 from s = -2 at x = 0.01 to s = -5000.5 at x = 0.9999. The recurrence alone
 * ran 10^300 steps at s = -1e300, a hang.
 */
const MAX_RECURRENCE_STEPS = 1000;

const positive = (s: number, x: number): boolean => s > 0 && s < Infinity && x >= 0;

/** γ(s, x): 0 at x = 0, Γ(s) as x → ∞. */
export function lowergamma(s: number, x: number): number {
  if (!positive(s, x)) return NaN;
  return x === Infinity ? gamma(s) : gammainc(x, s, false, false);
}

/** Γ(s, x): Γ(s) at x = 0, 0 as x → ∞. */
export function uppergamma(s: number, x: number): number {
  if (!(Number.isFinite(s) && x >= 0)) return NaN; // also NaN arguments
  if (x === Infinity) return 0;
  if (s > 0) return gammainc(x, s, false, true);
  if (x === 0) return Infinity;
  if (x >= FRACTION_FROM || -s > MAX_RECURRENCE_STEPS) return legendreFraction(s, x);
  // x^s e^{-x} for x < 1: no overflow before s ≈ -700·ln(1/x)…, where the result overflows too
  const steps = Math.ceil(-s);
  let a = s + steps; // in (0, 1), or 0 for an integer s
  let value = a === 0 ? E1(x) : gammainc(x, a, false, true);
  for (let i = 0; i < steps; i++) {
    a -= 1;
    value = (value - Math.pow(x, a) * Math.exp(-x)) / a;
    if (value === Infinity) return Infinity; // x^a overflowed: the next step's ∞ - ∞ would be NaN
  }
  return value;
}

/** Γ(s, x) = e^{-x} x^s / (x + 1 - s - 1·(1 - s)/(x + 3 - s - 2·(2 - s)/(x + 5 - s - …))), x ≥ 1. */
function legendreFraction(s: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const a = -i * (i - s);
    b += 2;
    d = a * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return Math.exp(s * Math.log(x) - x) * h;
}

/** ∂γ(s, x)/∂x = x^{s-1} e^{-x} where γ is real, NaN elsewhere. */
export const lowergammaSlope = (s: number, x: number): number => (positive(s, x) ? integrand(s, x) : NaN);

/** ∂Γ(s, x)/∂x = -x^{s-1} e^{-x} where Γ is real, NaN elsewhere. */
export const uppergammaSlope = (s: number, x: number): number => (Number.isFinite(s) && x >= 0 ? -integrand(s, x) : NaN);

/**
 * x^{s-1} e^{-x} for x ≥ 0. Past the range of either factor (x^99 overflows where e^{-800}
 * underflows), as one exponential of the sum of logarithms.
 */
function integrand(s: number, x: number): number {
  if (x === Infinity) return 0;
  const power = Math.pow(x, s - 1);
  const decay = Math.exp(-x);
  if (power > 0 && power < Infinity && decay > 0) return power * decay;
  return Math.exp((s - 1) * Math.log(x) - x);
}
