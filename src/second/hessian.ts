// jacobian and hessian: matrices of simplified partial derivatives, from the raw second sweep
// (second-sweep.ts), all non-zero entries simplified together so that they share subexpressions.

import type { Expr } from '../ast/expr.js';
import { zero } from '../ast/smart.js';
import { isExactZero } from '../ast/numbers.js';
import { validateTree } from '../ast/validate.js';
import { addNode } from '../ast/expr.js';
import { simplifyAll } from '../simplify/simplify.js';
import { checkEntries, SweepBudget } from './budget.js';
import { rawJacobian, rawSecondOrder } from './second-sweep.js';
import { matrixVariables } from './variables.js';

/** One row per expression, one column per variable (default: the free variables in order of appearance). */
export function jacobian(exprs: readonly Expr[], variables?: readonly string[]): Expr[][] {
  exprs.forEach((e) => validateTree(e));
  const names = matrixVariables(exprs, variables, 'jacobian');
  checkEntries('the Jacobian', exprs.length, names.length);
  const raw = rawJacobian(exprs, names, new SweepBudget('the Jacobian'));
  return simplifyNonZero(raw, () => true);
}

/** The symmetric matrix of second partials: H[i][j] === H[j][i], structural zeros the exact 0. */
export function hessian(expr: Expr, variables?: readonly string[]): Expr[][] {
  validateTree(expr);
  const names = matrixVariables([expr], variables, 'hessian');
  checkEntries('the Hessian', names.length, names.length);
  const { upper } = rawSecondOrder(expr, names, new SweepBudget('the Hessian'));
  const simplified = simplifyNonZero(upper, (i, j) => j >= i);
  // The lower triangle is the upper one: the same objects.
  simplified.forEach((row, i) => row.forEach((_, j) => {
    if (j < i) row[j] = (simplified[j] as Expr[])[i] as Expr;
  }));
  return simplified;
}

/**
 * The entries `wanted` and not exactly 0, simplified in one pass (they share the simplifier's
 * memo, so a subexpression common to several entries comes out as one node); the rest exact 0.
 */
function simplifyNonZero(raw: readonly (readonly Expr[])[], wanted: (i: number, j: number) => boolean): Expr[][] {
  const at: [number, number][] = [];
  const roots: Expr[] = [];
  raw.forEach((row, i) => row.forEach((entry, j) => {
    if (wanted(i, j) && !isExactZero(entry)) {
      at.push([i, j]);
      roots.push(entry);
    }
  }));
  const simplified = simplifyAll(roots, { shareProducts: true });
  const matrix = raw.map((row) => row.map(() => zero as Expr));
  at.forEach(([i, j], k) => {
    const entry = simplified[k] as Expr;
    (matrix[i] as Expr[])[j] = isExactZero(entry) ? zero : entry;
  });
  return matrix;
}
