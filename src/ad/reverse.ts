// Reverse-mode automatic differentiation: a forward pass puts a value on every distinct node of the
// tape, then a backward pass seeds the root with adjoint 1 and, in reverse evaluation order, pushes
// each node's adjoint to its children times the local partials, accumulating with `+=`: that is how
// a shared subtree collects the contributions of all its parents.

import type { Expr } from '../ast/expr.js';
import { toExpr } from '../parser/input.js';
import { checkPoint, coordinate, record, type Point } from './point.js';
import { partials, primal } from './partials.js';
import { buildTape, type Tape } from './tape.js';

export interface TraceNode {
  expr: Expr;
  value: number;
  adjoint: number;
}

/** The value at `point` and the gradient wrt every variable of `point` (0 for one `expr` does not use). */
export function valueAndGrad(
  expr: Expr | string, point: Record<string, number>,
): { value: number; gradient: Record<string, number> } {
  const { value, gradient } = reverseModeTrace(expr, point);
  return { value, gradient };
}

/** The same, with every distinct node's value and adjoint, children before parents. */
export function reverseModeTrace(
  expr: Expr | string, point: Record<string, number>,
): { value: number; gradient: Record<string, number>; nodes: TraceNode[] } {
  const root = toExpr(expr);
  checkPoint(point, 'point');
  const tape = buildTape(root);
  const values = forwardPass(tape, point);
  const adjoints = backwardPass(tape, values);
  const nodes = tape.nodes.map((node, i) => ({ expr: node, value: values[i] as number, adjoint: adjoints[i] as number }));
  return { value: values[values.length - 1] as number, gradient: gradientAt(tape, point, adjoints), nodes };
}

export function forwardPass(tape: Tape, point: Point): Float64Array {
  const values = new Float64Array(tape.nodes.length);
  tape.nodes.forEach((node, i) => {
    values[i] = node.kind === 'var'
      ? coordinate(point, node.name)
      : primal(node, (tape.kids[i] as number[]).map((k) => values[k] as number));
  });
  return values;
}

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

function gradientAt(tape: Tape, point: Point, adjoints: Float64Array): Point {
  return record(Object.keys(point), (name) => {
    const at = tape.variables.get(name);
    return at === undefined ? 0 : (adjoints[at] as number);
  });
}
