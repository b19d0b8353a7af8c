// The polylogarithm Li_n(x) = Σ_{k≥1} x^k/k^n (DLMF 25.12.10) for integer orders n ≥ 0 and real x:
// Li₀(x) = x/(1 - x) and Li₁(x) = -ln(1 - x) everywhere they are real; for n ≥ 2, x ≤ 1 (complex
// beyond: NaN), Li_n(1) = ζ(n). Our own code, no well-kept package having it:
//   |x| ≤ 1/2, or n > DIRECT_ORDER and |x| ≤ 1: the defining series (terms at most 2^{-k}, or k^{-n});
//   1/2 < x < 1: the series in μ = ln x (DLMF 25.12.12), converging like (|μ|/2π)^k, |μ| < ln 2:
//     Li_n(e^μ) = μ^{n-1}/(n-1)!·(H_{n-1} - ln(-μ)) + Σ_{k≥0, k≠n-1} ζ(n-k) μ^k/k!;
//   -1 ≤ x < -1/2: the duplication Li_n(-y) = 2^{1-n} Li_n(y²) - Li_n(y) (the even terms of the
//     series), y = -x, both arguments now in (1/4, 1];
//   x < -1: the inversion (from DLMF 25.12.13, t = ln(-x) > 0):
//     Li_n(x) = -(-1)^n Li_n(1/x) - 2 Σ_{0≤2j≤n} η(2j) t^{n-2j}/(n-2j)!,  η(0) = 1/2.
// ζ at the integers from the alternating series η(s) = (1 - 2^{1-s}) ζ(s) accelerated by Borwein's
// algorithm 2 (error below 3/(3+√8)^N, N = 24: 1e-18), and ζ(1 - 2j) = (-1)^j 2 (2j-1)! ζ(2j)/(2π)^{2j}
// (the functional equation, DLMF 25.4.2, in place of a table of Bernoulli numbers), ζ(-2j) = 0.

const EPSILON = Number.EPSILON / 4;
/** Above this order the defining series converges fast for every x ≤ 1: 20^{-13} < 1e-17. */
const DIRECT_ORDER = 12;
/** Terms of Borwein's sum. */
const BORWEIN_TERMS = 24;

/** Li_n(x) for an integer n ≥ 0 (NaN for any other n). */
export function polylog(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 0 || Number.isNaN(x)) return NaN;
  if (n === 0) return x / (1 - x);
  if (n === 1) return x === -Infinity ? -Infinity : -Math.log1p(-x);
  if (x > 1) return NaN;
  if (x === 1) return zeta(n);
  if (x === -Infinity) return -Infinity;
  if (Math.abs(x) <= 0.5 || (n > DIRECT_ORDER && x >= -1)) return definingSeries(n, x);
  if (x > 0) return logarithmSeries(n, Math.log(x));
  if (x >= -1) return Math.pow(2, 1 - n) * polylog(n, x * x) - polylog(n, -x);
  return inversion(n, x);
}

/** Σ x^k/k^n, for |x| ≤ 1/2, or |x| ≤ 1 with n large. */
function definingSeries(n: number, x: number): number {
  let sum = 0;
  let power = 1;
  for (let k = 1; k < 10000; k++) {
    power *= x;
    const term = power / Math.pow(k, n);
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** Li_n(e^μ) for μ < 0 (|μ| < 2π), n ≥ 2. */
function logarithmSeries(n: number, mu: number): number {
  let sum = 0;
  let power = 1; // μ^k/k!
  let small = 0; // consecutive negligible terms: ζ(n-k) is 0 at every other negative even n-k
  for (let k = 0; k < 200; k++) {
    if (k > 0) power *= mu / k;
    const term = k === n - 1 ? power * (harmonic(n - 1) - Math.log(-mu)) : power * zeta(n - k);
    sum += term;
    small = Math.abs(term) <= Math.abs(sum) * EPSILON ? small + 1 : 0;
    if (small >= 2 && k > n) break;
  }
  return sum;
}

/** Li_n(x) for x < -1, from Li_n(1/x). */
function inversion(n: number, x: number): number {
  const t = Math.log(-x);
  let polynomial = 0;
  let power = n % 2 === 0 ? 1 : t; // t^{n-2j}/(n-2j)!, from j = ⌊n/2⌋ down
  for (let j = Math.floor(n / 2); j >= 0; j--) {
    polynomial += eta(2 * j) * power;
    const k = n - 2 * j; // next power: t^{k+2}/(k+2)!
    power *= (t * t) / ((k + 1) * (k + 2));
  }
  const sign = n % 2 === 0 ? -1 : 1;
  return sign * polylog(n, 1 / x) - 2 * polynomial;
}

/** H_k = 1 + 1/2 + … + 1/k. */
function harmonic(k: number): number {
  let h = 0;
  for (let i = k; i >= 1; i--) h += 1 / i;
  return h;
}

/** η(s) = Σ (-1)^{k-1}/k^s at an integer s ≥ 0 (η(0) = 1/2 by Abel summation, DLMF 25.2.3). */
function eta(s: number): number {
  if (s === 0) return 0.5;
  if (s === 1) return Math.LN2;
  return (1 - Math.pow(2, 1 - s)) * zeta(s);
}

const ZETA = new Map<number, number>();

/** ζ(s) at an integer s ≠ 1 (memoised: orders are few). */
export function zeta(s: number): number {
  let z = ZETA.get(s);
  if (z === undefined) ZETA.set(s, (z = zetaAtInteger(s)));
  return z;
}

function zetaAtInteger(s: number): number {
  if (s === 0) return -0.5;
  if (s < 0) {
    if (s % 2 === 0) return 0;
    // ζ(1 - 2j) = (-1)^j 2 (2j-1)! ζ(2j) / (2π)^{2j}
    const j = (1 - s) / 2;
    let factor = 2 * zeta(2 * j);
    for (let i = 1; i <= 2 * j - 1; i++) factor *= i / (2 * Math.PI);
    factor /= 2 * Math.PI;
    return j % 2 === 0 ? factor : -factor;
  }
  if (s > 60) return 1; // 2^{-61} < ε/4
  return borweinEta(s) / (1 - Math.pow(2, 1 - s));
}

/** Borwein's d_k = N Σ_{i≤k} (N+i-1)! 4^i / ((N-i)! (2i)!), fixed for N terms. */
const D = ((): number[] => {
  const N = BORWEIN_TERMS;
  const d: number[] = [];
  let term = 1 / N; // the i = 0 term: (N-1)!/N! = 1/N
  let sum = term;
  d.push(N * sum);
  for (let i = 1; i <= N; i++) {
    term *= ((N + i - 1) * 4 * (N - i + 1)) / ((2 * i - 1) * (2 * i));
    sum += term;
    d.push(N * sum);
  }
  return d;
})();

/** η(s) = -(1/d_N) Σ_{k<N} (-1)^k (d_k - d_N)/(k+1)^s. */
function borweinEta(s: number): number {
  const N = BORWEIN_TERMS;
  const dN = D[N] as number;
  let sum = 0;
  for (let k = 0; k < N; k++) sum += ((k % 2 === 0 ? 1 : -1) * ((D[k] as number) - dN)) / Math.pow(k + 1, s);
  return -sum / dN;
}
