// The second symbolic sweep: the Jacobian of several roots by one reverse sweep per root
// (gradient.ts's adjoint sweep), and the Hessian as the Jacobian of the raw gradient, whose entries
// share one DAG. Entries are raw (smart constructors only) and rows sparse: only the columns of the
// variables a root uses are swept, so a sparse problem costs its non-zeros, not d² (Rosenbrock's
// Hessian of 1,000 variables has 2,998 of 1,000,000).

import type { Expr } from '../ast/expr.js';
import { isZeroNum } from '../ast/numbers.js';
import { postorder } from '../ast/walk.js';
import { adjointsOfVariables } from '../diff/gradient.js';
import type { SweepBudget } from './budget.js';

/** A row's entries that are not the number 0, by column, in increasing column order. */
export type SparseRow = { readonly column: number; readonly entry: Expr }[];

/** ∂roots[k]/∂names[j] for j ≥ from(k): one sweep per root, over the names it actually uses. */
export function rawJacobian(
  roots: readonly Expr[], names: readonly string[], budget: SweepBudget, from: (k: number) => number = () => 0,
): SparseRow[] {
  const column = new Map(names.map((name, j) => [name, j]));
  return roots.map((root, k) => {
    const order = postorder(root);
    budget.spend(order.length);
    const first = from(k);
    const used = usedNames(order).filter((name) => (column.get(name) ?? -1) >= first);
    const row: SparseRow = [];
    adjointsOfVariables(root, used).forEach((entry, i) => {
      if (!isZeroNum(entry)) row.push({ column: column.get(used[i] as string) as number, entry });
    });
    return row.sort((a, b) => a.column - b.column);
  });
}

/** The raw gradient and the raw Hessian's upper triangle (row i holds the columns j ≥ i). */
export function rawSecondOrder(root: Expr, names: readonly string[], budget: SweepBudget): { gradient: Expr[]; upper: SparseRow[] } {
  budget.spend(postorder(root).length);
  const gradient = adjointsOfVariables(root, names);
  return { gradient, upper: rawJacobian(gradient, names, budget, (i) => i) };
}

function usedNames(order: readonly Expr[]): string[] {
  const names = new Set<string>();
  for (const node of order) if (node.kind === 'var') names.add(node.name);
  return [...names];
}
