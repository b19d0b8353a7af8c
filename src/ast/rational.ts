// Exact rational numbers p/q over bigint, always reduced with q > 0: integers typed by the user and
// their quotients stay exact through differentiation and simplification.

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };
export const MINUS_ONE: Rational = { num: -1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('rational with zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

export const isInteger = (q: Rational): boolean => q.den === 1n;
export const isZero = (q: Rational): boolean => q.num === 0n;
export const isOne = (q: Rational): boolean => q.num === 1n && q.den === 1n;
export const sign = (q: Rational): -1 | 0 | 1 => (q.num < 0n ? -1 : q.num > 0n ? 1 : 0);
export const equal = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;

export const add = (a: Rational, b: Rational): Rational =>
  a.den === 1n && b.den === 1n ? { num: a.num + b.num, den: 1n } : rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const negate = (a: Rational): Rational => ({ num: -a.num, den: a.den });
export const sub = (a: Rational, b: Rational): Rational => add(a, negate(b));
export const mul = (a: Rational, b: Rational): Rational =>
  a.den === 1n && b.den === 1n ? { num: a.num * b.num, den: 1n } : rational(a.num * b.num, a.den * b.den);
/** acc + a·b, without the product as a number of its own where all three are integers. */
export const addProduct = (acc: Rational, a: Rational, b: Rational): Rational =>
  acc.den === 1n && a.den === 1n && b.den === 1n ? { num: acc.num + a.num * b.num, den: 1n } : add(acc, mul(a, b));
/** The integer as a JS number when it is one exactly (a safe integer), else NaN (which no arithmetic makes safe). */
export function safeInteger(a: Rational): number {
  if (a.den !== 1n) return NaN;
  const n = Number(a.num);
  return Number.isSafeInteger(n) ? n : NaN;
}
export const abs = (a: Rational): Rational => (a.num < 0n ? negate(a) : a);

/** 1/a; undefined for a = 0. */
export function inverse(a: Rational): Rational | undefined {
  return a.num === 0n ? undefined : rational(a.den, a.num);
}

export function compare(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Bits of the larger of numerator and denominator: a cheap bound on how big a number is. */
export function bitLength(a: Rational): number {
  const n = a.num < 0n ? -a.num : a.num;
  const big = n > a.den ? n : a.den;
  // Most numbers fit 32 bits: counted there without a string (budgets ask this of every coefficient).
  if (big < TWO_TO_32) return 32 - Math.clz32(Number(big));
  return big.toString(2).length;
}

const TWO_TO_32 = 1n << 32n;

/**
 * a^k for an integer k, exactly; undefined for 0^negative and when the result would pass `maxBits`
 * (so `2^(2^30)` is left as written rather than exhausting memory).
 */
export function powInteger(a: Rational, k: bigint, maxBits = 4096): Rational | undefined {
  if (k < 0n) {
    const inv = inverse(a);
    return inv === undefined ? undefined : powInteger(inv, -k, maxBits);
  }
  if (k === 0n) return ONE;
  const bits = bitLength(a);
  if (bits > 1 && BigInt(bits - 1) * k > BigInt(maxBits)) return undefined;
  return { num: a.num ** k, den: a.den ** k };
}

/** The exact k-th root of a when it is rational (`sqrt(9/4) = 3/2`), else undefined. */
export function rootExact(a: Rational, k: bigint): Rational | undefined {
  if (a.num < 0n) {
    return k % 2n === 1n ? mapDefined(rootExact(negate(a), k), negate) : undefined;
  }
  const n = integerRoot(a.num, k);
  const d = integerRoot(a.den, k);
  return n === undefined || d === undefined ? undefined : { num: n, den: d };
}

/**
 * a = root^k for the largest k >= 2, where a > 0 is not 1 and its numerator and denominator are safe
 * integers (4 = 2^2, 8/27 = (2/3)^3, 1/4 = (1/2)^2); else undefined.
 */
export function perfectPower(a: Rational): { root: Rational; k: bigint } | undefined {
  if (a.num <= 0n || (a.num === 1n && a.den === 1n)) return undefined;
  if (a.num > MAX_SAFE || a.den > MAX_SAFE) return undefined;
  const largest = a.num > a.den ? a.num : a.den;
  for (let k = BigInt(largest.toString(2).length - 1); k >= 2n; k--) {
    const root = rootExact(a, k);
    if (root !== undefined) return { root, k };
  }
  return undefined;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function mapDefined<T, U>(value: T | undefined, f: (v: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}

function integerRoot(n: bigint, k: bigint): bigint | undefined {
  if (n < 2n) return n;
  const x = Number(n);
  if (x <= Number.MAX_SAFE_INTEGER) return safeIntegerRoot(x, Number(k));
  if (!Number.isFinite(x)) return undefined;
  // A floating-point guess, corrected by exact comparison.
  let r = BigInt(Math.round(Number(n) ** (1 / Number(k))));
  for (let i = 0; i < 4; i++) {
    if (r ** k === n) return r;
    r += r ** k < n ? 1n : -1n;
  }
  return undefined;
}

/**
 * integerRoot of a safe integer, in doubles: a sum's perfect-square test asks it of every coefficient,
 * and bigint powers were a sixtieth of a high derivative's time. Products are exact below 2^53, and one
 * that passes it is larger than x, so the comparison with x is exact either way.
 */
function safeIntegerRoot(x: number, k: number): bigint | undefined {
  const guess = Math.round(x ** (1 / k));
  for (let r = Math.max(guess - 1, 0); r <= guess + 1; r++) {
    let power = 1;
    for (let i = 0; i < k && power <= x; i++) power *= r;
    if (power === x) return BigInt(r);
  }
  return undefined;
}

export function toNumber(a: Rational): number {
  if (a.den === 1n) return Number(a.num);
  const value = Number(a.num) / Number(a.den);
  if (Number.isFinite(value) && value !== 0) return value;
  // Huge numerator and denominator: scale both down before dividing.
  const shift = BigInt(Math.max(bitLength(a) - 1000, 0));
  return Number(a.num >> shift) / Number(a.den >> shift);
}

/** The exact value of a finite double (every double is a dyadic rational). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError('not a finite number');
  if (Number.isInteger(x)) return { num: BigInt(x), den: 1n };
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return rational(BigInt(x), den);
}

export function toString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}
