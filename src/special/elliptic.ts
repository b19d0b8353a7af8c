// The elliptic integrals in SymPy's (and mpmath's, DLMF 19.2.4-5's) notation, parameter m = k²:
//   F(φ|m) = ∫₀^φ dθ/√(1 - m sin²θ),  E(φ|m) = ∫₀^φ √(1 - m sin²θ) dθ,  K(m) = F(π/2|m),  E(m) = E(π/2|m).
// Our own code from Carlson's R_F and R_D (carlson.ts; stdlib's ellipk loses 9 digits at m = -1e10):
//   F(φ|m) = sin φ·R_F(cos²φ, Δ², 1),  E(φ|m) = F(φ|m) - (m/3) sin³φ·R_D(cos²φ, Δ², 1),  Δ² = 1 - m sin²φ
// (DLMF 19.25.5, 19.25.9) for |φ| ≤ π/2, and F(φ + jπ|m) = F(φ|m) + 2j·K(m), likewise E (DLMF 19.2.10).
// Real domain: m ≤ 1 for every φ; m > 1 only for |φ| ≤ π/2 with m sin²φ ≤ 1 (beyond, K(m) and the
// values are complex): NaN there, as for K and E at m > 1.

import { carlsonRD, carlsonRF } from './carlson.js';

/** K(m) = R_F(0, 1 - m, 1): +∞ at m = 1. */
export function ellipticK(m: number): number {
  if (!(m <= 1)) return NaN;
  if (m === -Infinity) return 0;
  return carlsonRF(0, 1 - m, 1);
}

/** E(m) = R_F(0, 1 - m, 1) - (m/3) R_D(0, 1 - m, 1): 1 at m = 1. */
export function ellipticE(m: number): number {
  if (!(m <= 1)) return NaN;
  if (m === 1) return 1;
  if (m === -Infinity) return Infinity;
  const y = 1 - m;
  return carlsonRF(0, y, 1) - (m / 3) * carlsonRD(0, y, 1);
}

/** F(φ|m). */
export function ellipticF(phi: number, m: number): number {
  return incomplete(phi, m, ellipticK, (s, c2, d2) => s * carlsonRF(c2, d2, 1));
}

/** E(φ|m). */
export function ellipticEIncomplete(phi: number, m: number): number {
  return incomplete(phi, m, ellipticE, (s, c2, d2) => {
    // E = sin φ R_F - (m/3) sin³φ R_D; at m = 0 the second term is 0 even where R_D is large.
    const f = s * carlsonRF(c2, d2, 1);
    return m === 0 ? f : f - (m / 3) * s * s * s * carlsonRD(c2, d2, 1);
  });
}

/**
 * An incomplete integral at any φ: φ = jπ + φ₀ with |φ₀| ≤ π/2, the complete one times 2j plus the
 * reduced one, which `reduced(sin φ₀, cos²φ₀, 1 - m sin²φ₀)` gives.
 */
function incomplete(phi: number, m: number, complete: (m: number) => number,
  reduced: (s: number, c2: number, d2: number) => number): number {
  if (Number.isNaN(phi) || Number.isNaN(m) || !Number.isFinite(phi)) return NaN;
  if (phi === 0) return phi; // ±0, for any m
  const j = Math.round(phi / Math.PI);
  const phi0 = phi - j * Math.PI;
  if (j !== 0 && !(m <= 1)) return NaN;
  const s = Math.sin(phi0);
  const c = Math.cos(phi0);
  const d2 = 1 - m * s * s;
  if (d2 < 0) return NaN;
  const part = reduced(s, c * c, d2);
  return j === 0 ? part : 2 * j * complete(m) + part;
}

// The derivatives (DLMF 19.4.1-2, 19.4.4; SymPy's fdiff), with their limits at m = 0 where the
// formulas read 0/0: K'(0) = π/8, E'(0) = -π/8, ∂F/∂m(φ|0) = φ/4 - sin 2φ/8 = -∂E/∂m(φ|0).

/** K'(m) = (E(m) - (1 - m)K(m)) / (2m(1 - m)). */
export function ellipticKSlope(m: number): number {
  if (m === 0) return Math.PI / 8;
  return (ellipticE(m) - (1 - m) * ellipticK(m)) / (2 * m * (1 - m));
}

/** E'(m) = (E(m) - K(m)) / (2m). */
export function ellipticESlope(m: number): number {
  if (m === 0) return -Math.PI / 8;
  return (ellipticE(m) - ellipticK(m)) / (2 * m);
}

/** [∂F/∂φ, ∂F/∂m] at (φ, m). */
export function ellipticFSlopes(phi: number, m: number): [number, number] {
  if (Number.isNaN(ellipticF(phi, m))) return [NaN, NaN];
  const s = Math.sin(phi);
  const delta = Math.sqrt(1 - m * s * s);
  if (m === 0) return [1 / delta, phi / 4 - Math.sin(2 * phi) / 8];
  const dm = ellipticEIncomplete(phi, m) / (2 * m * (1 - m)) - ellipticF(phi, m) / (2 * m)
    - Math.sin(2 * phi) / (4 * (1 - m) * delta);
  return [1 / delta, dm];
}

/** [∂E/∂φ, ∂E/∂m] at (φ, m). */
export function ellipticESlopes(phi: number, m: number): [number, number] {
  if (Number.isNaN(ellipticF(phi, m))) return [NaN, NaN];
  const s = Math.sin(phi);
  const delta = Math.sqrt(1 - m * s * s);
  if (m === 0) return [delta, Math.sin(2 * phi) / 8 - phi / 4];
  return [delta, (ellipticEIncomplete(phi, m) - ellipticF(phi, m)) / (2 * m)];
}
