// Graph nodes (graph.ts) back to trees, for the simplifier: one tree node per graph node, shared as
// the graph shares it. The graph's smart constructors already folded what ast/smart.ts folds, so the
// exact constructors rebuild it as it is.

import {
  addNode, assertNever, callNode, constNode, divNode, mulNode, negNode, powNode, subNode, varNode,
  type ConstantName, type Expr,
} from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Graph } from './graph.js';

/** Turns graph nodes into trees, remembering every node it has turned (so repeated calls share). */
export class GraphTrees {
  private readonly trees = new Map<number, Expr>();
  constructor(private readonly g: Graph) {}

  of(root: number): Expr {
    const { g, trees } = this;
    // Children have smaller numbers: visit the missing ones in increasing order.
    const missing: number[] = [];
    const stack = [root];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if (trees.has(id) || seen.has(id)) continue;
      seen.add(id);
      missing.push(id);
      for (let j = 0, n = g.arity(id); j < n; j++) stack.push(g.arg(id, j));
    }
    for (const id of missing.sort((a, b) => a - b)) trees.set(id, this.node(id));
    return trees.get(root) as Expr;
  }

  private node(id: number): Expr {
    const { g } = this;
    const kids = g.argsOf(id).map((k) => this.trees.get(k) as Expr);
    const [a, b] = kids as [Expr, Expr];
    const kind = g.kindOf(id);
    switch (kind) {
      case 'num': return g.numberAt(id) as Expr;
      case 'var': return varNode(g.nameOf(id));
      case 'const': return constNode(g.nameOf(id) as ConstantName);
      case 'add': return addNode(kids);
      case 'mul': return mulNode(kids);
      case 'sub': return subNode(a, b);
      case 'div': return divNode(a, b);
      case 'neg': return negNode(a);
      case 'pow': return powNode(a, b);
      case 'call': return callNode(g.nameOf(id) as FunctionName, kids);
      default: return assertNever(kind);
    }
  }
}
