// Any tree into canonical form, bottom-up over its distinct nodes. A chain of sums and differences
// (or of products and quotients) that no one else shares is gathered whole at its top, so the
// 50,000-term sum the parser builds as a 50,000-deep left-nested chain is collected once, not
// re-flattened at every level.

import type { Expr, Kind } from '../ast/expr.js';
import { assertNever } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';
import type { Canon } from './canon.js';

const SUM_CHAIN: ReadonlySet<Kind> = new Set(['add', 'sub', 'neg']);
const PRODUCT_CHAIN: ReadonlySet<Kind> = new Set(['mul', 'div']);

/**
 * The canonical form of every node of `roots`, added to `memo`. Nodes the canon built are canonical
 * already and are not entered: a derivative of a canonical form is converted only where it is new.
 */
export function toCanonical(c: Canon, roots: readonly Expr[], memo: Map<Expr, Expr>): Map<Expr, Expr> {
  const order = postorder(roots, (n) => memo.has(n) || c.owns(n));
  const interior = interiorChainNodes(order, roots);
  for (const node of order) {
    if (!interior.has(node)) memo.set(node, convert(c, node, memo, interior));
  }
  return memo;
}

/** The canonical form of `root`. */
export function canonicalize(c: Canon, root: Expr): Expr {
  return toCanonical(c, [root], new Map()).get(root) ?? root;
}

/** Nodes referenced once, by a parent of the same chain: their parent's chain gathers them. */
function interiorChainNodes(order: readonly Expr[], roots: readonly Expr[]): Set<Expr> {
  const refs = new Map<Expr, number>();
  const parentKind = new Map<Expr, Kind>();
  for (const root of roots) refs.set(root, 2); // a root is always materialised
  for (const node of order) {
    if (node.kind === 'num' || node.kind === 'var' || node.kind === 'const') continue;
    for (const kid of node.args) {
      refs.set(kid, (refs.get(kid) ?? 0) + 1);
      parentKind.set(kid, node.kind);
    }
  }
  const interior = new Set<Expr>();
  for (const node of order) {
    const parent = parentKind.get(node);
    if (refs.get(node) !== 1 || parent === undefined) continue;
    if ((SUM_CHAIN.has(node.kind) && SUM_CHAIN.has(parent)) ||
      (PRODUCT_CHAIN.has(node.kind) && PRODUCT_CHAIN.has(parent))) interior.add(node);
  }
  return interior;
}

function convert(c: Canon, node: Expr, memo: Map<Expr, Expr>, interior: Set<Expr>): Expr {
  const m = (e: Expr): Expr => memo.get(e) ?? e; // a node the canon built is its own canonical form
  switch (node.kind) {
    case 'num':
      return c.numberLike(node);
    case 'var':
      return c.variable(node.name);
    case 'const':
      return c.constant(node.name);
    case 'pow':
      return c.power(m(node.args[0]), m(node.args[1]));
    case 'call':
      return c.call(node.fn, node.args.map(m));
    case 'add':
    case 'sub':
    case 'neg':
      return c.sum(gather(node, SUM_CHAIN, interior, (e, inverted) => (inverted ? c.negate(m(e)) : m(e))));
    case 'mul':
    case 'div':
      return c.product(gather(node, PRODUCT_CHAIN, interior, (e, inverted) => (inverted ? c.reciprocal(m(e)) : m(e))));
    default:
      return assertNever(node);
  }
}

/**
 * The operands of the chain below `top`, each with whether it is subtracted (or divided by):
 * u - (v - w) gives u, -v, +w. Iterative, as chains can be 100,000 long.
 */
function gather(top: Expr, chain: ReadonlySet<Kind>, interior: Set<Expr>,
  operand: (e: Expr, inverted: boolean) => Expr): Expr[] {
  const operands: Expr[] = [];
  const stack: [Expr, boolean][] = [[top, false]];
  while (stack.length > 0) {
    const [e, inverted] = stack.pop() as [Expr, boolean];
    if (e !== top && !interior.has(e)) {
      operands.push(operand(e, inverted));
      continue;
    }
    if (!chain.has(e.kind) || e.kind === 'num' || e.kind === 'var' || e.kind === 'const') continue;
    const [a, b] = e.args;
    if (e.kind === 'sub' || e.kind === 'div') stack.push([b as Expr, !inverted], [a as Expr, inverted]);
    else if (e.kind === 'neg') stack.push([a as Expr, !inverted]);
    else for (const kid of e.args) stack.push([kid, inverted]);
  }
  return operands;
}
