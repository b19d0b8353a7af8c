// Carlson's symmetric elliptic integrals R_F(x, y, z) and R_D(x, y, z) (DLMF 19.16.1, 19.16.5) by the
// duplication algorithm and the Taylor series of DLMF 19.36.1-2 (Carlson, "Numerical computation of
// real or complex elliptic integrals", Numer. Algorithms 10, 1995). Each duplication step divides the
// spread of the arguments by 4; the fifth-order series then leaves a relative error below 1e-16 once
// Q·4^{-n} < |A_n|, Q the criterion below for TOLERANCE. For x, y, z ≥ 0 with at most one of them 0.

/** The relative error aimed at: the series' truncation error is of order TOLERANCE (DLMF 19.36.1). */
const TOLERANCE = 1e-17;
const RF_CRITERION = Math.pow(3 * TOLERANCE, -1 / 6);
const RD_CRITERION = Math.pow(TOLERANCE / 4, -1 / 6);
/** Far more steps than convergence needs (it takes ~ log₄ of the arguments' ratio plus ~10). */
const MAX_STEPS = 200;

/** R_F(x, y, z) = ½∫₀^∞ dt/√((t+x)(t+y)(t+z)): +∞ when two arguments are 0, NaN for a negative one. */
export function carlsonRF(x: number, y: number, z: number): number {
  if (!(x >= 0 && y >= 0 && z >= 0)) return NaN;
  if ((x === 0 ? 1 : 0) + (y === 0 ? 1 : 0) + (z === 0 ? 1 : 0) >= 2) return Infinity;
  const a0 = (x + y + z) / 3;
  let q = RF_CRITERION * Math.max(Math.abs(a0 - x), Math.abs(a0 - y), Math.abs(a0 - z));
  let [xn, yn, zn, a] = [x, y, z, a0];
  let power = 1; // 4^{-n}
  for (let n = 0; n < MAX_STEPS && q >= Math.abs(a); n++) {
    const [sx, sy, sz] = [Math.sqrt(xn), Math.sqrt(yn), Math.sqrt(zn)];
    const lambda = sx * sy + sx * sz + sy * sz;
    xn = (xn + lambda) / 4;
    yn = (yn + lambda) / 4;
    zn = (zn + lambda) / 4;
    a = (a + lambda) / 4;
    q /= 4;
    power /= 4;
  }
  // X = (A₀ - x)/(4ⁿ Aₙ), from the original arguments (Aₙ - xₙ would cancel).
  const X = ((a0 - x) * power) / a;
  const Y = ((a0 - y) * power) / a;
  const Z = -X - Y;
  const e2 = X * Y - Z * Z;
  const e3 = X * Y * Z;
  const series = 1 - e2 / 10 + e3 / 14 + (e2 * e2) / 24 - (3 * e2 * e3) / 44
    - (5 * e2 * e2 * e2) / 208 + (3 * e3 * e3) / 104 + (e2 * e2 * e3) / 16;
  return series / Math.sqrt(a);
}

/** R_D(x, y, z) = R_J(x, y, z, z) = (3/2)∫₀^∞ dt/(√((t+x)(t+y)) (t+z)^{3/2}): z > 0, at most one of x, y 0. */
export function carlsonRD(x: number, y: number, z: number): number {
  if (!(x >= 0 && y >= 0 && z >= 0)) return NaN;
  if (z === 0 || (x === 0 && y === 0)) return Infinity;
  const a0 = (x + y + 3 * z) / 5;
  let q = RD_CRITERION * Math.max(Math.abs(a0 - x), Math.abs(a0 - y), Math.abs(a0 - z));
  let [xn, yn, zn, a] = [x, y, z, a0];
  let sum = 0;
  let power = 1; // 4^{-n}
  for (let n = 0; n < MAX_STEPS && q >= Math.abs(a); n++) {
    const [sx, sy, sz] = [Math.sqrt(xn), Math.sqrt(yn), Math.sqrt(zn)];
    const lambda = sx * sy + sx * sz + sy * sz;
    sum += power / (sz * (zn + lambda));
    xn = (xn + lambda) / 4;
    yn = (yn + lambda) / 4;
    zn = (zn + lambda) / 4;
    a = (a + lambda) / 4;
    q /= 4;
    power /= 4;
  }
  const X = ((a0 - x) * power) / a;
  const Y = ((a0 - y) * power) / a;
  const Z = -(X + Y) / 3;
  const xy = X * Y;
  const z2 = Z * Z;
  const e2 = xy - 6 * z2;
  const e3 = (3 * xy - 8 * z2) * Z;
  const e4 = 3 * (xy - z2) * z2;
  const e5 = xy * z2 * Z;
  const series = 1 - (3 * e2) / 14 + e3 / 6 + (9 * e2 * e2) / 88 - (3 * e4) / 22 - (9 * e2 * e3) / 52 + (3 * e5) / 26;
  return power * series / (a * Math.sqrt(a)) + 3 * sum;
}
