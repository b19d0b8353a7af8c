// Square roots of numbers (rules/power.ts and product.ts): √12 = 2·√3 (the square factor taken out),
// √2·√6 = 2·√3 (square roots of a product's numbers made one), and a reciprocal of a two-term sum of
// square roots made rational (`rationalize-denominator`): 1/(√2 + 1) = √2 - 1, as SymPy's radsimp.

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
import { MAX_RADICAND_FACTORED } from './limits.js';

/** n = k²·m with m square-free, for a positive integer n up to the limit; undefined past it. */
export function squareOut(n: bigint): [k: bigint, m: bigint] | undefined {
  if (n <= 0n || n > MAX_RADICAND_FACTORED) return undefined;
  let k = 1n;
  let m = 1n;
  let rest = n;
  for (let p = 2n; p * p <= rest; p += p === 2n ? 1n : 2n) {
    let e = 0n;
    while (rest % p === 0n) {
      rest /= p;
      e++;
    }
    k *= p ** (e / 2n);
    if (e % 2n === 1n) m *= p;
  }
  return [k, m * rest];
}

/** The integer under a square root, and whether it is divided by (n^(1/2) or n^(-1/2)); else undefined. */
function numericRoot(f: Expr): { n: bigint; inverse: boolean } | undefined {
  if (f.kind !== 'pow') return undefined;
  const [base, exponent] = f.args;
  if (base.kind !== 'num' || base.exact === null || base.exact.den !== 1n || base.exact.num <= 0n) return undefined;
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 2n) return undefined;
  const e = exponent.exact.num;
  return e === 1n || e === -1n ? { n: base.exact.num, inverse: e === -1n } : undefined;
}

/**
 * The square roots among a product's factors made one: √a·√b = √(a·b), √a/√b = √(a·b)/b, for positive
 * integers (both sides are real and positive). The factors, with them replaced; undefined for fewer than two.
 */
export function mergedRoots(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Every product comes here, and almost none has two roots of numbers: counted before any list is made.
  let count = 0;
  for (let i = 0; i < factors.length && count < 2; i++) if (numericRoot(factors[i] as Expr) !== undefined) count++;
  if (count < 2) return undefined;
  const roots = factors.map(numericRoot);
  if (roots.filter((r) => r !== undefined).length < 2) return undefined;
  let r: Rational = Q.ONE;
  for (const root of roots) if (root !== undefined) r = Q.mul(r, root.inverse ? Q.rational(1n, root.n) : Q.rational(root.n));
  // √(a/b) = √(a·b)/b: one root of an integer.
  const merged = [c.num(Q.rational(1n, r.den)), c.power(c.num(Q.rational(r.num * r.den)), c.half)];
  return [...factors.filter((_, i) => roots[i] === undefined), ...merged];
}

/**
 * r/√n = (r/n)·√n where n divides r's numerator: 2/√2 is √2, 6·x/√2 is 3·√2·x (never larger: the
 * quotient loses its bar, the number stays or goes). The factors with the root moved, the number first;
 * undefined where no divisor of the number is found.
 */
export function rootOutOfNumber(c: Canon, r: Num, factors: readonly Expr[]): Expr[] | undefined {
  if (r.exact === null || r.exact.num === 0n) return undefined;
  const q = r.exact;
  for (let i = 0; i < factors.length; i++) {
    const root = numericRoot(factors[i] as Expr);
    if (root === undefined || !root.inverse || q.num % root.n !== 0n) continue;
    const moved = c.power(c.num(Q.rational(root.n)), c.half);
    return [c.num(Q.rational(q.num / root.n, q.den)), ...factors.slice(0, i), moved, ...factors.slice(i + 1)];
  }
  return undefined;
}

