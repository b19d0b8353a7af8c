// Parentheses from the operator table's precedence column, shared by `format` and `toLatex`.

import { OPERATORS, type OperatorKind } from '../ast/operators.js';
import type { Precedence } from '../ast/precedence.js';

export { ATOM, POWER, PRODUCT, SUM, UNARY, type Precedence } from '../ast/precedence.js';
export { OPERATORS, type OperatorKind } from '../ast/operators.js';

/** An operator's own precedence. */
export const precedenceOf = (op: OperatorKind): Precedence => OPERATORS[op].precedence.own;

/** Whether operand `index` of an operator, printed with precedence `operand`, needs parentheses. */
export function needsParens(op: OperatorKind, index: number, operand: Precedence): boolean {
  const { first, rest } = OPERATORS[op].precedence;
  return operand < (index === 0 ? first : rest);
}
