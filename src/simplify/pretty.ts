// From canonical form back to what a person writes: `a - b` not `a + -1*b`, `x/2` not `1/2*x`,
// `1/(2*sqrt(x))` not `1/2*x^(-1/2)`, `exp(x)` not `e^x`, a positive term first where there is one.
//
// Written once over an algebra of the printed operators, and read two ways: as operator counts (the
// cost the simplifier minimises, the size of bench/ANCHORS.md), kept for every node it builds, and as
// trees (exact constructors, as the parser would build them from the text), only for the result.

import type { Expr, Num } from '../ast/expr.js';
import { exactNum } from '../ast/numbers.js';
import type { FunctionName } from '../ast/function-names.js';
import { factorOrder, termOrder } from './display-order.js';
import { sortInPlace } from './sort-in-place.js';

/** The printed operators, interpreted as counts or as trees. */
export interface Algebra<T> {
  /** Whether operand order matters (trees) or not (counts). */
  readonly ordered: boolean;
  /** A non-negative number; a fraction p/q is `div(number(p), number(q))`. */
  number(n: Num, part?: 'numerator' | 'denominator'): T;
  atom(e: Expr): T;
  neg(a: T): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  pow(a: T, b: T): T;
  call(fn: FunctionName, args: T[]): T;
}

/** The pretty form of a canonical node: a magnitude and a sign (a sum absorbs it as `-`). */
export interface Pretty<T> {
  readonly magnitude: T;
  readonly negative: boolean;
}

type Of<T> = (e: Expr) => Pretty<T>;

/** The pretty form with its sign, as a standalone expression. */
export function signed<T>(p: Pretty<T>, A: Algebra<T>): T {
  return p.negative ? A.neg(p.magnitude) : p.magnitude;
}

export function prettyOf<T>(node: Expr, of: Of<T>, A: Algebra<T>): Pretty<T> {
  switch (node.kind) {
    case 'num':
      return { magnitude: magnitudeOf(node, A), negative: node.value < 0 };
    case 'var':
    case 'const':
      return positive(A.atom(node));
    case 'call':
      return positive(A.call(node.fn, node.args.map((a) => signed(of(a), A))));
    case 'pow':
      return prettyPower(node.args[0], node.args[1], of, A);
    case 'mul':
      return prettyProduct(node.args, of, A);
    case 'add':
      return prettySum(node.args, of, A);
    case 'sub': // sub, div and neg never occur in canonical form; print them as they are
      return positive(A.sub(signed(of(node.args[0]), A), signed(of(node.args[1]), A)));
    case 'div':
      return positive(A.div(signed(of(node.args[0]), A), signed(of(node.args[1]), A)));
    case 'neg':
      return { ...of(node.args[0]), negative: !of(node.args[0]).negative };
  }
}

const positive = <T>(magnitude: T): Pretty<T> => ({ magnitude, negative: false });

/** |n|: an integer or a float, or p/q as a quotient. */
function magnitudeOf<T>(n: Num, A: Algebra<T>): T {
  if (n.exact === null || n.exact.den === 1n) return A.number(n);
  return A.div(A.number(n, 'numerator'), A.number(n, 'denominator'));
}

const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';
const isExactly = (e: Expr, num: bigint, den: bigint): boolean =>
  e.kind === 'num' && e.exact !== null && e.exact.num === num && e.exact.den === den;

/** base^|exponent|: √b for 1/2, b for 1. */
function power<T>(base: T, exponentNode: Expr, exponent: T, A: Algebra<T>): T {
  if (isExactly(exponentNode, 1n, 1n) || isExactly(exponentNode, -1n, 1n)) return base;
  if (isExactly(exponentNode, 1n, 2n) || isExactly(exponentNode, -1n, 2n)) return A.call('sqrt', [base]);
  return A.pow(base, exponent);
}

function prettyPower<T>(base: Expr, exponent: Expr, of: Of<T>, A: Algebra<T>): Pretty<T> {
  const folded = foldedIntoBase(base, exponent);
  if (folded !== undefined) {
    const x = prettyProduct(folded.exponent, of, A);
    const magnitude = A.pow(magnitudeOf(folded.base, A), x.magnitude);
    return positive(x.negative ? A.div(A.number(ONE), magnitude) : magnitude);
  }
  const x = of(exponent);
  if (isE(base)) return positive(A.call('exp', [signed(x, A)]));
  const b = signed(of(base), A);
  const magnitude = power(b, exponent, x.magnitude, A);
  return positive(x.negative ? A.div(A.number(ONE), magnitude) : magnitude);
}

/**
 * r^(p·u/q) as (r^p)^(u/q), for a number r > 0 and an integer |p| >= 2 whose power r^p has safe
 * integer parts: 2^(2x) prints as 4^x, 2^(-3x/2) as 1/8^(x/2). The canonical base is the smallest
 * (rules/power.ts, perfect-power-base), so that 4^x and 2^(2x) meet; a person writes the folded one.
 */
