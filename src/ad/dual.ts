// Dual numbers: a primal value and its tangent (its derivative along a direction). One generic rule:
// the primal from the row's value, the tangent Σ ∂node/∂child_i · tangent_i from the row's numeric
// slopes (the operator table's `slopes` column, the function table's `slope`), never the symbolic
// columns, so forward mode stays an independent oracle for symbolic D.
//
// A tangent of `null` means "does not depend on the direction" (a constant, or only variables whose
// component is 0). It is not the number 0: a term whose tangent is null is left out of the sum instead
// of being multiplied in, so a constant exponent or a constant factor with an infinite or NaN partial
// (`x^3` at x < 0 would meet log(x) = NaN) cannot poison the result.

import { NUMBERS } from '../ast/arithmetic.js';
import { CONSTANTS } from '../ast/constants.js';
import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS, operatorValue } from '../ast/operators.js';

export type Tangent = number | null;

export interface Dual {
  readonly primal: number;
  readonly tangent: Tangent;
}

const dual = (primal: number, tangent: Tangent): Dual => ({ primal, tangent });

/** The dual number of `node` from its children's; leaves (variables) are handled by the caller. */
export function dualOf(node: Expr, args: readonly Dual[]): Dual {
  switch (node.kind) {
    case 'num':
      return dual(node.value, null);
    case 'const':
      return dual(CONSTANTS[node.name].value, null);
    case 'var':
      throw new Error('dualOf: a variable takes its dual from the point and the direction');
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow': {
      const row = OPERATORS[node.kind];
      const primals = args.map((a) => a.primal);
      const primal = operatorValue(row, primals.length, (j) => primals[j] as number);
      return dual(primal, tangentOf(args, () => row.slopes(NUMBERS, primals, primal, (i) => args[i]?.tangent !== null) as number[]));
    }
    case 'call': {
      const row = FUNCTIONS[node.fn];
      const primals = args.map((a) => a.primal);
      return dual(row.value(...primals), tangentOf(args, () => row.slope(primals)));
    }
    default:
      return assertNever(node);
  }
}

/** Σ slope_i · tangent_i over the children whose tangent is present; null when none is. */
function tangentOf(args: readonly Dual[], slopes: () => number[]): Tangent {
  if (args.every((a) => a.tangent === null)) return null;
  const s = slopes();
  let tangent = 0;
  args.forEach((a, i) => {
    if (a.tangent !== null) tangent += a.tangent * (s[i] as number);
  });
  return tangent;
}
