// The second symbolic sweep: the Jacobian of several roots by one reverse sweep per root
// (gradient.ts's adjoint sweep), and the Hessian as the Jacobian of the raw gradient, whose entries
// share one DAG. Entries are raw (smart constructors only): a structural zero is the exact 0.

import type { Expr } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';
import { adjointsOfVariables } from '../diff/gradient.js';
import { zero } from '../ast/smart.js';
import type { SweepBudget } from './budget.js';

/** ∂roots[k]/∂names[j] for j ≥ from(k): one sweep per root, over the names it actually uses. */
export function rawJacobian(
  roots: readonly Expr[], names: readonly string[], budget: SweepBudget, from: (k: number) => number = () => 0,
): Expr[][] {
  const column = new Map(names.map((name, j) => [name, j]));
  return roots.map((root, k) => {
    const row: Expr[] = new Array<Expr>(names.length).fill(zero);
    const first = from(k);
    const order = postorder(root);
    budget.spend(order.length);
    // Sweeping for the names the root uses (few, in a sparse problem) keeps a row's cost to its own DAG.
    const used = usedNames(order).filter((name) => (column.get(name) ?? -1) >= first);
    adjointsOfVariables(root, used).forEach((entry, i) => {
      row[column.get(used[i] as string) as number] = entry;
    });
    return row;
  });
}

/** The raw gradient and the raw Hessian's upper triangle (entries [i][j] for j ≥ i; below, zero). */
export function rawSecondOrder(root: Expr, names: readonly string[], budget: SweepBudget): { gradient: Expr[]; upper: Expr[][] } {
  budget.spend(postorder(root).length);
  const gradient = adjointsOfVariables(root, names);
  return { gradient, upper: rawJacobian(gradient, names, budget, (i) => i) };
}

function usedNames(order: readonly Expr[]): string[] {
  const names = new Set<string>();
  for (const node of order) if (node.kind === 'var') names.add(node.name);
  return [...names];
}
