// From canonical form back to what a person writes: `a - b` not `a + -1*b`, `x/2` not `1/2*x`,
// `1/(2*sqrt(x))` not `1/2*x^(-1/2)`, `exp(x)` not `e^x`, a positive term first where there is one.
// Each canonical node gets its pretty form from its children's, with the operator count of that
// form: the cost the simplifier minimises (the size of bench/ANCHORS.md).
//
// The pretty tree is built from the exact constructors, as the parser would build it from its text.

import {
  addNode, callNode, divNode, mulNode, negNode, powNode, subNode, type Expr,
} from '../ast/expr.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import { operatorsOf } from '../ast/size.js';
import * as Q from '../ast/rational.js';
import { factorOrder, termOrder } from './display-order.js';

/** A tree with its operator count. */
export interface Sized {
  readonly tree: Expr;
  readonly cost: number;
}

/** The pretty form of a canonical node: a magnitude and a sign (absorbed by a sum as `-`). */
export interface Pretty {
  readonly magnitude: Sized;
  readonly negative: boolean;
}

const sized = (tree: Expr, kids: readonly Sized[]): Sized =>
  ({ tree, cost: kids.reduce((sum, k) => sum + k.cost, operatorsOf(tree)) });
const leaf = (tree: Expr): Sized => ({ tree, cost: operatorsOf(tree) });
const ONE = leaf(exactNum(Q.ONE));
const positive = (magnitude: Sized): Pretty => ({ magnitude, negative: false });

/** The pretty tree with its sign, as a standalone expression. */
export function signed(p: Pretty): Sized {
  return p.negative ? negated(p.magnitude) : p.magnitude;
}

/**
 * -m, with the sign on the leftmost factor of a product or quotient: `-2*x*sin(x)` and `-1/x^2`
 * rather than `-(2*x*sin(x))` and `-(1/x^2)`. The same value and operator count, fewer parentheses.
 */
function negated(m: Sized): Sized {
  const spine: Expr[] = [];
  let e = m.tree;
  while ((e.kind === 'mul' && e.args.length === 2) || e.kind === 'div') {
    spine.push(e);
    e = e.args[0] as Expr;
  }
  let tree: Expr = negNode(e);
  for (let i = spine.length - 1; i >= 0; i--) {
    const [, right] = (spine[i] as Extract<Expr, { kind: 'mul' | 'div' }>).args;
    tree = spine[i]?.kind === 'div' ? divNode(tree, right as Expr) : mulNode([tree, right as Expr]);
  }
  return { tree, cost: m.cost + 1 };
}

export function prettyOf(node: Expr, of: (e: Expr) => Pretty): Pretty {
  switch (node.kind) {
    case 'num':
      return prettyNumber(node);
    case 'var':
    case 'const':
      return positive(leaf(node));
    case 'call': {
      const args = node.args.map((a) => signed(of(a)));
      return positive(sized(callNode(node.fn, args.map((a) => a.tree)), args));
    }
    case 'pow':
      return prettyPower(node.args[0], node.args[1], of);
    case 'mul':
      return prettyProduct(node.args, of);
    case 'add':
      return prettySum(node.args, of);
    default: // sub, div and neg never occur in canonical form; print them as they are
      return positive(sized(node, node.args.map((a) => signed(of(a)))));
  }
}

function prettyNumber(node: Extract<Expr, { kind: 'num' }>): Pretty {
  const negative = node.value < 0;
  if (node.exact === null) return { magnitude: leaf(floatNum(Math.abs(node.value))), negative };
  const { num, den } = Q.abs(node.exact);
  const numerator = exactNum(Q.rational(num));
  const magnitude = den === 1n ? leaf(numerator) : sized(divNode(numerator, exactNum(Q.rational(den))), []);
  return { magnitude, negative };
}

const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';
const isExactly = (e: Expr, num: bigint, den: bigint): boolean =>
  e.kind === 'num' && e.exact !== null && e.exact.num === num && e.exact.den === den;

/** base^exponent for a positive exponent: √b for 1/2, b for 1. */
function power(base: Sized, exponentNode: Expr, exponent: Sized): Sized {
  if (isExactly(exponentNode, 1n, 1n) || isExactly(exponentNode, -1n, 1n)) return base;
  if (isExactly(exponentNode, 1n, 2n) || isExactly(exponentNode, -1n, 2n)) return sized(callNode('sqrt', [base.tree]), [base]);
  return sized(powNode(base.tree, exponent.tree), [base, exponent]);
}

