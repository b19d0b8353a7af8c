// The variables of a matrix of derivatives (jacobian, hessian): a list of names, each once (a repeated
// name would repeat a row and a column, which is never what was meant), or by default every free
// variable in order of first appearance, as `gradient` takes them.

import type { Expr } from '../ast/expr.js';
import { freeVariables } from '../ast/variables.js';
import { checkVariableList } from '../evaluate/variable-list.js';

export function matrixVariables(roots: readonly Expr[], variables: unknown, caller: string): string[] {
  return variables === undefined ? freeVariables(...roots) : checkVariableList(variables, caller);
}
