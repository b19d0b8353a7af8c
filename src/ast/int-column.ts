// A growable column of 32-bit integers, for passes that number a tree's nodes and keep a few facts per
// number. Short columns are plain arrays, cheap to make (most trees are small, and a typed array's
// buffer costs more to allocate than a small call's whole walk); a column that grows past TYPED_FROM
// moves into an Int32Array. A plain array grown by `push` to hundreds of thousands of entries is copied
// at every growth into freshly mapped memory; on the 2-core build machines pushing 433,335 numbers took
// 45-70 ms, writing them into a typed array 0.4-11 ms (its buffer comes from malloc, which reuses freed
// memory on later calls). The simplifier's walk over a 100,000-deep derivative keeps six such columns.

/** Entries past which a column is a typed array. */
export const TYPED_FROM = 4096;

export class IntColumn {
  private data: number[] | Int32Array = [];
  private count = 0;

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
    const data = this.data;
    if (Array.isArray(data) && data.length < TYPED_FROM) {
      data.push(0); // the array's own growth; the slot is written by push
      return;
    }
    const bigger = new Int32Array(2 * data.length);
    bigger.set(data);
    this.data = bigger;
  }
}
