// Hash-consing: structurally equal nodes made one object. The simplifier builds every node through an
// Interner (so like terms are found by identity); reverse mode's tape and `format`'s `share` merge
// the equal subtrees of a tree they are given (mergeEqualSubtrees).

import { samePayload } from './equality.js';
import { children, withChildren, type Expr } from './expr.js';
import { postorder } from './walk.js';

function sameNode(a: Expr, b: Expr): boolean {
  if (!samePayload(a, b)) return false;
  // Children are interned already, so comparing them by identity is comparing them structurally.
  const xs = children(a);
  const ys = children(b);
  return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
}

export class Interner {
  private readonly buckets = new Map<number, Expr[]>();

  /** The one node equal to `node` (whose children must be interned already). */
  intern<T extends Expr>(node: T): T {
    const bucket = this.buckets.get(node.hash);
    if (bucket === undefined) {
      this.buckets.set(node.hash, [node]);
      return node;
    }
    for (const other of bucket) if (sameNode(other, node)) return other as T;
    bucket.push(node);
    return node;
  }
}

/**
 * The distinct nodes of `root` with structurally equal subtrees merged into one object (rebuilt over
 * merged children where needed), children first; `merged` maps every node of `root` to its class.
 */
export function mergeEqualSubtrees(root: Expr): { nodes: Expr[]; merged: Map<Expr, Expr> } {
  const interner = new Interner();
  const merged = new Map<Expr, Expr>();
  const nodes: Expr[] = [];
  const seen = new Set<Expr>();
  for (const node of postorder(root)) {
    // Rebuilt over merged children, equal nodes become one object (the interner compares children by identity).
    const one = interner.intern(withChildren(node, children(node).map((kid) => merged.get(kid) as Expr)));
    merged.set(node, one);
    if (!seen.has(one)) {
      seen.add(one);
      nodes.push(one);
    }
  }
  return { nodes, merged };
}
