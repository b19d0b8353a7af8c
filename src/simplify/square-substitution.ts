// The Pythagorean identities used the other way: a sum of terms in sin u and cos u is rewritten with
// cos²u = 1 - sin²u (rules/sum.ts), then multiplied out and collected, and kept when that is smaller
// (candidates.ts). The derivatives of exp(sin x) become polynomials in sin x (times cos x for the odd
// ones), which then nest (Horner).

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Canon } from './canon.js';
import { MAX_EXPANDED_TERMS, MIN_TERMS_FOR_SUBSTITUTION } from './limits.js';
import type { SquareSubstitution } from './rules/sum.js';
import { factorsOf, splitTerm } from './terms.js';

/** `name(u)^n` as [u, n] for an integer n ≥ 2, else undefined. */
function squaredPower(f: Expr, name: FunctionName): [Expr, bigint] | undefined {
  if (f.kind !== 'pow' || f.args[1].kind !== 'num' || f.args[1].exact === null) return undefined;
  const { num, den } = f.args[1].exact;
  const inner = f.args[0];
  return den === 1n && num >= 2n && inner.kind === 'call' && inner.fn === name && inner.args.length === 1
    ? [inner.args[0] as Expr, num] : undefined;
}

const callOf = (f: Expr, name: FunctionName): Expr | undefined => {
  const base = f.kind === 'pow' ? f.args[0] : f;
  return base.kind === 'call' && base.fn === name && base.args.length === 1 ? base.args[0] : undefined;
};

/** The factors of each term's monomial, or undefined for a sum too short to gain from a substitution. */
export function monomialsOf(c: Canon, terms: readonly Expr[]): (readonly Expr[])[] | undefined {
  if (terms.length < MIN_TERMS_FOR_SUBSTITUTION) return undefined;
  return terms.map((t) => (t.kind === 'num' ? [] : factorsOf(splitTerm(c, t).monomial as Expr)));
}

/** The sum rewritten by `s`, if it applies (the square present, and the other function of its u too). */
export function substitutedSum(c: Canon, terms: readonly Expr[], monomials: readonly (readonly Expr[])[],
  s: SquareSubstitution): Expr | undefined {
  // Loops, nothing allocated until a square is found: asked of every sum of three terms or more.
  let squares: [Expr, bigint][] | undefined;
  for (const m of monomials) {
    for (const f of m) {
      const power = squaredPower(f, s.square);
      if (power !== undefined) (squares ??= []).push(power);
    }
  }
  if (squares === undefined) return undefined;
  const others = new Set<Expr>();
  for (const m of monomials) {
    for (const f of m) {
      const u = callOf(f, s.other);
      if (u !== undefined) others.add(u);
    }
  }
  if (!squares.some(([u]) => others.has(u))) return undefined;
  // Each term multiplied out here, h(u)^n = Σ_j C(k, j)·constant^(k-j)·scale^j·other(u)^2j · h(u)^(n mod 2)
  // with k = n div 2: built through c.sum, the sum constant + scale·other(u)² would collapse back to
  // h(u)² (sum-collapses.ts) before it is multiplied out.
  const rewritten: Expr[] = [];
  for (const [i, t] of terms.entries()) {
    let expansions: Expr[][] = [[t.kind === 'num' ? t : splitTerm(c, t).coefficient]];
    for (const f of monomials[i] as Expr[]) {
      const power = squaredPower(f, s.square);
      if (power === undefined || !others.has(power[0])) {
        for (const e of expansions) e.push(f);
        continue;
      }
      const [u, n] = power;
      const parts = binomial(c, s, u, n);
      if (expansions.length * parts.length > MAX_EXPANDED_TERMS) return undefined;
      const next: Expr[][] = [];
      for (const e of expansions) for (const p of parts) next.push(e.concat(p));
      expansions = next;
    }
    rewritten.push(...expansions.map((e) => c.product(e)));
    if (rewritten.length > MAX_EXPANDED_TERMS) return undefined;
  }
  return c.sum(rewritten);
}

/** The terms of (constant + scale·other(u)²)^(n div 2) · square(u)^(n mod 2), each as its factors. */
function binomial(c: Canon, s: SquareSubstitution, u: Expr, n: bigint): Expr[][] {
  const k = n / 2n;
  const rest = c.power(c.call(s.square, [u]), c.num({ num: n % 2n, den: 1n }));
  const parts: Expr[][] = [];
  let choose = 1n;
  for (let j = 0n; j <= k; j++) {
    const coefficient = choose * BigInt(s.constant) ** (k - j) * BigInt(s.scale) ** j;
    parts.push([c.num({ num: coefficient, den: 1n }), c.power(c.call(s.other, [u]), c.num({ num: 2n * j, den: 1n })), rest]);
    choose = (choose * (k - j)) / (j + 1n);
  }
  return parts;
}
