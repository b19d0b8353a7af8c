// How big a tree is: nodes as a tree (shared subtrees counted every time they appear), distinct
// nodes as a DAG, and operator tokens as bench/ANCHORS.md defines the size of a printed expression.

import { children, type Expr } from './expr.js';
import { fold, postorder } from './walk.js';

/** Nodes of the tree with shared subtrees unrolled (a double: it can pass 2^53 on a DAG). */
export function treeSize(e: Expr): number {
  return fold<number>(e, (_, kids) => kids.reduce((sum, k) => sum + k, 1));
}

/** Distinct nodes (by identity). */
export function dagSize(e: Expr): number {
  return postorder(e).length;
}

/**
 * Operator tokens this node prints as in `format`, not counting its children: each binary operator,
 * unary minus and call, and the sign and fraction bar of a negative or fractional number.
 */
export function operatorsOf(e: Expr): number {
  switch (e.kind) {
    case 'num':
      return (e.value < 0 ? 1 : 0) + (e.exact !== null && e.exact.den !== 1n ? 1 : 0);
    case 'var':
    case 'const':
      return 0;
    case 'add':
    case 'mul':
      return e.args.length - 1;
    case 'sub':
    case 'div':
    case 'neg':
    case 'pow':
    case 'call':
      return 1;
  }
}

/** Nodes an unrolled walk may visit before operatorCount counts by distinct nodes instead. */
const SMALL_TREE_VISITS = 256;
/** The unrolled walk's stack, reused: operatorCount is asked of every small result (diff, the collected form). */
const pending: Expr[] = [];

/** Operator tokens of `format(e)`, the size measure of bench/ANCHORS.md (unrolled). */
export function operatorCount(e: Expr): number {
  const small = smallTreeCount(e);
  return small >= 0 ? small : countByDistinctNodes(e);
}

/**
 * The count by walking the tree unrolled, without a map: cheaper for the small trees most counts are
 * of; -1 once SMALL_TREE_VISITS nodes are visited (a DAG unrolls exponentially, a deep tree is deep).
 */
function smallTreeCount(e: Expr): number {
  pending.length = 0;
  pending.push(e);
  let sum = 0;
  for (let visits = 0; pending.length > 0; visits++) {
    if (visits === SMALL_TREE_VISITS) return -1;
    const node = pending.pop() as Expr;
    sum += operatorsOf(node);
    const kids = children(node);
    for (let i = 0; i < kids.length; i++) pending.push(kids[i] as Expr);
  }
  return sum;
}

/**
 * operatorCount(e) when it is at most `limit`, else undefined: the tree walked unrolled only until the
 * count passes the limit (or the walk visits 4·limit + 8 nodes, more than such a tree has), so asking
 * whether a large result is small costs little (operatorCount of a tenth derivative: 3 ms).
 */
export function operatorCountAtMost(e: Expr, limit: number): number | undefined {
  const stack: Expr[] = [e];
  let sum = 0;
  for (let visits = 0; stack.length > 0; visits++) {
    if (visits > 4 * limit + 8) return undefined;
    const node = stack.pop() as Expr;
    sum += operatorsOf(node);
    if (sum > limit) return undefined;
    const kids = children(node);
    for (let i = 0; i < kids.length; i++) stack.push(kids[i] as Expr);
  }
  return sum;
}

function countByDistinctNodes(e: Expr): number {
  // A loop rather than `fold`: no array of the children's counts per node (the size guard counts every
  // input of simplify, 300,000 nodes for the derivative of a 100,000-deep tree).
  const counts = new Map<Expr, number>();
  for (const node of postorder(e)) {
    let sum = operatorsOf(node);
    for (const kid of children(node)) sum += counts.get(kid) as number;
    counts.set(node, sum);
  }
  return counts.get(e) as number;
}

/** Operator tokens counting each distinct node once: the DAG size of ANCHORS.md ("distinct operators"). */
export function distinctOperatorCount(...roots: Expr[]): number {
  return postorder(roots).reduce((sum, node) => sum + operatorsOf(node), 0);
}
