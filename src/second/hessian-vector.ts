// hessianVectorProduct: forward-over-reverse on the tape, one pass each way. The forward pass carries
// dual numbers (value, tangent along the direction); the backward pass carries dual adjoints, so
// each variable's adjoint is its partial and the adjoint's tangent is (H·direction) at that variable:
//   ā_child += ā·p    and    (ā_child)' += ā'·p + ā·p',
// p the local partial and p' its tangent, both from the rows' columns (partial-tangents.ts).

import type { Expr, Operation } from '../ast/expr.js';
import { isLeaf } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { dualOf, type Dual } from '../ad/dual.js';
import { component, record } from '../ad/point.js';
import { buildTape, type Tape } from '../ad/tape.js';
import { checkScope, lookup, type Scope } from '../evaluate/scope.js';
import { partialDuals } from './partial-tangents.js';

export interface HessianVectorProduct {
  value: number;
  gradient: Record<string, number>;
  hvp: Record<string, number>;
}

// Trees are immutable: a tape stays right as long as its tree lives.
const tapes = new WeakMap<Expr, Tape>();

/**
 * The value at `point`, the gradient and the Hessian times `direction`, each keyed by every variable
 * of `point` (0 for one `expr` does not use). A variable missing from `direction` has component 0.
 */
export function hessianVectorProduct(
  expr: Expr, point: Record<string, number>, direction: Record<string, number>,
): HessianVectorProduct {
  const scope = checkScope(point, 'point');
  const along = checkScope(direction, 'direction');
  let tape = tapes.get(expr);
  if (tape === undefined) {
    validateTree(expr);
    tapes.set(expr, (tape = buildTape(expr)));
  }
  const duals = forwardPass(tape, scope, along);
  const { adjoints, tangents } = backwardPass(tape, duals);
  const at = (values: Float64Array) => (name: string) => {
    const i = tape.variables.get(name);
    return i === undefined ? 0 : (values[i] as number);
  };
  const keys = Object.keys(scope);
  return { value: (duals[duals.length - 1] as Dual).primal, gradient: record(keys, at(adjoints)), hvp: record(keys, at(tangents)) };
}

function forwardPass(tape: Tape, point: Scope, direction: Scope): Dual[] {
  const duals: Dual[] = [];
  tape.nodes.forEach((node, i) => {
    if (node.kind === 'var') {
      // A component of 0 is "constant along the direction", like an absent one (see ad/dual.ts).
      const tangent = component(direction, node.name);
      duals.push({ primal: lookup(point, node.name, 'point'), tangent: tangent === 0 ? null : tangent });
    } else {
      duals.push(dualOf(node, (tape.kids[i] as number[]).map((k) => duals[k] as Dual)));
    }
  });
  return duals;
}

/** Adjoints and their tangents, parents first; only children that depend on a variable receive them. */
function backwardPass(tape: Tape, duals: readonly Dual[]): { adjoints: Float64Array; tangents: Float64Array } {
  const n = duals.length;
  const adjoints = new Float64Array(n);
  const tangents = new Float64Array(n);
  const active = activeNodes(tape);
  adjoints[n - 1] = 1;
  for (let i = n - 1; i >= 0; i--) {
    const node = tape.nodes[i] as Expr;
    const kids = tape.kids[i] as number[];
    if (isLeaf(node) || !active[i]) continue;
    const p = partialDuals(node as Operation, kids.map((k) => duals[k] as Dual), duals[i] as Dual, (j) => active[kids[j] as number] as boolean);
    const [a, aTangent] = [adjoints[i] as number, tangents[i] as number];
    kids.forEach((k, j) => {
      if (!active[k]) return;
      const { primal, tangent } = p[j] as Dual;
      adjoints[k] = (adjoints[k] as number) + a * primal;
      tangents[k] = (tangents[k] as number) + aTangent * primal + (tangent === null ? 0 : a * tangent);
    });
  }
  return { adjoints, tangents };
}

function activeNodes(tape: Tape): boolean[] {
  const active: boolean[] = [];
  tape.nodes.forEach((node, i) => active.push(node.kind === 'var' || (tape.kids[i] as number[]).some((k) => active[k])));
  return active;
}
