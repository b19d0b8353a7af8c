// Reverse sweeps on the graph (graph.ts): ∂root/∂variable as graph nodes, by one sweep over the nodes
// the root depends on, adjoints pushed from the root to the leaves and summed (`+=`, so shared nodes
// work), each edge's local partial from the rows (graph-partials.ts). The gradient is one sweep; the
// Hessian is one more per gradient entry, over the gradient's nodes, so entries share their nodes.

import { isZeroNum } from '../ast/numbers.js';
import { one } from '../ast/smart.js';
import type { SweepBudget } from './budget.js';
import type { Graph } from './graph.js';
import { GraphPartials } from './graph-partials.js';

/** A sparse row of graph nodes: the entries that are not the number 0, by increasing column. */
export type GraphRow = { readonly column: number; readonly entry: number }[];

export class GraphSweeps {
  private readonly partials: GraphPartials;
  constructor(private readonly g: Graph, private readonly budget: SweepBudget) {
    this.partials = new GraphPartials(g);
  }

  /** ∂root/∂(the variable at position j) for every listed j ≥ from. */
  row(root: number, from = 0): GraphRow {
    const { g } = this;
    const order = this.dependencies(root);
    this.budget.spend(order.length);
    const active = new Set<number>();
    for (const id of order) {
      const kind = g.kind[id];
      if (kind === 'var' ? (g.position[id] as number) >= from : (g.args[id] as number[]).some((k) => active.has(k))) active.add(id);
    }
    const adjoint = new Map<number, number>([[root, g.num(one)]]);
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i] as number;
      const a = adjoint.get(id);
      if (a === undefined || !active.has(id) || g.kind[id] === 'var') continue;
      const kids = g.args[id] as readonly number[];
      const needed = kids.map((k) => active.has(k));
      this.partials.of(id, needed).forEach((partial, j) => {
        if (partial === undefined) return;
        const kid = kids[j] as number;
        const sent = g.mul(a, partial);
        const sum = adjoint.get(kid);
        adjoint.set(kid, sum === undefined ? sent : g.add(sum, sent));
      });
    }
    const row: GraphRow = [];
    for (const id of order) {
      const entry = adjoint.get(id);
      if (g.kind[id] !== 'var' || !active.has(id) || entry === undefined) continue;
      const n = g.numberAt(entry);
      if (n === undefined || !isZeroNum(n)) row.push({ column: g.position[id] as number, entry });
    }
    return row.sort((a, b) => a.column - b.column);
  }

  /** The nodes `root` depends on, itself included, in increasing order (children first). */
  private dependencies(root: number): number[] {
    const seen = new Set<number>([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const kid of this.g.args[stack.pop() as number] as readonly number[]) {
        if (!seen.has(kid)) {
          seen.add(kid);
          stack.push(kid);
        }
      }
    }
    return Int32Array.from(seen).sort() as unknown as number[];
  }
}
