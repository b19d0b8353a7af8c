// Graph nodes by (operation code, operands), for value numbering (graph.ts): open addressing over one
// Int32Array holding each entry in its slot, four numbers in a row (code + 1, 0 for an empty slot;
// first operand; second operand; value), so a lookup reads one cache line. A Map keyed by one number
// combining the three was most of the graph's time (keys past 2^31 are heap numbers, an allocation
// each), one keyed by strings allocates a string per lookup. Slots holding entry numbers into columns
// of entries read two places per lookup where this reads one (a small gain: 3.1 -> 2.9 ms for 90,000
// lookups of 30,000 keys, about the size of Rosenbrock's Hessian of 1,000 variables).

/** Numbers per slot; slot h starts at h << SHIFT. */
const SHIFT = 2;

export class OperationTable {
  private slots: Int32Array = new Int32Array(1 << (7 + SHIFT));
  /** Slots - 1 (their number is a power of 2). */
  private mask = (1 << 7) - 1;
  private count = 0;

  /** The value stored for code(a, b) (b = -1 for one operand), or -1. */
  get(code: number, a: number, b: number): number {
    const { slots, mask } = this;
    for (let h = hashOf(code, a, b) & mask; ; h = (h + 1) & mask) {
      const at = h << SHIFT;
      const stored = slots[at] as number;
      if (stored === 0) return -1;
      if (stored === code + 1 && slots[at + 1] === a && slots[at + 2] === b) return slots[at + 3] as number;
    }
  }

  /** Stores `value` for code(a, b), which must not be stored yet. */
  set(code: number, a: number, b: number, value: number): void {
    // At most half the slots full: probes stay short.
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.count++;
    insert(this.slots, this.mask, code + 1, a, b, value);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = 2 * this.mask + 1;
    for (let at = 0; at < old.length; at += 1 << SHIFT) {
      const stored = old[at] as number;
      if (stored !== 0) insert(this.slots, this.mask, stored, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
    }
  }
}

/** Writes the entry into the first empty slot of its probe sequence; `stored` is its code + 1. */
function insert(slots: Int32Array, mask: number, stored: number, a: number, b: number, value: number): void {
  let h = hashOf(stored - 1, a, b) & mask;
  while (slots[h << SHIFT] !== 0) h = (h + 1) & mask;
  const at = h << SHIFT;
  slots[at] = stored;
  slots[at + 1] = a;
  slots[at + 2] = b;
  slots[at + 3] = value;
}

function hashOf(code: number, a: number, b: number): number {
  let h = Math.imul(code, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b) ^ (h >>> 13);
  h = Math.imul(h ^ b, 0x85ebca6b) ^ (h >>> 13);
  return h ^ (h >>> 16);
}
