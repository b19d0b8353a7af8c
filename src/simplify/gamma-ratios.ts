// A product's gamma functions whose arguments differ by a small integer, written through the
// recurrence Γ(u + 1) = u·Γ(u) (rules/gamma.ts, `gamma-ratio`): Γ(x + 1)/Γ(x) = x, and
// (y + 1)·Γ(y + 1)/Γ(y + 2) = 1. product.ts keeps the result only where it prints smaller.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { MAX_GAMMA_SHIFT } from './rules/gamma.js';

/** Gamma functions in one product past which no pair is looked for (each pair costs a canonical sum). */
const MAX_GAMMA_FACTORS = 32;

/** Γ(u)^q as u and q (an integer), for a factor that is one; else undefined. */
function gammaPower(f: Expr): { u: Expr; q: number } | undefined {
  const base = f.kind === 'pow' ? f.args[0] : f;
  if (base.kind !== 'call' || base.fn !== 'gamma' || base.args.length !== 1) return undefined;
  if (f.kind !== 'pow') return { u: base.args[0] as Expr, q: 1 };
  const q = f.args[1];
  return q.kind === 'num' && q.exact !== null && q.exact.den === 1n ? { u: base.args[0] as Expr, q: q.value } : undefined;
}

/**
 * The factors with one pair Γ(w + n)^q, Γ(w)^-q replaced by (w·(w + 1)·…·(w + n - 1))^q; undefined
 * where there is no such pair. One pair per call: the product made from the result is canonicalised
 * again, which takes the next.
 */
export function gammaRatios(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold fewer than two gamma functions: settled before anything is built.
  let count = 0;
  for (const f of factors) if (gammaPower(f) !== undefined) count++;
  // Pairs are compared each with each: a product of hundreds of gamma functions is left as it is.
  if (count < 2 || count > MAX_GAMMA_FACTORS) return undefined;
  for (let i = 0; i < factors.length; i++) {
    const upper = gammaPower(factors[i] as Expr);
    if (upper === undefined) continue;
    for (let j = 0; j < factors.length; j++) {
      const lower = j === i ? undefined : gammaPower(factors[j] as Expr);
      if (lower === undefined || lower.q !== -upper.q) continue;
      const n = c.sum([upper.u, c.negate(lower.u)]);
      if (n.kind !== 'num' || n.exact === null || n.exact.den !== 1n || n.value < 1 || n.value > MAX_GAMMA_SHIFT) continue;
      const rest = factors.filter((_, k) => k !== i && k !== j);
      const exponent = c.num({ num: BigInt(upper.q), den: 1n });
      for (let k = 0; k < n.value; k++) rest.push(c.power(c.sum([lower.u, c.num({ num: BigInt(k), den: 1n })]), exponent));
      return rest;
    }
  }
  return undefined;
}

/**
 * The factors with one pair Γ(w)^q, (w - 1)^-q replaced by Γ(w - 1)^q (Γ(p + 1)/p = Γ(p)), or one pair
 * Γ(w)^q, w^q by Γ(w + 1)^q ((x + 1/a)·Γ(x + 1/a) = Γ(x + 1/a + 1)), for q = ±1; undefined where
 * there is no such pair. As for gammaRatios, one pair per call.
 */
export function gammaAbsorbed(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold no gamma function: settled before anything is built.
  let count = 0;
  for (const f of factors) if (gammaPower(f) !== undefined) count++;
  if (count === 0 || count > MAX_GAMMA_FACTORS || factors.length < 2) return undefined;
  for (let i = 0; i < factors.length; i++) {
    const gamma = gammaPower(factors[i] as Expr);
    if (gamma === undefined || (gamma.q !== 1 && gamma.q !== -1)) continue;
    const below = c.sum([gamma.u, c.minusOne]);
    for (let j = 0; j < factors.length; j++) {
      if (j === i) continue;
      const { base, s } = unitPower(factors[j] as Expr);
      const shift = base === below && s === -gamma.q ? -1 : base === gamma.u && s === gamma.q ? 1 : 0;
      if (shift === 0) continue;
      const rest = factors.filter((_, k) => k !== i && k !== j);
      const argument = shift < 0 ? below : c.sum([gamma.u, c.one]);
      rest.push(c.power(c.call('gamma', [argument]), c.num({ num: BigInt(gamma.q), den: 1n })));
      return rest;
    }
  }
  return undefined;
}

/** A factor as base^s with s = ±1 (s = 0 for any other power). */
function unitPower(f: Expr): { base: Expr; s: number } {
  if (f.kind !== 'pow') return { base: f, s: 1 };
  const s = f.args[1];
  return s.kind === 'num' && s.exact !== null && s.exact.den === 1n && (s.value === 1 || s.value === -1)
    ? { base: f.args[0], s: s.value } : { base: f, s: 0 };
}
