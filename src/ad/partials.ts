// Reverse mode's local rules: the partials ∂node/∂child that the backward pass multiplies adjoints
// by, as numbers: an operator row's `slopes` column on numbers, a function row's numeric `slope`
// column. Symbolic D reads the other columns, so the methods check each other.

import { NUMBERS } from '../ast/arithmetic.js';
import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS } from '../ast/operators.js';

const always = (): boolean => true;

/** ∂node/∂child for each child, given the children's values `x` and the node's own value `y`. */
export function partials(node: Expr, x: readonly number[], y: number): number[] {
  switch (node.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return OPERATORS[node.kind].slopes(NUMBERS, x, y, always) as number[];
    case 'call':
      return FUNCTIONS[node.fn].slope(x);
    default:
      return assertNever(node);
  }
}
