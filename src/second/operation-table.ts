// Graph nodes by (operation code, operands), for value numbering (graph.ts): open addressing over an
// Int32Array of entry numbers + 1, the entries in typed arrays. A Map keyed by one number combining
// the three was most of the graph's time (keys past 2^31 are heap numbers, an allocation each), one
// keyed by strings allocates a string per lookup, and plain arrays of entries cost a push each.

export class OperationTable {
  private slots: Int32Array = new Int32Array(1 << 7);
  private codes: Int32Array = new Int32Array(1 << 6);
  private firsts: Int32Array = new Int32Array(1 << 6);
  private seconds: Int32Array = new Int32Array(1 << 6);
  private values: Int32Array = new Int32Array(1 << 6);
  private count = 0;

  /** The value stored for code(a, b) (b = -1 for one operand), or -1. */
  get(code: number, a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let h = hashOf(code, a, b) & mask; ; h = (h + 1) & mask) {
      const entry = (this.slots[h] as number) - 1;
      if (entry < 0) return -1;
      if (this.codes[entry] === code && this.firsts[entry] === a && this.seconds[entry] === b) return this.values[entry] as number;
    }
  }

  set(code: number, a: number, b: number, value: number): void {
    if (this.count === this.values.length) this.growEntries();
    const entry = this.count++;
    this.codes[entry] = code;
    this.firsts[entry] = a;
    this.seconds[entry] = b;
    this.values[entry] = value;
    if (this.count * 2 > this.slots.length) this.growSlots();
    else this.insert(entry);
  }

  private insert(entry: number): void {
    const mask = this.slots.length - 1;
    let h = hashOf(this.codes[entry] as number, this.firsts[entry] as number, this.seconds[entry] as number) & mask;
    while (this.slots[h] !== 0) h = (h + 1) & mask;
    this.slots[h] = entry + 1;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) this.insert(entry);
  }

  private growEntries(): void {
    const grown = (old: Int32Array): Int32Array => {
      const a = new Int32Array(old.length * 2);
      a.set(old);
      return a;
    };
    this.codes = grown(this.codes);
    this.firsts = grown(this.firsts);
    this.seconds = grown(this.seconds);
    this.values = grown(this.values);
  }
}

function hashOf(code: number, a: number, b: number): number {
  let h = Math.imul(code, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b) ^ (h >>> 13);
  h = Math.imul(h ^ b, 0x85ebca6b) ^ (h >>> 13);
  return h ^ (h >>> 16);
}
