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

/** A string naming the monomial: one UTF-16 unit per power (the string is made in one call). */
function keyOf(exps: readonly number[]): string {
  const units = exps.map((e) => {
    if (e <= -0x8000 || e >= 0x8000) throw new PolynomialTooLarge(`a power of ${e}`);
    return e + 0x8000;
  });
  return String.fromCharCode(...units);
}

/** Exponents without trailing zeros, so equal monomials have one key. */
function trimmed(exps: number[]): number[] {
  let n = exps.length;
  while (n > 0 && exps[n - 1] === 0) n--;
  return n === exps.length ? exps : exps.slice(0, n);
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

/** A sum under construction: add terms, then `done()`. */
export class Accumulator {
  private readonly terms = new Map<string, LaurentTerm>();

  constructor(private readonly budget: Budget) {}

  add(exps: number[], coef: Rational): void {
    const t = trimmed(exps);
    const key = keyOf(t);
    const old = this.terms.get(key);
    if (old === undefined) {
      this.terms.set(key, { exps: t, coef });
      this.budget.checkTerms(this.terms.size);
    } else {
      this.terms.set(key, { exps: old.exps, coef: Q.add(old.coef, coef) });
    }
  }

  addAll(p: Laurent, factor: Rational = Q.ONE): void {
    for (const t of p.values()) this.add([...t.exps], Q.mul(t.coef, factor));
  }

  done(): Laurent {
    for (const [key, t] of this.terms) if (Q.isZero(t.coef)) this.terms.delete(key);
    return this.terms;
  }
}

function product(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
}

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
  for (const x of a.values()) for (const y of b.values()) out.add(product(x.exps, y.exps), Q.mul(x.coef, y.coef));
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
