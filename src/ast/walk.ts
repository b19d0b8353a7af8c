// The one tree walk: distinct nodes in post-order (children before parents), with an explicit stack,
// so every other pass is a loop over this order and never recursion proportional to depth.

import { children, type Expr } from './expr.js';

/**
 * Every distinct node (by identity) reachable from `roots`, each listed once, children before parents.
 * Linear in the number of distinct nodes, whatever the depth or the sharing. Nodes for which `skip`
 * is true are neither listed nor entered (a pass that already knows their result).
 */
export function postorder(roots: Expr | readonly Expr[], skip?: (node: Expr) => boolean): Expr[] {
  const order: Expr[] = [];
  const seen = new Set<Expr>();
  const stack: Expr[] = [];
  const nextChild: number[] = [];
  for (const root of Array.isArray(roots) ? (roots as readonly Expr[]) : [roots as Expr]) {
    if (seen.has(root) || skip?.(root)) continue;
    seen.add(root);
    stack.push(root);
    nextChild.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const node = stack[top] as Expr;
      const kids = children(node);
      const i = nextChild[top] as number;
      if (i < kids.length) {
        nextChild[top] = i + 1;
        const kid = kids[i] as Expr;
        // In a DAG a node already seen is finished or an ancestor-free sibling in progress, never a cycle.
        if (!seen.has(kid) && !skip?.(kid)) {
          seen.add(kid);
          stack.push(kid);
          nextChild.push(0);
        }
      } else {
        stack.pop();
        nextChild.pop();
        order.push(node);
      }
    }
  }
  return order;
}

/**
 * `postorder(root)` when it has at most `limit` distinct nodes, else undefined, found after entering
 * `limit` of them: a pass gated on size does not walk a 100,000-node tree to learn that it is large.
 */
export function postorderUpTo(root: Expr, limit: number): Expr[] | undefined {
  let entered = 0;
  let over = false;
  const order = postorder(root, () => {
    if (entered < limit) {
      entered++;
      return false;
    }
    over = true;
    return true; // nothing more is entered: the walk unwinds
  });
  return over ? undefined : order;
}

/**
 * Bottom-up evaluation of `combine` once per distinct node, given its children's results in order.
 * The results of every node are returned in the map (callers reuse them across several roots).
 */
export function foldAll<T>(
  roots: readonly Expr[],
  combine: (node: Expr, kids: T[]) => T,
  results: Map<Expr, T> = new Map(),
): Map<Expr, T> {
  for (const node of postorder(roots, (n) => results.has(n))) {
    const nodes = children(node);
    const kids = new Array<T>(nodes.length);
    for (let i = 0; i < nodes.length; i++) kids[i] = results.get(nodes[i] as Expr) as T;
    results.set(node, combine(node, kids));
  }
  return results;
}

/** `combine` folded over the tree from the leaves up; the root's result. */
export function fold<T>(root: Expr, combine: (node: Expr, kids: T[]) => T): T {
  return foldAll([root], combine).get(root) as T;
}
