// The tape: the distinct nodes of a tree, structurally equal subtrees merged into one (hash-consing),
// children before parents, each entry knowing its children's positions. Reverse mode runs its two
// passes over it, and compileGradient emits one statement per entry, so `sin(x)*sin(x)` computes
// `sin(x)` once and gives it one adjoint.

import { equals } from '../ast/equality.js';
import { children, withChildren, type Expr } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';

export interface Tape {
  /** One node per class of structurally equal nodes (the first met in the tree), children first. */
  readonly nodes: readonly Expr[];
  /** `kids[i]`: the positions (all below i) of the children of `nodes[i]`, in order. */
  readonly kids: readonly (readonly number[])[];
  /** The variable names of the tree, each once, with the position of its node. */
  readonly variables: ReadonlyMap<string, number>;
}

export function buildTape(root: Expr): Tape {
  const at = new Map<Expr, number>();
  // `canonical[i]` is `nodes[i]` rebuilt over canonical children: two nodes are structurally equal
  // exactly when their rebuilt forms are, and `equals` then compares only payloads and child identity.
  const canonical: Expr[] = [];
  const buckets = new Map<number, number[]>();
  const nodes: Expr[] = [];
  const kids: number[][] = [];
  const variables = new Map<string, number>();
  for (const node of postorder(root)) {
    const kidAt = children(node).map((kid) => at.get(kid) as number);
    const rebuilt = withChildren(node, kidAt.map((i) => canonical[i] as Expr));
    const bucket = buckets.get(rebuilt.hash) ?? [];
    const same = bucket.find((i) => equals(canonical[i] as Expr, rebuilt));
    if (same !== undefined) {
      at.set(node, same);
      continue;
    }
    const position = nodes.length;
    at.set(node, position);
    bucket.push(position);
    buckets.set(rebuilt.hash, bucket);
    canonical.push(rebuilt);
    nodes.push(node);
    kids.push(kidAt);
    if (node.kind === 'var') variables.set(node.name, position);
  }
  return { nodes, kids, variables };
}
