// One node's value from its operands' values: the rule the interpreters share (reverse mode's
// forward pass, the simplifier's constant folding), read from the operator, function and constant
// tables. `evaluate` and compiled code read the same rows, so all agree to the bit.

import { CONSTANTS } from '../ast/constants.js';
import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS, operatorValue } from '../ast/operators.js';

/** The value of `node` given its children's values `x` (a variable has none: it is NaN here). */
export function nodeValue(node: Expr, x: readonly number[]): number {
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'const':
      return CONSTANTS[node.name].value;
    case 'var':
      return NaN;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return operatorValue(OPERATORS[node.kind], x.length, (j) => x[j] as number);
    case 'call':
      return FUNCTIONS[node.fn].value(...x);
    default:
      return assertNever(node);
  }
}
