// Reverse sweeps on the graph (graph.ts): ∂root/∂variable as graph nodes, by one sweep over the nodes
// the root depends on, adjoints pushed from the root to the leaves and summed (`+=`, so shared nodes
// work), each edge's local partial from the rows (graph-partials.ts). The gradient is one sweep; the
// Hessian is one more per gradient entry, over the gradient's nodes, so entries share their nodes.
//
// A sweep's marks live in arrays indexed by node number, stamped with the sweep's number instead of
// cleared: a Hessian makes one sweep per variable, each over a few nodes of a large graph.

import { isZeroNum } from '../ast/numbers.js';
import { one } from '../ast/smart.js';
import type { SweepBudget } from './budget.js';
import type { Graph } from './graph.js';
import { GraphPartials } from './graph-partials.js';

/** A sparse row of graph nodes: the entries that are not the number 0, by increasing column. */
export type GraphRow = { readonly column: number; readonly entry: number }[];

export class GraphSweeps {
  private readonly partials: GraphPartials;
  private sweep = 0;
  /** seen[id] === sweep: a dependency of the root; active[id] === sweep: it depends on a wanted variable. */
  private seen: Int32Array = new Int32Array(0);
  private active: Int32Array = new Int32Array(0);
  /** adjoint[id], valid where hasAdjoint[id] === sweep. */
  private adjoint: Int32Array = new Int32Array(0);
  private hasAdjoint: Int32Array = new Int32Array(0);

  constructor(private readonly g: Graph, private readonly budget: SweepBudget) {
    this.partials = new GraphPartials(g);
  }

  /** ∂root/∂(the variable at position j) for every listed j ≥ from. */
  row(root: number, from = 0): GraphRow {
    const { g } = this;
    this.reserve(g.size);
    const s = ++this.sweep;
    const { active, adjoint, hasAdjoint } = this;
    const order = this.dependencies(root);
    this.budget.spend(order.length);
    for (const id of order) {
      if (g.kind[id] === 'var') {
        if ((g.position[id] as number) >= from) active[id] = s;
        continue;
      }
      for (const k of g.args[id] as readonly number[]) {
        if (active[k] === s) {
          active[id] = s;
          break;
        }
      }
    }
    adjoint[root] = g.num(one);
    hasAdjoint[root] = s;
    const needed: boolean[] = [];
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i] as number;
      if (hasAdjoint[id] !== s || active[id] !== s || g.kind[id] === 'var') continue;
      const a = adjoint[id] as number;
      const kids = g.args[id] as readonly number[];
      needed.length = kids.length;
      for (let j = 0; j < kids.length; j++) needed[j] = active[kids[j] as number] === s;
      const partials = this.partials.of(id, needed);
      for (let j = 0; j < kids.length; j++) {
        const partial = partials[j];
        if (partial === undefined) continue;
        const kid = kids[j] as number;
        const sent = g.mul(a, partial);
        adjoint[kid] = hasAdjoint[kid] === s ? g.add(adjoint[kid] as number, sent) : sent;
        hasAdjoint[kid] = s;
      }
    }
    const row: GraphRow = [];
    for (const id of order) {
      if (g.kind[id] !== 'var' || active[id] !== s || hasAdjoint[id] !== s) continue;
      const entry = adjoint[id] as number;
      const n = g.numberAt(entry);
      if (n === undefined || !isZeroNum(n)) row.push({ column: g.position[id] as number, entry });
    }
    return row.sort((a, b) => a.column - b.column);
  }

  /** The nodes `root` depends on, itself included, in increasing order (children first). */
  private dependencies(root: number): Int32Array {
    const { seen, sweep } = this;
    const found = [root];
    seen[root] = sweep;
    for (let i = 0; i < found.length; i++) {
      for (const kid of this.g.args[found[i] as number] as readonly number[]) {
        if (seen[kid] !== sweep) {
          seen[kid] = sweep;
          found.push(kid);
        }
      }
    }
    return Int32Array.from(found).sort();
  }

  /** Room for marks on `size` nodes (doubling, so a Hessian's sweeps copy O(size) in all). */
  private reserve(size: number): void {
    if (size <= this.seen.length) return;
    const capacity = Math.max(size, 2 * this.seen.length);
    const grown = (old: Int32Array): Int32Array => {
      const a = new Int32Array(capacity);
      a.set(old);
      return a;
    };
    this.seen = grown(this.seen);
    this.active = grown(this.active);
    this.adjoint = grown(this.adjoint);
    this.hasAdjoint = grown(this.hasAdjoint);
  }
}
