// What the canonical-form builder knows about each node it made, in one table: the node's identity
// for hash-consing and everything remembered about it (its printed size, its value when it has no
// variables, its number, its split as a term…), found with one look-up by its structural hash.
//
// One map rather than one per fact: on a 100,000-deep tree the simplifier's time is map operations
// on maps of hundreds of thousands of entries, and a new node used to cost four insertions.

import { samePayload } from '../ast/equality.js';
import type { Expr } from '../ast/expr.js';
import type { Term } from './canon.js';
import type { Pretty } from './pretty.js';

/** One node and what is known of it. Fields are filled as they are first asked for. */
export class Entry {
  /** Its operands' identities, as `remembered` keys sums by them. */
  readonly id: number;
  /** The operator counts of its pretty form. */
  count: Pretty<number> | undefined = undefined;
  /** Its value when it has no variables (finite or not); undefined otherwise. */
  constant: number | undefined = undefined;
  /** As coefficient × monomial, for a product with a leading number. */
  term: Term | undefined = undefined;
  /** For a sum: itself with a positive leading term, or its negation. */
  positive: Expr | undefined = undefined;
  /** Its printed form as a tree, made for results only. */
  tree: Pretty<Expr> | undefined = undefined;

  constructor(readonly node: Expr, id: number) {
    this.id = id;
  }
}

export class NodeTable {
  /** By structural hash: one entry, or the few whose hashes collide. */
  private readonly byHash = new Map<number, Entry | Entry[]>();
  private size = 0;

  /** The entry of `e` itself (by identity); undefined for a node not in the table. */
  of(e: Expr): Entry | undefined {
    const found = this.byHash.get(e.hash);
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return found.node === e ? found : undefined;
    for (const entry of found) if (entry.node === e) return entry;
    return undefined;
  }

  /**
   * The entry of the node structurally equal to `node` (whose children are in the table already, so
   * compared by identity), added when there is none: a new entry is the one whose `count` is unset.
   */
  intern(node: Expr): Entry {
    const found = this.byHash.get(node.hash);
    if (found === undefined) {
      const entry = new Entry(node, this.size++);
      this.byHash.set(node.hash, entry);
      return entry;
    }
    const bucket = Array.isArray(found) ? found : [found];
    for (const entry of bucket) if (entry.node === node || sameNode(entry.node, node)) return entry;
    const entry = new Entry(node, this.size++);
    if (bucket.length === 1) this.byHash.set(node.hash, [...bucket, entry]);
    else bucket.push(entry);
    return entry;
  }
}

function sameNode(a: Expr, b: Expr): boolean {
  if (!samePayload(a, b)) return false;
  if (a.kind === 'num' || a.kind === 'var' || a.kind === 'const') return true;
  const ys = (b as Extract<Expr, { args: unknown }>).args;
  return a.args.every((x, i) => x === ys[i]);
}
