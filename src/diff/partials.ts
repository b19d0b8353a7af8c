// ∂node/∂child for each child of an operator node, as trees: the local derivatives that the
// symbolic reverse sweep (gradient.ts) multiplies by the node's adjoint. D (differentiate.ts) writes
// the same calculus forwards; the two are checked against each other by the tests.

import type { Expr, Operation } from '../ast/expr.js';
import { assertNever } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { call, div, mul, neg, one, pow, square, sub } from '../ast/smart.js';
import { int } from '../ast/numbers.js';

const minusOne = int(-1);

/** The local partials of `e`, one per child; `needed(i)` is false for children whose partial is not used. */
export function localPartials(e: Operation, needed: (i: number) => boolean): (Expr | undefined)[] {
  switch (e.kind) {
    case 'add': // ∂(u + v)/∂u = 1
      return e.args.map(() => one);
    case 'sub': // ∂(u - v)/∂u = 1, ∂/∂v = -1
      return [one, minusOne];
    case 'neg':
      return [minusOne];
    case 'mul': // ∂(u1 … un)/∂ui = the product of the others
      return e.args.map((_, i) => (needed(i) ? e.args.filter((__, j) => j !== i).reduce((p, f) => mul(p, f)) : undefined));
    case 'div': { // ∂(u/v)/∂u = 1/v, ∂/∂v = -u/v²
      const [u, v] = e.args;
      return [div(one, v), needed(1) ? neg(div(u, square(v))) : undefined];
    }
    case 'pow': { // ∂(u^v)/∂u = v·u^(v-1), ∂/∂v = u^v·log(u)
      const [u, v] = e.args;
      return [needed(0) ? mul(v, pow(u, sub(v, one))) : undefined, needed(1) ? mul(e, call('log', u)) : undefined];
    }
    case 'call':
      return FUNCTIONS[e.fn].derivative(e.args);
    default:
      return assertNever(e);
  }
}
