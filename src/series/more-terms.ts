// The signal that a node's series was asked for more terms than were made for it: a quotient whose
// divisor starts at 0 (sin(x)/x) needs its operands m terms further. Making them on demand would
// recurse through the operands' whole subtrees (100,000 deep); the driver instead makes more terms
// of that node and everything below it, children first as always, and starts again.

import type { Expr } from '../ast/expr.js';

export class MoreTerms extends Error {
  override readonly name = 'MoreTerms';
  /** `node` was asked past its `made` terms. */
  constructor(readonly node: Expr, readonly made: number) {
    super(`more than ${made} terms needed`);
  }
}
