// compileGradient: straight-line JavaScript computing a value and its whole gradient in one call
// (gradient-code.ts), with the checks and safety rules of `compile`.

import type { Expr } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { validateTree } from '../ast/validate.js';
import { InvalidArgumentError } from '../errors.js';
import { toExpr } from '../parser/input.js';
import { derivativeColumn } from './call-partials.js';
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
  expr: Expr | string, variables: string[],
): (...args: number[]) => { value: number; gradient: Float64Array } {
  const names = checkVariables(variables);
  const root = toExpr(expr);
  validateTree(root);
  const tape = buildTape(root);
  const listed = new Set(names);
  const missing = [...tape.variables.keys()].filter((name) => !listed.has(name));
  if (missing.length > 0) {
    const list = missing.map((n) => `'${n}'`).join(', ');
    throw new InvalidArgumentError(`compileGradient: the expression uses ${list}, missing from the variables [${names.join(', ')}]`);
  }
  return gradientFunction(tape, names, derivativeColumn);
}

function checkVariables(variables: unknown): string[] {
  if (!Array.isArray(variables)) {
    throw new InvalidArgumentError(`compileGradient: variables must be an array of names, got ${describe(variables)}`);
  }
  const seen = new Set<string>();
  for (const name of variables as unknown[]) {
    checkVariableName(name, 'compileGradient: a variable');
    if (seen.has(name as string)) throw new InvalidArgumentError(`compileGradient: the variable '${name}' is listed twice`);
    seen.add(name as string);
  }
  return [...seen];
}
