// ∂node/∂child for each child of a node, as trees: the local derivatives that the symbolic reverse
// sweep (gradient.ts) multiplies by the node's adjoint. Read from the same columns as D: a function
// row's outer derivative, and an operator row's rule with tangent 1 for one child and 0 for the
// others, so a limit written in a row ((0^v)' = 0) reaches D and the gradient alike.

import type { Expr, Operation } from '../ast/expr.js';
import { assertNever } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { partialOrRefuse } from '../ast/functions/row.js';
import { OPERATORS } from '../ast/operators.js';
import { one, zero } from '../ast/smart.js';

/** The local partials of `e`, one per child; `needed(i)` is false for children whose partial is not used. */
export function localPartials(e: Operation, needed: (i: number) => boolean): (Expr | undefined)[] {
  switch (e.kind) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow': {
      const row = OPERATORS[e.kind];
      return e.args.map((_, i) => (needed(i) ? row.derivative(e.args, e.args.map((__, j) => (j === i ? one : zero)), e) : undefined));
    }
    case 'call': {
      const fn = e.fn;
      const partials = FUNCTIONS[fn].derivative(e.args);
      return e.args.map((_, i) => (needed(i) ? partialOrRefuse(fn, partials, i) : undefined));
    }
    default:
      return assertNever(e);
  }
}
