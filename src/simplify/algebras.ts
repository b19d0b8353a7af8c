// The two readings of pretty.ts: operator counts, kept for every node the simplifier builds, and
// trees, built once for the result.

import {
  addNode, callNode, divNode, mulNode, negNode, powNode, subNode, type Expr, type Num,
} from '../ast/expr.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Algebra } from './pretty.js';

/** Operator tokens of the printed form (bench/ANCHORS.md's size); order does not matter. */
export const COUNT: Algebra<number> = {
  ordered: false,
  number: () => 0,
  atom: () => 0,
  neg: (a) => a + 1,
  add: (a, b) => a + b + 1,
  sub: (a, b) => a + b + 1,
  mul: (a, b) => a + b + 1,
  div: (a, b) => a + b + 1,
  pow: (a, b) => a + b + 1,
  call: (_, args) => args.reduce((sum, a) => sum + a, 1),
};

/** The printed form as a tree of exact constructors, in display order. */
export const TREE: Algebra<Expr> = {
  ordered: true,
  number: numberTree,
  atom: (e) => e,
  neg: negated,
  add: (a, b) => addNode([a, b]),
  sub: subNode,
  mul: (a, b) => mulNode([a, b]),
  div: divNode,
  pow: powNode,
  call: callNode,
};

function numberTree(n: Num, part?: 'numerator' | 'denominator'): Expr {
  if (n.exact === null) return floatNum(Math.abs(n.value));
  const { num, den } = Q.abs(n.exact);
  return exactNum(Q.rational(part === 'denominator' ? den : num));
}

/**
 * -m, with the sign on the leftmost factor of a product or quotient: `-2*x*sin(x)` and `-1/x^2`
 * rather than `-(2*x*sin(x))` and `-(1/x^2)`. The same value and operator count, fewer parentheses.
 */
function negated(m: Expr): Expr {
  const spine: Expr[] = [];
  let e = m;
  while ((e.kind === 'mul' && e.args.length === 2) || e.kind === 'div') {
    spine.push(e);
    e = e.args[0] as Expr;
  }
  let tree: Expr = negNode(e);
  for (let i = spine.length - 1; i >= 0; i--) {
    const [, right] = (spine[i] as Extract<Expr, { kind: 'mul' | 'div' }>).args;
    tree = spine[i]?.kind === 'div' ? divNode(tree, right as Expr) : mulNode([tree, right as Expr]);
  }
  return tree;
}
