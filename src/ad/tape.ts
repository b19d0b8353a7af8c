// The tape: the distinct nodes of a tree, structurally equal subtrees merged into one (hash-consing),
// children before parents, each entry knowing its children's
// positions. Reverse mode runs its two passes over it and compileGradient emits one statement per
// entry, so `sin(x)*sin(x)` computes `sin(x)` once and gives it one adjoint.

import { children, type Expr } from '../ast/expr.js';
import { mergeEqualSubtrees } from '../ast/intern.js';

export interface Tape {
  /** One node per class of structurally equal nodes, children first. */
  readonly nodes: readonly Expr[];
  /** `kids[i]`: the positions (all below i) of the children of `nodes[i]`, in order. */
  readonly kids: readonly (readonly number[])[];
  /** The variable names of the tree, each once, with the position of its node. */
  readonly variables: ReadonlyMap<string, number>;
}

export function buildTape(root: Expr): Tape {
  const { nodes } = mergeEqualSubtrees(root);
  const position = new Map(nodes.map((node, i) => [node, i]));
  const variables = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (node.kind === 'var') variables.set(node.name, i);
  });
  return { nodes, kids: nodes.map((node) => children(node).map((kid) => position.get(kid) as number)), variables };
}
