// The Pythagorean relation for the normal form: sin²u + cos²u = 1, and cosh²u - sinh²u = 1. The
// normal form's kernels are independent of each other, so sin(x)^2/(1 + cos(x)) stayed a quotient
// where it is 1 - cos(x). With every power of one function of the pair written through the other
// (sin^n u as sin^(n mod 2) u·(1 - cos²u)^(n div 2)), a polynomial in the two holds the first to the
// power 0 or 1 only, one form for each polynomial modulo the relation, and the GCD sees the common
// factor. Tried both ways (over cos, over sin), as the simplifier's candidates, where a result holds
// both functions of one argument, a power of one of them, and one of them in a denominator.
//
// Each rewrite is an identity for every real u and adds no pole: sin^-2 u and (1 - cos²u)^-1 vanish
// together.

import { children, withChildren, type Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { add, call, div, mul, pow } from '../ast/smart.js';
import { foldAll } from '../ast/walk.js';
import { TRIG_FAMILIES } from '../simplify/rules/trig.js';

/** One function of a pair written through the other: f² = constant + sign·g². */
interface Square {
  readonly f: FunctionName;
  readonly g: FunctionName;
  readonly constant: number;
  readonly sign: 1 | -1;
}

const [CIRCULAR, HYPERBOLIC] = TRIG_FAMILIES as [(typeof TRIG_FAMILIES)[number], (typeof TRIG_FAMILIES)[number]];

/** The two ways of each pair: sin² = 1 - cos², cos² = 1 - sin²; sinh² = cosh² - 1, cosh² = 1 + sinh². */
const WAYS: readonly (readonly [Square, Square])[] = [
  [{ f: CIRCULAR.sin, g: CIRCULAR.cos, constant: 1, sign: -1 }, { f: CIRCULAR.cos, g: CIRCULAR.sin, constant: 1, sign: -1 }],
  [{ f: HYPERBOLIC.sin, g: HYPERBOLIC.cos, constant: -1, sign: 1 }, { f: HYPERBOLIC.cos, g: HYPERBOLIC.sin, constant: 1, sign: 1 }],
];

/** A whole power of a call, |n| ≥ 2: the pair's powers that the relation rewrites. */
function squareOf(node: Expr): { fn: FunctionName; argument: Expr; n: number } | undefined {
  if (node.kind !== 'pow') return undefined;
  const [base, exponent] = node.args;
  if (base.kind !== 'call' || base.args.length !== 1) return undefined;
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 1n || Math.abs(exponent.value) < 2) return undefined;
  return { fn: base.fn, argument: base.args[0] as Expr, n: exponent.value };
}

/**
 * `e` with the powers of one function of a pair written through the other, one tree per way that
 * changes something, for the pairs of which `e` holds both functions of one argument and a power of
 * one of them (`nodes`: e's distinct nodes). None for most results.
 */
export function pythagoreanVariants(e: Expr, nodes: readonly Expr[]): Expr[] {
  // Most results hold no power of a call: settled by a scan.
  if (!nodes.some((node) => squareOf(node) !== undefined)) return [];
  const calls = new Set<string>();
  for (const node of nodes) if (node.kind === 'call' && node.args.length === 1) calls.add(key(node.fn, node.args[0] as Expr));
  const below = callsBelowABar(nodes);
  const variants: Expr[] = [];
  for (const pair of WAYS) {
    for (const way of pair) {
      // Both functions of one argument, the one rewritten raised to a power, and one of them in a
      // denominator: the relation is tried to cancel across the bar. Sums alone are the simplifier's
      // (its collapses and square substitutions), whose double angles then stay possible:
      // 2*sin(x/2)^2 + 5*cos(x/2)^2 is (3*cos(x) + 7)/2, not 3*cos(x/2)^2 + 2.
      const applies = (node: Expr): boolean => {
        const square = squareOf(node);
        return square !== undefined && square.fn === way.f && calls.has(key(way.g, square.argument)) &&
          (below.has(key(way.f, square.argument)) || below.has(key(way.g, square.argument)));
      };
      if (!nodes.some(applies)) continue;
      variants.push(rewritten(e, way, applies));
    }
  }
  return variants;
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

/** `e` with every power that `applies` picks written through the other function of its pair. */
function rewritten(e: Expr, way: Square, applies: (node: Expr) => boolean): Expr {
  const results = foldAll<Expr>([e], (node, kids) => {
    const rebuilt = withChildren(node, kids);
    if (!applies(node)) return rebuilt;
    const { argument, n } = squareOf(node) as { argument: Expr; n: number };
    const u = (children(kids[0] as Expr)[0] ?? argument) as Expr;
    // f^n = f^(n mod 2)·(c + s·g²)^(n div 2), over the magnitude of n; a negative n takes the reciprocal.
    const square = add(way.constant, mul(way.sign, pow(call(way.g, u), 2)));
    const m = Math.abs(n);
    const even = pow(square, Math.floor(m / 2));
    const whole = m % 2 === 1 ? mul(call(way.f, u), even) : even;
    return n > 0 ? whole : div(1, whole);
  });
  return results.get(e) as Expr;
}