function prettyPower(base: Expr, exponent: Expr, of: (e: Expr) => Pretty): Pretty {
  const x = of(exponent);
  if (isE(base)) {
    const arg = signed(x);
    return positive(sized(callNode('exp', [arg.tree]), [arg]));
  }
  const b = signed(of(base));
  if (!x.negative) return positive(power(b, exponent, x.magnitude));
  const denominator = power(b, exponent, x.magnitude);
  return positive(sized(divNode(ONE.tree, denominator.tree), [ONE, denominator]));
}

/** Left-nested product, as the parser groups `a*b*c`. */
function productOf(factors: readonly Sized[]): Sized {
  return factors.slice(1).reduce((acc, f) => sized(mulNode([acc.tree, f.tree]), [acc, f]), factors[0] ?? ONE);
}

function prettyProduct(args: readonly Expr[], of: (e: Expr) => Pretty): Pretty {
  let negative = false;
  const numerator: Sized[] = [];
  const denominator: Sized[] = [];
  const [first] = args;
  const factors = first?.kind === 'num' ? args.slice(1) : args;
  if (first?.kind === 'num') {
    const { magnitude } = prettyNumber(first);
    negative = first.value < 0;
    const tree = magnitude.tree;
    if (tree.kind === 'div') { // an exact fraction p/q: p joins the numerator, q the denominator
      if (!isExactly(tree.args[0], 1n, 1n)) numerator.push(leaf(tree.args[0]));
      denominator.push(leaf(tree.args[1]));
    } else if (!(tree.kind === 'num' && tree.value === 1)) {
      numerator.push(magnitude);
    }
  }
  const sorted = [...factors].sort(factorOrder);
  // A negative product prints its sign into a sum with terms of both signs: (1 - x)·y, not -(x - 1)·y.
  // Or into the base of an odd power of such a sum: (x - 1)^3, not -(1 - x)^3.
  const absorbing = negative ? sorted.find((f) => absorbs(f, of)) : undefined;
  if (absorbing !== undefined) negative = false;
  /** How a factor's base prints: flipped when it absorbs the sign. */
  const baseOf = (f: Expr): Pretty => (f === absorbing ? prettySum(mixedSum(f) as readonly Expr[], of, true) : of(f));
  for (const f of sorted) {
    if (f.kind === 'pow' && !isE(f.args[0]) && of(f.args[1]).negative) {
      denominator.push(power(signed(f === absorbing ? baseOf(f) : of(f.args[0])), f.args[1], of(f.args[1]).magnitude));
    } else if (f.kind === 'pow' && f === absorbing) {
      numerator.push(power(signed(baseOf(f)), f.args[1], of(f.args[1]).magnitude));
    } else {
      const p = baseOf(f);
      if (p.negative) negative = !negative;
      numerator.push(p.magnitude);
    }
  }
  const top = productOf(numerator);
  if (denominator.length === 0) return { magnitude: top, negative };
  const bottom = productOf(denominator);
  return { magnitude: sized(divNode(top.tree, bottom.tree), [top, bottom]), negative };
}

/** The sum of `args`, or of their negations when `flip`. */
/** The terms of a sum of both signs, or of such a sum raised to an odd integer power; else undefined. */
function mixedSum(f: Expr): readonly Expr[] | undefined {
  const odd = f.kind === 'pow' && f.args[1].kind === 'num' && f.args[1].exact !== null &&
    f.args[1].exact.den === 1n && f.args[1].exact.num % 2n !== 0n;
  const sum = odd ? f.args[0] : f;
  return sum.kind === 'add' && (odd || f.kind === 'add') ? sum.args : undefined;
}

/** Whether printing -f as a sum with its signs flipped saves the minus sign. */
function absorbs(f: Expr, of: (e: Expr) => Pretty): boolean {
  const terms = mixedSum(f);
  return terms !== undefined && terms.some((t) => of(t).negative) && terms.some((t) => !of(t).negative);
}

function prettySum(args: readonly Expr[], of: (e: Expr) => Pretty, flip = false): Pretty {
  const terms = [...args].sort(termOrder).map(of).map((t) => (flip ? { ...t, negative: !t.negative } : t));
  // A positive term first saves the sign: `1 - x` rather than `-x + 1`.
  const lead = terms.findIndex((t) => !t.negative);
  if (lead > 0) terms.unshift(...terms.splice(lead, 1));
  const negative = lead < 0;
  let acc = (terms[0] as Pretty).magnitude;
  for (const t of terms.slice(1)) {
    const node = t.negative !== negative ? subNode(acc.tree, t.magnitude.tree) : addNode([acc.tree, t.magnitude.tree]);
    acc = sized(node, [acc, t.magnitude]);
  }
  return { magnitude: acc, negative };
}
