// How large a matrix of derivatives may grow before it is refused with ExpressionTooLargeError instead
// of exhausting memory: its entries (d² for a Hessian of d variables) and the distinct nodes its
// sweeps visit (each sweep builds a few nodes per node it visits).

import { ExpressionTooLargeError } from '../errors.js';

/** 4,000 × 4,000 entries: 128 MB of references for the rows alone. */
export const MAX_ENTRIES = 16_000_000;
/** Distinct nodes visited by all the sweeps of one matrix together. */
export const MAX_SWEPT_NODES = 20_000_000;

export function checkEntries(what: string, rows: number, columns: number): void {
  if (rows * columns > MAX_ENTRIES) {
    throw new ExpressionTooLargeError(`${what} (${rows} × ${columns})`, MAX_ENTRIES, HINT, 'entries');
  }
}

/** Counts the nodes the sweeps visit; throws once they pass MAX_SWEPT_NODES. */
export class SweepBudget {
  private visited = 0;
  constructor(private readonly what: string) {}

  spend(nodes: number): void {
    this.visited += nodes;
    if (this.visited > MAX_SWEPT_NODES) throw new ExpressionTooLargeError(`${this.what}'s sweeps`, MAX_SWEPT_NODES, HINT, 'nodes');
  }
}

const HINT = 'try hessianVectorProduct or compileGradient, which need no matrix of trees';
