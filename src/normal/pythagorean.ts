// The Pythagorean relation for the normal form: sin²u + cos²u = 1, and cosh²u - sinh²u = 1. The
// normal form's kernels are independent of each other, so sin(x)^2/(1 + cos(x)) stayed a quotient
// where it is 1 - cos(x). With every power of one function of the pair written through the other
// (sin^k u as sin^(k mod 2) u·(1 - cos²u)^(k div 2)) in the numerator and the denominator, a polynomial
// in the two holds the first to the power 0 or 1 only, one form for each polynomial modulo the
// relation, and the GCD sees the common factor. Done on the polynomials, after the quotients are
// combined, so a square that appears only then is seen too: sin(x)/(1 - cos(x)) - (1 + cos(x))/sin(x)
// is 0. Tried both ways (over cos, over sin), as the simplifier's candidates, where a result holds both
// functions of one argument and one of them in a denominator.
//
// Each rewrite is an identity for every real u and adds no pole: sin²u and 1 - cos²u vanish together.

import { equals } from '../ast/equality.js';
import { children, type Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import * as Q from '../ast/rational.js';
import * as P from '../poly/arithmetic.js';
import { powerOf, variablePower, withPower } from '../poly/monomial.js';
import { constant, type Poly, type Term } from '../poly/poly.js';
import { TRIG_FAMILIES } from '../simplify/rules/trig.js';
import type { Kernels } from './kernels.js';
import { quotient, type Arithmetic, type RationalFunction } from './rational-function.js';

/** Which function of each pair keeps its powers: `over-cos` writes sin² as 1 - cos² (sinh² as cosh² - 1). */
export type PythagoreanWay = 'over-cos' | 'over-sin';

/** One function of a pair written through the other: f² = constant + sign·g². */
interface Square {
  readonly f: FunctionName;
  readonly g: FunctionName;
  readonly constant: bigint;
  readonly sign: bigint;
}

const [CIRCULAR, HYPERBOLIC] = TRIG_FAMILIES as [(typeof TRIG_FAMILIES)[number], (typeof TRIG_FAMILIES)[number]];

/** sin² = 1 - cos², sinh² = cosh² - 1 (over cos); cos² = 1 - sin², cosh² = 1 + sinh² (over sin). */
const SQUARES: Readonly<Record<PythagoreanWay, readonly Square[]>> = {
  'over-cos': [{ f: CIRCULAR.sin, g: CIRCULAR.cos, constant: 1n, sign: -1n }, { f: HYPERBOLIC.sin, g: HYPERBOLIC.cos, constant: -1n, sign: 1n }],
  'over-sin': [{ f: CIRCULAR.cos, g: CIRCULAR.sin, constant: 1n, sign: -1n }, { f: HYPERBOLIC.cos, g: HYPERBOLIC.sin, constant: 1n, sign: 1n }],
};

const PAIRS: ReadonlyMap<FunctionName, FunctionName> = new Map([
  [CIRCULAR.sin, CIRCULAR.cos], [CIRCULAR.cos, CIRCULAR.sin], [HYPERBOLIC.sin, HYPERBOLIC.cos], [HYPERBOLIC.cos, HYPERBOLIC.sin],
]);

/**
 * Whether `nodes` (a tree's distinct nodes, in postorder) hold both functions of a pair on one argument,
 * one of them in a denominator: only there can the relation cancel across the bar. Sums alone are the
 * simplifier's (its collapses and square substitutions), whose double angles then stay possible:
 * 2*sin(x/2)^2 + 5*cos(x/2)^2 is (3*cos(x) + 7)/2, not 3*cos(x/2)^2 + 2.
 */
export function holdsPythagoreanPair(nodes: readonly Expr[]): boolean {
  // Most results hold no such function: settled by a scan.
  if (!nodes.some((node) => node.kind === 'call' && PAIRS.has(node.fn))) return false;
  const calls = new Set<string>();
  for (const node of nodes) if (node.kind === 'call' && node.args.length === 1 && PAIRS.has(node.fn)) calls.add(key(node.fn, node.args[0] as Expr));
  for (const k of callsBelowABar(nodes)) {
    const [fn, hash] = k.split(':') as [FunctionName, string];
    if (calls.has(`${PAIRS.get(fn)}:${hash}`)) return true;
  }
  return false;
}

/** The rational function with every power of the pairs' first functions reduced, in lowest terms again. */
export function reducedByPythagoras(rf: RationalFunction, kernels: Kernels, arithmetic: Arithmetic, way: PythagoreanWay): RationalFunction {
  const pairs = pairsOf(kernels, way);
  if (pairs.length === 0) return rf;
  const reduce = (p: Poly): Poly => pairs.reduce((q, pair) => reducedPowers(q, pair, arithmetic), p);
  const num = reduce(rf.num);
  const den = reduce(rf.den);
  return den.length === 0 ? rf : quotient(num, den, arithmetic); // a denominator that is 0 by the relation: left to the caller's form
}

interface Pair {
  /** The kernel whose powers are reduced, and the kernel they are written through. */
  readonly f: number;
  readonly g: number;
  readonly square: Square;
}

/**
 * The kernels f(u), g(u) of each pair the way reduces: the g's indexed by their argument's hash first,
 * so a normal form of 100,000 kernels sin(sin(…)) takes one look each, not a search of the list.
 */
function pairsOf(kernels: Kernels, way: PythagoreanWay): Pair[] {
  const list = kernels.list;
  const unary = (i: number): Extract<Expr, { kind: 'call' }> | undefined => {
    const e = (list[i] as { expr: Expr }).expr;
    return e.kind === 'call' && e.args.length === 1 ? e : undefined;
  };
  const seconds = new Map<string, number[]>();
  for (let j = 0; j < list.length; j++) {
    const e = unary(j);
    if (e === undefined || !SQUARES[way].some((s) => s.g === e.fn)) continue;
    const k = key(e.fn, e.args[0] as Expr);
    seconds.set(k, [...(seconds.get(k) ?? []), j]);
  }
  const pairs: Pair[] = [];
  if (seconds.size === 0) return pairs;
  for (let i = 0; i < list.length; i++) {
    const e = unary(i);
    const square = e && SQUARES[way].find((s) => s.f === e.fn);
    if (e === undefined || square === undefined) continue;
    const j = seconds.get(key(square.g, e.args[0] as Expr))?.find((m) => equals((unary(m) as Extract<Expr, { kind: 'call' }>).args[0] as Expr, e.args[0] as Expr));
    if (j !== undefined) pairs.push({ f: i, g: j, square });
  }
  return pairs;
}

/** p with f^k written as f^(k mod 2)·(constant + sign·g²)^(k div 2) in every term. */
function reducedPowers(p: Poly, { f, g, square }: Pair, arithmetic: Arithmetic): Poly {
  if (!p.some((t) => powerOf(t.monomial, f) >= 2)) return p;
  const { budget } = arithmetic;
  const relation = P.add(constant(Q.rational(square.constant)), [{ monomial: variablePower(g, 2), coef: Q.rational(square.sign) }], budget);
  let sum: Poly = [];
  for (const t of p) {
    const k = powerOf(t.monomial, f);
    const kept: Term = { monomial: withPower(t.monomial, f, k % 2), coef: t.coef };
    sum = P.add(sum, k < 2 ? [kept] : P.mul([kept], P.pow(relation, Math.floor(k / 2), budget), budget), budget);
  }
  return sum;
}

/**
 * The keys of the calls in a denominator (under a quotient's bar, or in the base of a negative power),
 * from `nodes` in postorder: walked backwards, every node comes before the nodes below it.
 */
function callsBelowABar(nodes: readonly Expr[]): Set<string> {
  const marked = new Set<Expr>();
  const keys = new Set<string>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as Expr;
    if (marked.has(node)) {
      for (const kid of children(node)) marked.add(kid);
      if (node.kind === 'call' && node.args.length === 1) keys.add(key(node.fn, node.args[0] as Expr));
    } else if (node.kind === 'div') {
      marked.add(node.args[1]);
    } else if (node.kind === 'pow' && node.args[1].kind === 'num' && node.args[1].value < 0) {
      marked.add(node.args[0]);
    }
  }
  return keys;
}

/** Two calls of one function on one argument share a key (the argument's hash; a rare clash costs a try). */
const key = (fn: FunctionName, argument: Expr): string => `${fn}:${argument.hash}`;
