// Laurent polynomials over exact rationals: sums of c·k0^e0·k1^e1·… where the powers may be negative,
// so 1/x and x^(1/2)^(-3) are monomials and d/dx never leaves the ring (src/poly's polynomials keep
// powers non-negative, for GCDs). Terms are summed by their exponents (Accumulator), so like terms
// meet as they are added; dense exponent lists, trailing zeros dropped, as a few dozen kernels at most
// take part.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { PolynomialTooLarge, type Budget } from '../poly/budget.js';

export interface LaurentTerm {
  readonly exps: readonly number[];
  readonly coef: Rational;
}

/** Terms of distinct monomials, in the order their monomials first arose (the keys are that order). */
export type Laurent = ReadonlyMap<number, LaurentTerm>;

export const ZERO: Laurent = new Map();

/** Powers this far from 0 stop the work (the exponent arithmetic stays exact and small). */
const MAX_POWER = 0x7fff;

function checkPower(e: number): void {
  if (e < -MAX_POWER || e > MAX_POWER) throw new PolynomialTooLarge(`a power of ${e}`);
}

export function constant(c: Rational): Laurent {
  return Q.isZero(c) ? ZERO : new Map([[0, { exps: [], coef: c }]]);
}

/** k_v^power. */
export function kernelPower(v: number, power = 1): Laurent {
  checkPower(power);
  const exps = new Array<number>(v + 1).fill(0);
  exps[v] = power;
  return new Map([[0, { exps, coef: Q.ONE }]]);
}

/** A term while its sum is made: like terms arriving add into its coefficient in place. */
interface Entry {
  readonly exps: readonly number[];
  /** The coefficient is coef + small: small a safe integer, summed without bigints while it stays one. */
  coef: Rational;
  small: number;
  /** The next term whose monomial has the same hash, if any. */
  next: Entry | undefined;
}

/**
 * A sum under construction: add terms, then `done()`. Like terms meet through a hash of their powers
 * (a number, so no string is made per product), equal hashes chained and told apart by their powers.
 * Most products meet a monomial already in the sum (sin(sin(sin(sin(x))))'s tenth derivative: 2,503
 * products, 744 terms), so a product's powers are written to a scratch array, and copied to an array of
 * their own only when the monomial is new.
 */
export class Accumulator {
  private readonly byHash = new Map<number, Entry>();
  /** The terms in the order their monomials arose, which later orders and the kernels' numbering follow. */
  private readonly terms: Entry[] = [];
  private readonly scratch: number[] = [];

  constructor(private readonly budget: Budget) {}

  /** a·b·c·d where the monomials a and b multiply, the power of kernel `lowered` less one (-1: none). */
  addProduct(a: readonly number[], b: readonly number[], lowered: number, c: Rational, d: Rational): void {
    const t = this.termOf(a, b, lowered);
    t.coef = Q.addProduct(t.coef, c, d);
  }

  /**
   * a·b·k, as addProduct, for a coefficient k that is a safe integer: d/dx's coefficients mostly are,
   * and bigint arithmetic was a third of its time (each operation a call and an allocation).
   */
  addSmallProduct(a: readonly number[], b: readonly number[], lowered: number, k: number): void {
    const t = this.termOf(a, b, lowered);
    const sum = t.small + k;
    if (Number.isSafeInteger(sum)) {
      t.small = sum;
    } else {
      t.coef = Q.add(t.coef, Q.rational(BigInt(t.small)));
      t.small = k;
    }
  }

  addAll(p: Laurent, factor: Rational = Q.ONE): void {
    for (const t of p.values()) this.addProduct(t.exps, NO_POWERS, -1, t.coef, factor);
  }

  done(): Laurent {
    const out = new Map<number, LaurentTerm>();
    for (const t of this.terms) {
      const coef = t.small === 0 ? t.coef : Q.add(t.coef, Q.rational(BigInt(t.small)));
      if (!Q.isZero(coef)) out.set(out.size, { exps: t.exps, coef });
    }
    return out;
  }

  /** The term of monomial a·b (the power of `lowered` less one), made with coefficient 0 if new. */
  private termOf(a: readonly number[], b: readonly number[], lowered: number): Entry {
    const s = this.scratch;
    const width = a.length > b.length ? a.length : b.length;
    let n = 0; // without trailing zeros, so equal monomials have one hash and one length
    for (let i = 0; i < width; i++) {
      const e = (i < a.length ? (a[i] as number) : 0) + (i < b.length ? (b[i] as number) : 0) - (i === lowered ? 1 : 0);
      checkPower(e);
      s[i] = e;
      if (e !== 0) n = i + 1;
    }
    // FNV-1a over the powers, kept to 30 bits: a small integer (Smi) to V8, where a larger key is a
    // heap number made per lookup.
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ ((s[i] as number) & 0xffff), 0x01000193);
    hash &= 0x3fffffff;
    const first = this.byHash.get(hash);
    for (let t = first; t !== undefined; t = t.next) if (samePowers(t.exps, s, n)) return t;
    const entry: Entry = { exps: s.slice(0, n), coef: Q.ZERO, small: 0, next: first };
    this.byHash.set(hash, entry);
    this.terms.push(entry);
    this.budget.checkTerms(this.terms.length);
    return entry;
  }
}

/** Whether `exps` is the first n entries of `s`. */
function samePowers(exps: readonly number[], s: readonly number[], n: number): boolean {
  if (exps.length !== n) return false;
  for (let i = 0; i < n; i++) if (exps[i] !== s[i]) return false;
  return true;
}

const NO_POWERS: readonly number[] = [];

export function add(a: Laurent, b: Laurent, budget: Budget): Laurent {
  budget.charge(a.size + b.size);
  const sum = new Accumulator(budget);
  sum.addAll(a);
  sum.addAll(b);
  return sum.done();
}

export function scale(a: Laurent, c: Rational, budget: Budget): Laurent {
  const out = new Accumulator(budget);
  out.addAll(a, c);
  return out.done();
}

export function mul(a: Laurent, b: Laurent, budget: Budget): Laurent {
  budget.charge(a.size * b.size);
  const out = new Accumulator(budget);
  for (const x of a.values()) for (const y of b.values()) out.addProduct(x.exps, y.exps, -1, x.coef, y.coef);
  return out.done();
}

export function pow(a: Laurent, k: number, budget: Budget): Laurent {
  let result = constant(Q.ONE);
  let square = a;
  for (let n = k; n > 0; n >>= 1) {
    if (n & 1) result = mul(result, square, budget);
    if (n > 1) square = mul(square, square, budget);
  }
  return result;
}

/** The only term of a one-term polynomial, else undefined. */
export function singleTerm(a: Laurent): LaurentTerm | undefined {
  if (a.size !== 1) return undefined;
  return a.values().next().value as LaurentTerm;
}

/** The number a constant polynomial is (0 for the zero polynomial), else undefined. */
export function constantValue(a: Laurent): Rational | undefined {
  if (a.size === 0) return Q.ZERO;
  const t = singleTerm(a);
  return t !== undefined && t.exps.length === 0 ? t.coef : undefined;
}

/** 1/(c·m) for a one-term polynomial: the inverse coefficient and negated powers; else undefined. */
export function monomialInverse(a: Laurent): Laurent | undefined {
  const t = singleTerm(a);
  const inverse = t && Q.inverse(t.coef);
  if (t === undefined || inverse === undefined) return undefined;
  const exps = t.exps.map((e) => -e);
  exps.forEach(checkPower);
  return new Map([[0, { exps, coef: inverse }]]);
}
