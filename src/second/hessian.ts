// jacobian and hessian: matrices of simplified partial derivatives, from the raw second sweep
// (second-sweep.ts), all non-zero entries simplified together so that they share subexpressions.

import type { Expr } from '../ast/expr.js';
import { zero } from '../ast/smart.js';
import { isExactZero } from '../ast/numbers.js';
import { validateTree } from '../ast/validate.js';
import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { simplifyAll } from '../simplify/simplify.js';
import { checkEntries, SweepBudget } from './budget.js';
import { rawJacobian, rawSecondOrder, type SparseRow } from './second-sweep.js';
import { matrixVariables } from './variables.js';

/** One row per expression, one column per variable (default: the free variables in order of appearance). */
export function jacobian(exprs: readonly Expr[], variables?: readonly string[]): Expr[][] {
  if (!Array.isArray(exprs)) throw new InvalidArgumentError(`jacobian: expected an array of expressions, got ${describe(exprs)}`);
  exprs.forEach((e) => validateTree(e));
  const names = matrixVariables(exprs, variables, 'jacobian');
  checkEntries('the Jacobian', exprs.length, names.length);
  const rows = rawJacobian(exprs, names, new SweepBudget('the Jacobian'));
  return simplifiedMatrix(rows, names.length);
}

/** The symmetric matrix of second partials: H[i][j] === H[j][i], structural zeros the exact 0. */
export function hessian(expr: Expr, variables?: readonly string[]): Expr[][] {
  validateTree(expr);
  const names = matrixVariables([expr], variables, 'hessian');
  checkEntries('the Hessian', names.length, names.length);
  const { upper } = rawSecondOrder(expr, names, new SweepBudget('the Hessian'));
  const matrix = simplifiedMatrix(upper, names.length);
  // The lower triangle is the upper one: the same objects.
  upper.forEach((row, i) => row.forEach(({ column: j }) => {
    (matrix[j] as Expr[])[i] = (matrix[i] as Expr[])[j] as Expr;
  }));
  return matrix;
}

/**
 * The dense matrix of the rows' entries, simplified in one pass (they share the simplifier's memo,
 * so a subexpression common to several entries comes out as one node); every other entry exact 0.
 */
function simplifiedMatrix(rows: readonly SparseRow[], columns: number): Expr[][] {
  const roots = rows.flatMap((row) => row.map(({ entry }) => entry));
  const simplified = simplifyAll(roots, { shareProducts: true });
  const matrix = rows.map(() => new Array<Expr>(columns).fill(zero));
  let k = 0;
  rows.forEach((row, i) => row.forEach(({ column }) => {
    const entry = simplified[k++] as Expr;
    (matrix[i] as Expr[])[column] = isExactZero(entry) ? zero : entry;
  }));
  return matrix;
}
