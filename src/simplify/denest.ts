// A square root of a + b·√c made a sum of two square roots (rules/power.ts, `denest-square-root`):
// √(5 + 2√6) = √2 + √3, √(3 - 2√2) = √2 - 1. Where a² - b²·c is the square of a rational d,
//   √(a + b√c) = √((a + d)/2) + sgn(b)·√((a - d)/2):
// squared, the right side is (a + d)/2 + (a - d)/2 + 2·sgn(b)·√((a² - d²)/4) = a + b√c, and both sides
// are positive, as a > d >= 0. Kept only where it prints smaller: √(2 + √3) = (√6 + √2)/2 is larger.
// The two-radical case of SymPy's sqrtdenest; nested radicals of three or more terms are left.

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';

const HALF: Rational = Q.rational(1n, 2n);

/** (a + b√c)^(p/2) as (√((a + d)/2) ± √((a - d)/2))^p, where that exists and prints smaller; else undefined. */
export function denestedRoot(c: Canon, base: Expr, exponent: Expr): Expr | undefined {
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 2n) return undefined;
  const parts = rationalPlusRoot(base);
  if (parts === undefined) return undefined;
  const { a, b, radicand } = parts;
  // a > 0: else the base is negative (|b|·√c < |a| once a² - b²c >= 0) and its root not real.
  if (Q.sign(a) <= 0) return undefined;
  const square = Q.sub(Q.mul(a, a), Q.mul(Q.mul(b, b), radicand));
  if (Q.sign(square) < 0) return undefined;
  const d = Q.rootExact(square, 2n);
  if (d === undefined) return undefined;
  const first = c.power(c.num(Q.mul(Q.add(a, d), HALF)), c.half);
  const second = c.power(c.num(Q.mul(Q.sub(a, d), HALF)), c.half);
  const root = c.sum([first, Q.sign(b) > 0 ? second : c.negate(second)]);
  const denested = c.power(root, c.num(Q.rational(exponent.exact.num)));
  return c.pretty(denested).magnitude < c.pretty(c.powerNode(base, exponent)).magnitude ? denested : undefined;
}

/** a, b and c of a sum a + b·√c (a, b rational, c a positive integer); undefined for any other node. */
function rationalPlusRoot(e: Expr): { a: Rational; b: Rational; radicand: Rational } | undefined {
  if (e.kind !== 'add' || e.args.length !== 2) return undefined;
  for (let k = 0; k < 2; k++) {
    const a = e.args[k] as Expr;
    const term = e.args[1 - k] as Expr;
    if (a.kind !== 'num' || a.exact === null) continue;
    const root = rootTerm(term);
    if (root !== undefined) return { a: a.exact, ...root };
  }
  return undefined;
}

/** b and c of b·√c, or of √c alone (b = 1). */
function rootTerm(t: Expr): { b: Rational; radicand: Rational } | undefined {
  const [coefficient, root] = t.kind === 'mul' && t.args.length === 2 ? t.args : [undefined, t];
  const b = coefficient === undefined ? Q.ONE : coefficient.kind === 'num' ? coefficient.exact : null;
  if (b === null || root === undefined || root.kind !== 'pow') return undefined;
  const [radicand, half] = root.args;
  if (radicand.kind !== 'num' || radicand.exact === null || radicand.exact.den !== 1n || radicand.exact.num <= 1n) return undefined;
  if (half.kind !== 'num' || half.exact === null || !Q.equal(half.exact, HALF)) return undefined;
  return { b, radicand: radicand.exact };
}
