// The two passes of reverse mode over a tape, interpreted: the forward pass puts a value on every
// node, children first; the backward pass seeds the root with adjoint 1 and, in reverse evaluation
// order, pushes each node's adjoint to its children times the local partials (partials.ts),
// accumulating with `+=`: that is how a shared subtree collects the contributions of all its parents.

import type { Expr } from '../ast/expr.js';
import { lookup, type Scope } from '../evaluate/scope.js';
import { nodeValue } from '../evaluate/node-value.js';
import { partials } from './partials.js';
import type { Tape } from './tape.js';

/** Every node's value, children first. */
export function forwardPass(tape: Tape, point: Scope): Float64Array {
  const values = new Float64Array(tape.nodes.length);
  tape.nodes.forEach((node, i) => {
    values[i] = node.kind === 'var'
      ? lookup(point, node.name, 'point')
      : nodeValue(node, (tape.kids[i] as number[]).map((k) => values[k] as number));
  });
  return values;
}

/** Every node's adjoint ∂root/∂node, parents first. */
export function backwardPass(tape: Tape, values: Float64Array): Float64Array {
  const adjoints = new Float64Array(values.length);
  adjoints[values.length - 1] = 1;
  for (let i = values.length - 1; i >= 0; i--) {
    const kids = tape.kids[i] as number[];
    if (kids.length === 0) continue;
    const local = partials(tape.nodes[i] as Expr, kids.map((k) => values[k] as number), values[i] as number);
    const adjoint = adjoints[i] as number;
    kids.forEach((k, j) => {
      adjoints[k] = (adjoints[k] as number) + adjoint * (local[j] as number);
    });
  }
  return adjoints;
}