/** A term of a sum of square roots: r·√m (m = 1 for a rational r). */
function radicalTerm(t: Expr): { r: Rational; m: bigint } | undefined {
  if (t.kind === 'num') return t.exact === null ? undefined : { r: t.exact, m: 1n };
  const [first, second] = t.kind === 'mul' && t.args.length === 2 ? t.args : [undefined, t];
  const r = first === undefined ? Q.ONE : first.kind === 'num' && first.exact !== null ? first.exact : undefined;
  const root = second === undefined ? undefined : numericRoot(second);
  return r === undefined || root === undefined || root.inverse ? undefined : { r, m: root.n };
}

/**
 * 1/(a + b·√m) or 1/(a·√n + b·√m) times the rest, as (a - b·√m)·rest/(a² - b²·m): the factor
 * S^-1 of a two-term sum of square roots with its conjugate S' written over the rational S·S'.
 * Undefined where the product has no such factor.
 */
export function rationalized(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  const i = factors.findIndex((f) => conjugateOf(c, f) !== undefined);
  if (i < 0) return undefined;
  const { conjugate, norm } = conjugateOf(c, factors[i] as Expr) as { conjugate: Expr; norm: Num };
  return [...factors.filter((_, j) => j !== i), conjugate, c.power(norm, c.minusOne)];
}

function conjugateOf(c: Canon, f: Expr): { conjugate: Expr; norm: Num } | undefined {
  if (f.kind !== 'pow' || f.args[0].kind !== 'add' || f.args[0].args.length !== 2) return undefined;
  const exponent = f.args[1];
  if (exponent.kind !== 'num' || exponent.exact === null || !Q.equal(exponent.exact, Q.MINUS_ONE)) return undefined;
  const [a, b] = f.args[0].args.map(radicalTerm);
  if (a === undefined || b === undefined || (a.m === 1n && b.m === 1n)) return undefined;
  const norm = Q.sub(Q.mul(Q.mul(a.r, a.r), Q.rational(a.m)), Q.mul(Q.mul(b.r, b.r), Q.rational(b.m)));
  if (Q.isZero(norm)) return undefined;
  const [s, t] = f.args[0].args as [Expr, Expr];
  // The radical term's sign flips (the second, where both are radicals); the conjugate's rational
  // content goes into the norm, so 1/(4 + 4√3) is (√3 - 1)/8, not (4√3 - 4)/32.
  const k = content(a.r, b.r);
  const scaled = (e: Expr, sign: bigint): Expr => c.product([c.num(Q.rational(sign * k.den, k.num)), e]);
  const flipped = b.m !== 1n ? [scaled(s, 1n), scaled(t, -1n)] : [scaled(s, -1n), scaled(t, 1n)];
  return { conjugate: c.sum(flipped), norm: c.num(Q.mul(norm, Q.rational(k.den, k.num))) };
}

/** gcd of the numerators over lcm of the denominators of two non-zero rationals: a positive rational. */
function content(a: Rational, b: Rational): Rational {
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : gcd(y, x % y));
  const den = (a.den / gcd(a.den, b.den)) * b.den;
  return Q.rational(gcd(a.num, b.num), den);
}

/**
 * The rational content g of a sum's terms (gcd of the numerators over lcm of the denominators of
 * their coefficients, positive), where it is a square other than 1; else undefined.
 */
export function squareContent(terms: readonly Expr[]): Rational | undefined {
  let g: Rational | undefined;
  for (const t of terms) {
    // A term with a sum among its factors would take the scale as a factor of its own, not into its coefficient.
    if (t.kind === 'mul' && t.args.some((f) => f.kind === 'add' || (f.kind === 'pow' && f.args[0].kind === 'add'))) return undefined;
    const r = t.kind === 'num' ? t.exact : t.kind === 'mul' && t.args[0]?.kind === 'num' ? t.args[0].exact : Q.ONE;
    if (r === null || r === undefined || Q.isZero(r)) return undefined;
    g = g === undefined ? Q.abs(r) : content(g, r);
  }
  if (g === undefined || Q.isOne(g)) return undefined;
  return Q.rootExact(g, 2n) !== undefined ? g : undefined;
}
