// The exponential integrals Ei(x) = -PV∫₋ₓ^∞ e^{-t}/t dt, E₁(x) = -Ei(-x), and the hyperbolic
// integrals Shi(x) = ∫₀ˣ sinh t/t dt, Chi(x) = γ + ln x + ∫₀ˣ (cosh t - 1)/t dt (DLMF 6.2, 6.2.15-16).
// Our own code, no well-kept package having them: the power series (DLMF 6.6.1-2, 6.6.5-6; all terms
// positive for Ei, Shi, Chi at x > 0) up to SERIES_LIMIT, the asymptotic series e^x/x·Σ k!/x^k
// (DLMF 6.12.2) beyond it, and E₁ for x > 1 by its continued fraction (DLMF 6.9.1, evaluated by
// Lentz's method as in Numerical Recipes §6.3).

import { expTimes } from './exp-of-square.js';

export const EULER_GAMMA = 0.5772156649015329;
const EPSILON = Number.EPSILON / 4;
/** Series below, asymptotic expansion above: at x = 40 its smallest term is 6e-17 relative. */
const SERIES_LIMIT = 40;

/** Ei(x): real for x ≠ 0, -∞ at 0, NaN for NaN. */
export function Ei(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === 0) return -Infinity;
  if (x < 0) return -E1(-x);
  if (x === Infinity) return Infinity;
  if (x >= SERIES_LIMIT) return eiAsymptotic(x);
  return EULER_GAMMA + Math.log(x) + positiveSeries(x, 1, 1);
}

/** E₁(x) for x > 0. */
export function E1(x: number): number {
  if (x <= 1) return -EULER_GAMMA - Math.log(x) + alternatingSeries(x);
  if (x > 745) return 0; // e^{-x} underflows
  return Math.exp(-x) * continuedFraction(x);
}

/** Shi(x), odd. */
export function Shi(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a === Infinity) return x;
  // Beyond SERIES_LIMIT, Shi = (Ei + E₁)/2 where E₁/Ei < e^{-80}.
  const magnitude = a >= SERIES_LIMIT ? eiAsymptotic(a) / 2 : x === 0 ? 0 : positiveSeries(a, 1, 2);
  return x < 0 ? -magnitude : magnitude;
}

/** Chi(x): real for x > 0, -∞ at 0, NaN below (complex there). */
export function Chi(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x >= SERIES_LIMIT) return eiAsymptotic(x) / 2; // Chi = (Ei - E₁)/2
  return EULER_GAMMA + Math.log(x) + positiveSeries(x, 2, 2);
}

/** Σ x^k / (k·k!) over k = first, first + step, …: the series part of Ei (step 1), Shi and Chi (step 2). */
function positiveSeries(x: number, first: number, step: number): number {
  let power = 1; // x^k / k!
  for (let k = 1; k <= first; k++) power *= x / k;
  let sum = power / first;
  for (let k = first + step; ; k += step) {
    for (let j = k - step + 1; j <= k; j++) power *= x / j;
    const term = power / k;
    sum += term;
    if (term <= sum * EPSILON) return sum;
  }
}

/** Σ_{k≥1} (-1)^{k+1} x^k / (k·k!), the series part of E₁ for 0 < x ≤ 1. */
function alternatingSeries(x: number): number {
  let power = 1;
  let sum = 0;
  for (let k = 1; k < 100; k++) {
    power *= -x / k;
    const term = power / k;
    sum -= term;
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** e^x/x · Σ k!/x^k, summed to its smallest term. */
function eiAsymptotic(x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 100; k++) {
    const next = (term * k) / x;
    if (next >= term || next <= sum * EPSILON) break;
    term = next;
    sum += term;
  }
  return expTimes(x, sum / x);
}

/** e^x·E₁(x) = 1/(x + 1 - 1²/(x + 3 - 2²/(x + 5 - …))), by Lentz's method. */
function continuedFraction(x: number): number {
  const tiny = 1e-300;
  let b = x + 1;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const a = -i * i;
    b += 2;
    d = 1 / (a * d + b);
    c = b + a / c;
    const delta = c * d;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return h;
}