function foldedIntoBase(base: Expr, exponent: Expr): { base: Num; exponent: readonly Expr[] } | undefined {
  if (base.kind !== 'num' || base.exact === null || base.exact.num <= 0n || exponent.kind !== 'mul') return undefined;
  const [coefficient] = exponent.args;
  if (coefficient?.kind !== 'num' || coefficient.exact === null) return undefined;
  const p = coefficient.exact.num < 0n ? -coefficient.exact.num : coefficient.exact.num;
  if (p < 2n) return undefined;
  const num = base.exact.num ** p;
  const den = base.exact.den ** p;
  if (num > MAX_SAFE || den > MAX_SAFE) return undefined;
  const rest = exactNum({ num: coefficient.exact.num < 0n ? -1n : 1n, den: coefficient.exact.den });
  return { base: exactNum({ num, den }), exponent: [rest, ...exponent.args.slice(1)] };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const ONE: Num = exactNum({ num: 1n, den: 1n });

/**
 * `acc*f`, left-nested as the parser groups `a*b*c` (undefined: no factor yet). Numerator and
 * denominator are folded as their factors come, not gathered in lists first: this runs for every
 * product the simplifier builds, counted, and lists were a tenth of what a gradient allocated.
 */
function times<T>(acc: T | undefined, f: T, A: Algebra<T>): T {
  return acc === undefined ? f : A.mul(acc, f);
}

function prettyProduct<T>(args: readonly Expr[], of: Of<T>, A: Algebra<T>): Pretty<T> {
  let top: T | undefined;
  let bottom: T | undefined;
  const [first] = args;
  const coefficient = first?.kind === 'num' ? first : undefined;
  let negative = coefficient !== undefined && coefficient.value < 0;
  if (coefficient?.exact) { // p/q: p joins the numerator (unless 1), q the denominator
    if (coefficient.exact.num !== 1n && coefficient.exact.num !== -1n) top = A.number(coefficient, 'numerator');
    if (coefficient.exact.den !== 1n) bottom = A.number(coefficient, 'denominator');
  } else if (coefficient && Math.abs(coefficient.value) !== 1) {
    top = A.number(coefficient);
  }
  // Counted (unordered), the factors are read in place; printed, a sorted copy.
  const sorted = A.ordered ? sortInPlace(args.slice(coefficient ? 1 : 0), factorOrder) : args;
  const start = A.ordered || !coefficient ? 0 : 1;
  // A negative product prints its sign into a sum with terms of both signs, (1 - x)·y rather than
  // -(x - 1)·y, or into the base of an odd power of such a sum, (x - 1)^3 rather than -(1 - x)^3.
  let absorbing: Expr | undefined;
  if (negative) {
    for (let i = start; i < sorted.length && absorbing === undefined; i++) if (absorbs(sorted[i] as Expr, of)) absorbing = sorted[i];
  }
  if (absorbing !== undefined) negative = false;
  for (let i = start; i < sorted.length; i++) {
    const f = sorted[i] as Expr;
    // A ±1 after the first factor (share.ts writes -b·c² as (b·c²)·(-1)) is a sign, not a factor.
    if (f.kind === 'num' && Math.abs(f.value) === 1) {
      if (f.value < 0) negative = !negative;
      continue;
    }
    const isPower = f.kind === 'pow' && !isE(f.args[0]);
    const exponent = isPower ? of(f.args[1]) : undefined;
    if (isPower && exponent !== undefined && (exponent.negative || f === absorbing)) {
      const b = signed(f === absorbing ? prettySum(mixedSum(f) as readonly Expr[], of, A, true) : of(f.args[0]), A);
      const p = power(b, f.args[1], exponent.magnitude, A);
      if (exponent.negative) bottom = times(bottom, p, A);
      else top = times(top, p, A);
    } else {
      const p = f === absorbing ? prettySum(mixedSum(f) as readonly Expr[], of, A, true) : of(f);
      if (p.negative) negative = !negative;
      top = times(top, p.magnitude, A);
    }
  }
  const numerator = top ?? A.number(ONE);
  return { magnitude: bottom === undefined ? numerator : A.div(numerator, bottom), negative };
}

/** The terms of a sum, or of a sum raised to an odd integer power; else undefined. */
function mixedSum(f: Expr): readonly Expr[] | undefined {
  const odd = f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].exact !== null &&
    f.args[1].exact.den === 1n && f.args[1].exact.num % 2n !== 0n;
  const sum = odd ? f.args[0] : f;
  return sum.kind === 'add' && (odd || f.kind === 'add') ? sum.args : undefined;
}

/** Whether printing -f as a sum with its signs flipped saves the minus sign (terms of both signs). */
function absorbs<T>(f: Expr, of: Of<T>): boolean {
  const terms = mixedSum(f);
  return terms !== undefined && terms.some((t) => of(t).negative) && terms.some((t) => !of(t).negative);
}

/** The sum of `args`, or of their negations when `flip`. */
function prettySum<T>(args: readonly Expr[], of: Of<T>, A: Algebra<T>, flip = false): Pretty<T> {
  const ordered = A.ordered ? sortInPlace([...args], termOrder) : args;
  // A positive term first saves the sign: `1 - x` rather than `-x + 1`; the others follow in order.
  // (Two reads of each term's form, which is looked up, rather than a list of them.)
  let lead = -1;
  for (let i = 0; i < ordered.length && lead < 0; i++) if (of(ordered[i] as Expr).negative === flip) lead = i;
  const negative = lead < 0;
  const first = negative ? 0 : lead;
  let acc = of(ordered[first] as Expr).magnitude;
  for (let i = 0; i < ordered.length; i++) {
    if (i === first) continue;
    const t = of(ordered[i] as Expr);
    acc = (t.negative !== flip) !== negative ? A.sub(acc, t.magnitude) : A.add(acc, t.magnitude);
  }
  return { magnitude: acc, negative };
}
