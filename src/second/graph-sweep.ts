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
  /** Scratch: the dependencies found by a sweep, and which operands of a node need their partial. */
  private found: Int32Array = new Int32Array(64);
  private readonly needed: boolean[] = [];

  constructor(private readonly g: Graph, private readonly budget: SweepBudget) {
    this.partials = new GraphPartials(g);
  }

  /**
   * ∂root/∂(the variable at position j) for every listed j ≥ from.
   *
   * In steps, each a small function that ends with its loop: as one function, V8 (Node 20) optimized
   * it on stack replacement (OSR) in its first loop, on the first long sweep, before the code after
   * that loop had ever run; that code, reentered by later calls, bailed out where the code without
   * feedback began on nearly every call ("insufficient type feedback": over 1,000 times in six
   * Rosenbrock Hessians of 1,000 variables), finishing the call unoptimized. Nothing after a loop
   * here needs feedback; what follows one is in `row`, which has no loop.
   */
  row(root: number, from = 0): GraphRow {
    this.reserve(this.g.size);
    const s = ++this.sweep;
    const order = this.dependencies(root);
    this.budget.spend(order.length);
    this.markActive(order, from, s);
    this.pushAdjoints(order, root, s);
    const row = this.entries(order, s);
    // Mostly in order already (variables are numbered as met): sorted only when not.
    return inOrder(row) ? row : row.sort((a, b) => a.column - b.column);
  }

  /** active[id] = s for the nodes of `order` that are, or depend on, a listed variable at a position ≥ from. */
  private markActive(order: Int32Array, from: number, s: number): void {
    const { g, active } = this;
    for (let k = 0; k < order.length; k++) {
      const id = order[k] as number;
      if (g.isVariable(id)) {
        if (g.positionOf(id) >= from) active[id] = s;
        continue;
      }
      for (let j = 0, n = g.arity(id); j < n; j++) {
        if (active[g.arg(id, j)] === s) {
          active[id] = s;
          break;
        }
      }
    }
  }

  /** The adjoints, from the root (1) down to the active nodes, parents before children. */
  private pushAdjoints(order: Int32Array, root: number, s: number): void {
    const { g, adjoint, hasAdjoint } = this;
    adjoint[root] = g.num(one);
    hasAdjoint[root] = s;
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i] as number;
      if (hasAdjoint[id] === s && this.active[id] === s && !g.isVariable(id)) this.pushAdjoint(id, s);
    }
  }

  /** The adjoint of `id` sent to each active operand, times the operand's local partial. */
  private pushAdjoint(id: number, s: number): void {
    const { g, active, adjoint, hasAdjoint, needed } = this;
    const a = adjoint[id] as number;
    const n = g.arity(id);
    needed.length = n;
    for (let j = 0; j < n; j++) needed[j] = active[g.arg(id, j)] === s;
    const partials = this.partials.of(id, needed);
    for (let j = 0; j < n; j++) {
      const partial = partials[j] as number;
      if (partial < 0) continue;
      const kid = g.arg(id, j);
      const sent = g.mul(a, partial);
      adjoint[kid] = hasAdjoint[kid] === s ? g.add(adjoint[kid] as number, sent) : sent;
      hasAdjoint[kid] = s;
    }
  }

  /** The active variables' adjoints that are not the number 0, in the order of their nodes. */
  private entries(order: Int32Array, s: number): GraphRow {
    const { g, active, adjoint, hasAdjoint } = this;
    const row: GraphRow = [];
    for (let k = 0; k < order.length; k++) {
      const id = order[k] as number;
      if (!g.isVariable(id) || active[id] !== s || hasAdjoint[id] !== s) continue;
      const entry = adjoint[id] as number;
      const n = g.numberAt(entry);
      if (n === undefined || !isZeroNum(n)) row.push({ column: g.positionOf(id), entry });
    }
    return row;
  }

  /** The nodes `root` depends on, itself included, in increasing order (children first). */
  private dependencies(root: number): Int32Array {
    const count = this.reach(root); // first: it may replace `found` by a larger array
    const order = this.found.subarray(0, count);
    // Most of a Hessian's sweeps reach a few dozen nodes: sorted in place, where the built-in sort
    // copies them into a new array first.
    return count <= SORTED_BY_INSERTION ? insertionSorted(order) : order.sort();
  }

  /** How many nodes `root` depends on, itself included, found into `found` (in no order). */
  private reach(root: number): number {
    const { seen, sweep, g } = this;
    let found = this.found;
    let count = 1;
    found[0] = root;
    seen[root] = sweep;
    for (let i = 0; i < count; i++) {
      const id = found[i] as number;
      for (let j = 0, n = g.arity(id); j < n; j++) {
        const kid = g.arg(id, j);
        if (seen[kid] === sweep) continue;
        seen[kid] = sweep;
        if (count === found.length) found = this.growFound();
        found[count++] = kid;
      }
    }
    return count;
  }

  private growFound(): Int32Array {
    const grown = new Int32Array(2 * this.found.length);
    grown.set(this.found);
    return (this.found = grown);
  }

  /** Room for marks on `size` nodes (doubling, so a Hessian's sweeps copy O(size) in all). */
  private reserve(size: number): void {
    if (size <= this.seen.length) return;
    // Room for the graph to double as the sweeps add derivatives (Rosenbrock's grows from 16,000 to 29,000 nodes).
    const capacity = Math.max(2 * size, 2 * this.seen.length);
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

const SORTED_BY_INSERTION = 64;

function insertionSorted(a: Int32Array): Int32Array {
  for (let i = 1; i < a.length; i++) {
    const x = a[i] as number;
    let j = i - 1;
    for (; j >= 0 && (a[j] as number) > x; j--) a[j + 1] = a[j] as number;
    a[j + 1] = x;
  }
  return a;
}

function inOrder(row: GraphRow): boolean {
  for (let k = 1; k < row.length; k++) if ((row[k - 1] as { column: number }).column >= (row[k] as { column: number }).column) return false;
  return true;
}
