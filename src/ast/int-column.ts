// A growable column of 32-bit integers, for passes that number a tree's nodes and keep a few facts per
// number. A JavaScript array grown by `push` to hundreds of thousands of entries is copied at every
// growth into freshly mapped memory; on the 2-core build machines pushing 433,335 numbers took 45-70
// ms, writing them into a typed array 0.4-11 ms (its buffer comes from malloc, which reuses freed
// memory on later calls). The simplifier's walk over a 100,000-deep derivative keeps six such columns.

export class IntColumn {
  private data: Int32Array;
  private count = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(capacity, 4));
  }

  get length(): number {
    return this.count;
  }

  at(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  push(value: number): void {
    if (this.count === this.data.length) this.grow();
    this.data[this.count++] = value;
  }

  /** The last value, removed (the column must not be empty). */
  pop(): number {
    return this.data[--this.count] as number;
  }

  private grow(): void {
    const bigger = new Int32Array(2 * this.data.length);
    bigger.set(this.data);
    this.data = bigger;
  }
}
