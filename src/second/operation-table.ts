// Graph nodes by (kind, operands), for value numbering (graph.ts): open addressing over an Int32Array
// of entry numbers + 1. A Map keyed by one number combining the three was most of the graph's time
// (keys past 2^31 are heap numbers, an allocation each), and one keyed by strings allocates a string
// per lookup.

import type { OperatorKind } from '../ast/operators.js';

const KIND_CODE: Readonly<Record<OperatorKind, number>> = { add: 1, sub: 2, mul: 3, div: 4, neg: 5, pow: 6 };

export class OperationTable {
  private slots = new Int32Array(1 << 10);
  private readonly kinds: OperatorKind[] = [];
  private readonly firsts: number[] = [];
  private readonly seconds: number[] = [];
  private readonly values: number[] = [];

  /** The node of kind(a, b) (b = -1 for one operand), or -1. */
  get(kind: OperatorKind, a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let h = hashOf(KIND_CODE[kind], a, b) & mask; ; h = (h + 1) & mask) {
      const entry = (this.slots[h] as number) - 1;
      if (entry < 0) return -1;
      if (this.kinds[entry] === kind && this.firsts[entry] === a && this.seconds[entry] === b) return this.values[entry] as number;
    }
  }

  set(kind: OperatorKind, a: number, b: number, value: number): void {
    this.kinds.push(kind);
    this.firsts.push(a);
    this.seconds.push(b);
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) this.grow();
    else this.insert(this.values.length - 1);
  }

  private insert(entry: number): void {
    const mask = this.slots.length - 1;
    let h = hashOf(KIND_CODE[this.kinds[entry] as OperatorKind], this.firsts[entry] as number, this.seconds[entry] as number) & mask;
    while (this.slots[h] !== 0) h = (h + 1) & mask;
    this.slots[h] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.values.length; entry++) this.insert(entry);
  }
}

function hashOf(code: number, a: number, b: number): number {
  let h = Math.imul(code, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b) ^ (h >>> 13);
  h = Math.imul(h ^ b, 0x85ebca6b) ^ (h >>> 13);
  return h ^ (h >>> 16);
}
