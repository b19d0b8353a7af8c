// What the canonical-form builder knows about each node it made, in one table: the node's identity
// for hash-consing and everything remembered about it (its printed size, its value when it has no
// variables, its number, its split as a term…), found with one look-up by its structural hash.
//
// One table rather than a map per fact, and open addressing over typed arrays rather than a Map: on
// a 100,000-deep tree the simplifier's time was map operations on maps of hundreds of thousands of
// entries (each a few cache misses), and a new node used to cost four insertions.

import { samePayload } from '../ast/equality.js';
import { TYPED_FROM } from '../ast/int-column.js';
import type { Expr } from '../ast/expr.js';
import type { Term } from './canon.js';
import type { Pretty } from './pretty.js';

/**
 * One node and what is known of it; it is also the operator counts of the node's pretty form
 * (`magnitude`, `negative`), set once as the node is added. Other fields are filled when first asked for.
 */
export class Entry implements Pretty<number> {
  /** Whether the counts below are set: a node whose children were all this canon's. */
  counted = false;
  magnitude = 0;
  negative = false;
  /** Its value when it has no variables (finite or not); undefined otherwise. */
  constant: number | undefined = undefined;
  /** As coefficient × monomial, for a product with a leading number. */
  term: Term | undefined = undefined;
  /** For a sum: itself with a positive leading term, or its negation. */
  positive: Expr | undefined = undefined;
  /** Its printed form as a tree, made for results only. */
  tree: Pretty<Expr> | undefined = undefined;

  /** `id` numbers the entries in the order added: `remembered` keys sums by their terms' ids. */
  constructor(readonly node: Expr, readonly id: number) {}
}

const INITIAL_CAPACITY = 64; // a power of two: most simplifications are small (a builder per call); the table doubles as it fills

/**
 * Open addressing over two columns of integers, a slot's hash and its entry's number + 1 (0: empty);
 * the entries in an array by number. Slots held as an array of entries were, on a 100,000-deep
 * derivative, a fresh 16 MB array at the last doubling (and as much before it), written whole with
 * `undefined`: large arrays come from newly mapped memory, slow to touch on the build machines, where
 * typed arrays' buffers come from malloc, which reuses freed memory. Small tables (most: a builder per
 * call) are plain arrays, as a typed array costs more to make than a small simplification's table.
 */
export class NodeTable {
  private hashes: number[] | Int32Array = zeros(INITIAL_CAPACITY);
  private slots: number[] | Int32Array = zeros(INITIAL_CAPACITY);
  private readonly entries: Entry[] = [];

  /** The entry of `e` itself (by identity); undefined for a node not in the table. */
  of(e: Expr): Entry | undefined {
    const mask = this.slots.length - 1;
    const hash = e.hash | 0;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number;
      if (slot === 0) return undefined;
      if (this.hashes[i] === hash) {
        const entry = this.entries[slot - 1] as Entry;
        if (entry.node === e) return entry;
      }
    }
  }

  /**
   * The entry of the node structurally equal to `node` (whose children are in the table already, so
   * compared by identity), added when there is none: a new entry is the one not `counted` yet.
   */
  intern(node: Expr): Entry {
    const mask = this.slots.length - 1;
    const hash = node.hash | 0;
    let i = hash & mask;
    for (; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number;
      if (slot === 0) break;
      if (this.hashes[i] === hash) {
        const entry = this.entries[slot - 1] as Entry;
        if (entry.node === node || sameNode(entry.node, node)) return entry;
      }
    }
    const entry = new Entry(node, this.entries.length);
    this.entries.push(entry);
    this.hashes[i] = hash;
    this.slots[i] = this.entries.length;
    if (2 * this.entries.length > this.slots.length) this.grow();
    return entry;
  }

  /** Twice the slots, every entry placed again (kept at most half full, so probes stay short). */
  private grow(): void {
    const old = this.slots;
    const oldHashes = this.hashes;
    const capacity = 2 * old.length;
    const mask = capacity - 1;
    this.hashes = zeros(capacity);
    this.slots = zeros(capacity);
    for (let j = 0; j < old.length; j++) {
      const slot = old[j] as number;
      if (slot === 0) continue;
      const hash = oldHashes[j] as number;
      let i = hash & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.hashes[i] = hash;
      this.slots[i] = slot;
    }
  }
}

/** `capacity` zeros: a plain array while small, a typed array past TYPED_FROM (int-column.ts). */
function zeros(capacity: number): number[] | Int32Array {
  return capacity <= TYPED_FROM ? new Array<number>(capacity).fill(0) : new Int32Array(capacity);
}

function sameNode(a: Expr, b: Expr): boolean {
  if (!samePayload(a, b)) return false;
  if (a.kind === 'num' || a.kind === 'var' || a.kind === 'const') return true;
  const ys = (b as Extract<Expr, { args: unknown }>).args;
  return a.args.every((x, i) => x === ys[i]);
}
