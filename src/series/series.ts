// A truncated power series in t = x - at, computed lazily one coefficient at a time: coefficient k
// may depend on coefficients below k of the series itself (w = exp(u): w' = w·u'), so each rule is
// a recurrence `next(k)` run in increasing k, every coefficient made once and remembered.

import type { Coefficient } from './coefficient.js';

let nextId = 0;

export class Series {
  /** Identity for the composition cache (sin(U) is made once per series U). */
  readonly id = nextId++;
  private readonly known: Coefficient[] = [];

  /**
   * `next(k)` makes coefficient k, and may read coefficients below k of this series (already made).
   * `constant` series have every coefficient above 0 equal to 0, and rules use that to do less.
   */
  constructor(private readonly next: (k: number) => Coefficient, readonly constant = false) {}

  /** Coefficient k: every coefficient up to k is made in turn, so recurrences never recurse deeply in k. */
  at(k: number): Coefficient {
    while (this.known.length <= k) this.known.push(this.next(this.known.length));
    return this.known[k] as Coefficient;
  }

  /** The coefficients already made (after `at(n)`, the first n + 1). */
  get made(): number {
    return this.known.length;
  }
}
