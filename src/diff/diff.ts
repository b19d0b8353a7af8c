// diff: the simplified derivative of any order, D then simplify, once per order.

import type { Expr } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { toExpr } from '../parser/input.js';
import { simplify } from '../simplify/simplify.js';
import { differentiate } from './differentiate.js';

/** The simplified partial derivative of `expr` with respect to `variable`, `order` times. */
export function diff(expr: Expr | string, variable: string, order = 1): Expr {
  checkVariableName(variable);
  if (!Number.isInteger(order) || order < 1) {
    throw new InvalidArgumentError(`order must be a positive integer, got ${describe(order)}`);
  }
  let result = toExpr(expr);
  for (let i = 0; i < order; i++) result = simplify(differentiate(result, variable));
  return result;
}
