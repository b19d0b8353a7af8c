// Laurent polynomials over exact rationals: sums of c·k0^e0·k1^e1·… where the powers may be negative,
// so 1/x and x^(1/2)^(-3) are monomials and d/dx never leaves the ring (src/poly's polynomials keep
// powers non-negative, for GCDs). Terms live in a map by their exponents, so like terms meet as they
// are added; dense exponent lists, trailing zeros dropped, as a few dozen kernels at most take part.

import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { PolynomialTooLarge, type Budget } from '../poly/budget.js';

export interface LaurentTerm {
  readonly exps: readonly number[];
  readonly coef: Rational;
}

export type Laurent = ReadonlyMap<string, LaurentTerm>;

export const ZERO: Laurent = new Map();

/**
 * A string naming the monomial of the first `n` powers: one UTF-16 unit per power, made in one call
 * (built a unit at a time, each unit past Latin-1 is a string of its own: d/dx took twice as long).
 */
function keyOf(exps: readonly number[], n = exps.length): string {
  const units = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const e = exps[i] as number;
    if (e <= -0x8000 || e >= 0x8000) throw new PolynomialTooLarge(`a power of ${e}`);
    units[i] = e + 0x8000;
  }
  return String.fromCharCode.apply(null, units);
}

export function constant(c: Rational): Laurent {
  return Q.isZero(c) ? ZERO : new Map([['', { exps: [], coef: c }]]);
}

/** k_v^power. */
export function kernelPower(v: number, power = 1): Laurent {
  const exps = new Array<number>(v + 1).fill(0);
  exps[v] = power;
  return new Map([[keyOf(exps), { exps, coef: Q.ONE }]]);
}

/** A term while its sum is made: like terms arriving add into its coefficient in place. */
interface Entry {
  readonly exps: readonly number[];
  coef: Rational;
}

/** A sum under construction: add terms, then `done()`. */
export class Accumulator {
  private readonly terms = new Map<string, Entry>();
  /**
   * The powers of the term being added. Most products meet a monomial already in the sum (sin(sin(sin(
   * sin(x)))))'s tenth derivative: 2,503 products, 744 terms), so a term's powers are keyed here and
   * copied to an array of their own only when the monomial is new.
   */
  private readonly scratch: number[] = [];

  constructor(private readonly budget: Budget) {}

  add(exps: readonly number[], coef: Rational): void {
    this.addProduct(exps, NO_POWERS, -1, coef, Q.ONE);
  }

  /** a·b·c·d where the monomials a and b multiply, the power of kernel `lowered` less one (-1: none). */
  addProduct(a: readonly number[], b: readonly number[], lowered: number, c: Rational, d: Rational): void {
    const s = this.scratch;
    const width = a.length > b.length ? a.length : b.length;
    let n = 0; // without trailing zeros, so equal monomials have one key
    for (let i = 0; i < width; i++) {
      const e = (i < a.length ? (a[i] as number) : 0) + (i < b.length ? (b[i] as number) : 0) - (i === lowered ? 1 : 0);
      s[i] = e;
      if (e !== 0) n = i + 1;
    }
    const key = keyOf(s, n);
    const old = this.terms.get(key);
    if (old === undefined) {
      this.terms.set(key, { exps: s.slice(0, n), coef: Q.mul(c, d) });
      this.budget.checkTerms(this.terms.size);
    } else {
      old.coef = Q.addProduct(old.coef, c, d);
    }
  }

  addAll(p: Laurent, factor: Rational = Q.ONE): void {
    for (const t of p.values()) this.addProduct(t.exps, NO_POWERS, -1, t.coef, factor);
  }

  done(): Laurent {
    for (const [key, t] of this.terms) if (Q.isZero(t.coef)) this.terms.delete(key);
    return this.terms;
  }
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
  return new Map([[keyOf(exps), { exps, coef: inverse }]]);
}
