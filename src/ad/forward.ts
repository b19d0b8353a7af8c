// Forward-mode automatic differentiation: one pass over the distinct nodes, children first, carrying
// a dual number (value, derivative along the direction) through each node's rule (dual.ts).

import { children, type Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { postorder } from '../ast/walk.js';
import { dualOf, type Dual } from './dual.js';
import { checkScope, lookup, type Scope } from '../evaluate/scope.js';
import { component } from './point.js';

/**
 * The value of `expr` at `point` and its derivative along `direction` (Σ ∂f/∂v · direction[v]).
 * A variable missing from `direction` has tangent 0; one missing from `point` is unbound.
 */
export function directionalDerivative(
  root: Expr, point: Record<string, number>, direction: Record<string, number>,
): { value: number; derivative: number } {
  validateTree(root); // a forged node gets an InvalidArgumentError, not a confusing crash in a rule
  const at = checkScope(point, 'point');
  const along = checkScope(direction, 'direction');
  const duals = new Map<Expr, Dual>();
  for (const node of postorder(root)) {
    duals.set(node, node.kind === 'var'
      ? variableDual(at, along, node.name)
      : dualOf(node, children(node).map((kid) => duals.get(kid) as Dual)));
  }
  const { primal, tangent } = duals.get(root) as Dual;
  return { value: primal, derivative: tangent ?? 0 };
}

function variableDual(point: Scope, direction: Scope, name: string): Dual {
  const tangent = component(direction, name);
  // A component of 0 is "constant along the direction", like an absent one (see dual.ts).
  return { primal: lookup(point, name, 'point'), tangent: tangent === 0 ? null : tangent };
}
