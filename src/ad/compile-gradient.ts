// compileGradient: straight-line JavaScript computing a value and its whole gradient in one call
// (gradient-code.ts), with the checks and safety rules of `compile`.

import type { Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import type { Compiled } from '../evaluate/codegen.js';
import { checkListed, checkVariableList } from '../evaluate/variable-list.js';
import { gradientFunction } from './gradient-code.js';
import { buildTape } from './tape.js';

/**
 * A function of `variables` (in that order) returning `{ value, gradient }`, the gradient a
 * Float64Array in `variables` order. The SAME object (and array) is returned by every call, to cost
 * no allocation: copy what you keep (`Float64Array.from(result.gradient)`) before the next call.
 * Each name must be a variable name listed once, and every variable of `expr` must be listed:
 * otherwise an InvalidArgumentError. Arguments are converted as by `compile` (unary `+`).
 */
export function compileGradient(
  root: Expr, variables: string[],
): Compiled<{ value: number; gradient: Float64Array }> {
  const names = checkVariableList(variables, 'compileGradient');
  validateTree(root);
  const tape = buildTape(root);
  checkListed(tape.variables.keys(), names, 'compileGradient');
  return gradientFunction(tape, names);
}
