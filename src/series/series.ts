// A truncated power series in t = x - at, computed lazily one coefficient at a time: coefficient k
// may depend on coefficients below k of the series itself (w = exp(u): w' = w·u'), so each rule is
// a recurrence `next(k)` run in increasing k, every coefficient made once and remembered.

import type { Expr } from '../ast/expr.js';
import type { Coefficient } from './coefficient.js';
import { MoreTerms } from './more-terms.js';
import { NotAnalytic } from './not-analytic.js';

let nextId = 0;

export class Series {
  /** Identity for the composition cache (sin(U) is made once per series U). */
  readonly id = nextId++;
  private readonly known: Coefficient[] = [];
  /** Making coefficient `known.length` now: asked for it again meanwhile, the recurrence is circular. */
  private making = false;

  /**
   * `next(k)` makes coefficient k, and may read coefficients below k of this series (already made).
   * `constant` series have every coefficient above 0 equal to 0, and rules use that to do less.
   */
  constructor(private readonly next: (k: number) => Coefficient, readonly constant = false) {}

  /** Coefficient k: every coefficient up to k is made in turn, so recurrences never recurse deeply in k. */
  at(k: number): Coefficient {
    while (this.known.length <= k) {
      // A rule that needs the very coefficient it makes (a derivative column reading 0/0 at the point,
      // whose next term needs this one) would recurse without end: no series from the rules here.
      if (this.making) throw new NotAnalytic();
      this.making = true;
      try {
        this.known.push(this.next(this.known.length));
      } finally {
        this.making = false;
      }
    }
    return this.known[k] as Coefficient;
  }

  /** The coefficients already made (after `at(n)`, the first n + 1). */
  get made(): number {
    return this.known.length;
  }
}

/**
 * The series of input node `node` as its parents see it once `terms` + 1 coefficients are made:
 * asking past them is MoreTerms, never a lazy computation down a deep subtree.
 */
export function limited(s: Series, terms: number, node: Expr): Series {
  if (s.constant) return s; // cheap at any index
  return new Series((k) => {
    if (k > terms) throw new MoreTerms(node, terms);
    return s.at(k);
  });
}
