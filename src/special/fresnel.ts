// The Fresnel integrals S(x) = ∫₀ˣ sin(πt²/2) dt and C(x) = ∫₀ˣ cos(πt²/2) dt (DLMF 7.2.7-8, the
// convention of SymPy's fresnels and fresnelc). Below ASYMPTOTIC_FROM, stdlib's port of Cephes
// fresnl.c (rational approximations, absolute error about 2e-16). Above, our own: Cephes rounds the
// angle πx²/2 (an error growing like x·4e-17, 4e-13 at x = 1e4) and past x = 36974 returns 1/2
// (off by 1/(πx), 9e-6 at x = 36974); we use C = 1/2 + f sin θ - g cos θ, S = 1/2 - f cos θ - g sin θ
// with the asymptotic series of the auxiliary functions f and g (DLMF 7.5.3-4, 7.12.2-3) and the
// angle θ = πx²/2 reduced exactly (halfPiSquare).

import { fresnel as fresnelPair } from './stdlib.js';
import { halfPiSquare } from './half-pi-square.js';

/** Above this |x|, the asymptotic series: their smallest term is below 1e-40 there. */
const ASYMPTOTIC_FROM = 8;
const EPSILON = Number.EPSILON / 4;

/** S(x), odd. */
export function fresnels(x: number): number {
  const a = Math.abs(x);
  if (!(a >= ASYMPTOTIC_FROM)) return fresnelPair(x)[0] as number;
  if (a === Infinity) return Math.sign(x) / 2;
  const { sin, cos } = halfPiSquare(a);
  const { f, g } = auxiliary(a);
  const s = 0.5 - f * cos - g * sin;
  return x < 0 ? -s : s;
}

/** C(x), odd. */
export function fresnelc(x: number): number {
  const a = Math.abs(x);
  if (!(a >= ASYMPTOTIC_FROM)) return fresnelPair(x)[1] as number;
  if (a === Infinity) return Math.sign(x) / 2;
  const { sin, cos } = halfPiSquare(a);
  const { f, g } = auxiliary(a);
  const c = 0.5 + f * sin - g * cos;
  return x < 0 ? -c : c;
}

/**
 * f(z) ~ (1/(πz)) Σ (-1)^m (1·3···(4m-1)) / (πz²)^{2m} and
 * g(z) ~ (1/(π²z³)) Σ (-1)^m (1·3···(4m+1)) / (πz²)^{2m}, each summed to its smallest term.
 */
function auxiliary(z: number): { f: number; g: number } {
  const w = Math.PI * z * z;
  const w2 = w * w;
  let fTerm = 1;
  let fSum = 1;
  let gTerm = 1;
  let gSum = 1;
  for (let m = 0; m < 100; m++) {
    const fNext = (-fTerm * (4 * m + 1) * (4 * m + 3)) / w2;
    const gNext = (-gTerm * (4 * m + 3) * (4 * m + 5)) / w2;
    if (Math.abs(gNext) >= Math.abs(gTerm) || Math.abs(gNext) <= EPSILON) break;
    fTerm = fNext;
    gTerm = gNext;
    fSum += fTerm;
    gSum += gTerm;
  }
  return { f: fSum / (Math.PI * z), g: gSum / (Math.PI * w * z) };
}
