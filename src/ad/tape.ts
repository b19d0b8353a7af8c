// The tape: the distinct nodes of a tree, structurally equal subtrees merged into one (hash-consing,
// with the simplifier's Interner), children before parents, each entry knowing its children's
// positions. Reverse mode runs its two passes over it and compileGradient emits one statement per
// entry, so `sin(x)*sin(x)` computes `sin(x)` once and gives it one adjoint.

import { children, withChildren, type Expr } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';
import { Interner } from '../simplify/intern.js';

export interface Tape {
  /** One node per class of structurally equal nodes (the first met in the tree), children first. */
  readonly nodes: readonly Expr[];
  /** `kids[i]`: the positions (all below i) of the children of `nodes[i]`, in order. */
  readonly kids: readonly (readonly number[])[];
  /** The variable names of the tree, each once, with the position of its node. */
  readonly variables: ReadonlyMap<string, number>;
}

export function buildTape(root: Expr): Tape {
  const interner = new Interner();
  const canonical = new Map<Expr, Expr>();
  const position = new Map<Expr, number>();
  const nodes: Expr[] = [];
  const kids: number[][] = [];
  const variables = new Map<string, number>();
  for (const node of postorder(root)) {
    // Rebuilt over canonical children, equal nodes become one object (the interner compares children by identity).
    const canon = interner.intern(withChildren(node, children(node).map((kid) => canonical.get(kid) as Expr)));
    canonical.set(node, canon);
    if (position.has(canon)) continue;
    position.set(canon, nodes.length);
    if (node.kind === 'var') variables.set(node.name, nodes.length);
    nodes.push(node);
    kids.push(children(canon).map((kid) => position.get(kid) as number));
  }
  return { nodes, kids, variables };
}
