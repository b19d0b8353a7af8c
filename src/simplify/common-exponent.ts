// Powers of one exponent made one power (rules/common-exponent.ts, `common-exponent`): p^x·q^x =
// (p·q)^x, p^u/q^u = (p/q)^u, 2^x·exp(x) = (2e)^x. product.ts keeps the result only where it prints
// smaller. Only exponents u and -u meet: a^u·b^(ku) = (a·b^k)^u fails on the reals for k even
// (x^(2u)·y^(2u) at u = 1/2, x = -1, y = 1 is -1, (x²y²)^(1/2) is 1), and only symbolic exponents:
// numeric ones are the numeric radicals' (√2·√6 = 2√3) and the plain product's.
//
// a^u·b^u = (a·b)^u wherever the left side is defined: for u an integer it holds for all real a, b;
// otherwise a^u and b^u are real only for a, b >= 0, where it holds too.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';

const symbolicPower = (f: Expr): f is Extract<Expr, { kind: 'pow' }> => f.kind === 'pow' && f.args[1].kind !== 'num';

/**
 * The factors with the powers of the first exponent u met twice or more (as u or -u) made one power
 * of the product of their bases; undefined where no exponent is met twice.
 */
export function commonExponent(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products have fewer than two powers with a symbolic exponent: settled before anything is built.
  let symbolic = 0;
  for (const f of factors) if (symbolicPower(f)) symbolic++;
  if (symbolic < 2) return undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (!symbolicPower(f)) continue;
    // Of u and -u, the one that prints without a minus sign is the power's: (p/q)^x, not 1/(q/p)^x.
    // Canonical nodes are shared, so each is one identity and the exponents are compared by it.
    const [u, minusU] = c.pretty(f.args[1]).negative ? [c.negate(f.args[1]), f.args[1]] : [f.args[1], c.negate(f.args[1])];
    const plain: Expr[] = [];
    const inverted: Expr[] = [];
    const met = new Set<number>();
    for (let j = i; j < factors.length; j++) {
      const g = factors[j] as Expr;
      if (!symbolicPower(g)) continue;
      if (g.args[1] === u) plain.push(g.args[0]);
      else if (g.args[1] === minusU) inverted.push(g.args[0]);
      else continue;
      met.add(j);
    }
    if (met.size < 2) continue;
    // All bases divided by: 1/(p·q)^x, not (1/(p·q))^x.
    const power = plain.length === 0 ? c.power(c.product(inverted), minusU)
      : c.power(c.product([...plain, ...inverted.map((b) => c.reciprocal(b))]), u);
    return [...factors.filter((_, j) => !met.has(j)), power];
  }
  return undefined;
}

/** A power with a number other than an integer as its exponent. */
const radicalPower = (f: Expr): f is Extract<Expr, { kind: 'pow' }> =>
  f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].exact !== null && f.args[1].exact.den !== 1n;

/**
 * The factors with two powers of one numeric exponent r (or r and -r) made one where their bases'
 * product (or quotient) is a number, sqrt(k/m)·sqrt(m/k) = 1, sqrt(2x)/sqrt(x) = sqrt(2), or where
 * both bases are monomials in numbers, π and e (one not a number: two numbers are the numeric
 * radicals'): sqrt(2)/sqrt(pi) = sqrt(2/pi). Only then: sqrt(x)·sqrt(y) = sqrt(x·y) in general made 1,807
 * results 137 operators larger. Undefined where no pair meets.
 */
export function commonRadical(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  let radicals = 0;
  for (const f of factors) if (radicalPower(f)) radicals++;
  if (radicals < 2) return undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (!radicalPower(f)) continue;
    for (let j = i + 1; j < factors.length; j++) {
      const g = factors[j] as Expr;
      if (!radicalPower(g)) continue;
      const [a, b] = [f.args[0], g.args[0]];
      if (a.kind === 'num' && b.kind === 'num') continue;
      const constants = isPositiveConstant(c, a) && isPositiveConstant(c, b);
      const r = f.args[1];
      const same = g.args[1] === r;
      if (!same && g.args[1] !== c.negate(r)) continue;
      const base = c.product([a, same ? b : c.reciprocal(b)]);
      if (base.kind !== 'num' && !constants) continue;
      return [...factors.filter((_, k) => k !== i && k !== j), c.power(base, r)];
    }
  }
  return undefined;
}

/**
 * A positive monomial in numbers, π and e (2, π, 2π, π²), where a^r·b^r = (a·b)^r holds. Not a sum of
 * radicals: √5·√(√3 + 1) made one hid the radical the terms of a nested root share (SymPy's
 * sympy-408 went 27 → 45 operators).
 */
const isPositiveConstant = (c: Canon, e: Expr): boolean => {
  const value = c.valueOf(e);
  return value !== undefined && Number.isFinite(value) && value > 0 && monomialOfConstants(e);
};
const monomialOfConstants = (e: Expr): boolean =>
  e.kind === 'num' || e.kind === 'const' || (e.kind === 'pow' && e.args[1].kind === 'num' && monomialOfConstants(e.args[0])) ||
  (e.kind === 'mul' && e.args.every(monomialOfConstants));
