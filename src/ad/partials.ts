// Reverse mode's local rules: for each node kind the partials ∂node/∂child that the backward pass
// multiplies adjoints by (values come from evaluate/node-value.ts). Calls read the table's
// numeric `slope` column. Written apart from the dual-number rules (dual.ts) so that forward and
// reverse mode check each other.

import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';

/** ∂node/∂child for each child, given the children's values `x` and the node's own value `y`. */
export function partials(node: Expr, x: readonly number[], y: number): number[] {
  switch (node.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'add':
      return x.map(() => 1);
    case 'sub':
      return [1, -1];
    case 'neg':
      return [-1];
    case 'mul':
      return othersProducts(x);
    case 'div': // ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = -(a/b)/b
      return [1 / at(x, 1), -y / at(x, 1)];
    case 'pow':
      return powerPartials(at(x, 0), at(x, 1), y);
    case 'call':
      return FUNCTIONS[node.fn].slope(x);
    default:
      return assertNever(node);
  }
}

/**
 * ∂(a^b)/∂a = b a^(b-1) and ∂(a^b)/∂b = a^b log a, with two limits taken on purpose: b = 0 makes a^0 = 1
 * constant (0, not 0·0^-1 = NaN at a = 0), and a^b = 0 (a = 0 < b) makes the exponent's partial 0 (not
 * 0·log 0 = NaN), as 0^b is constant for b > 0. A constant exponent's partial may still be NaN (x^3 at
 * x < 0: (-2)^b is not real near b = 3); it only reaches that constant's own adjoint, never a variable's.
 */
export function powerPartials(a: number, b: number, y: number): [number, number] {
  return [b === 0 ? 0 : b * Math.pow(a, b - 1), y === 0 ? 0 : y * Math.log(a)];
}

/** ∂(x0·x1·…)/∂xi = the product of the others, from prefix and suffix products (no division by 0). */
function othersProducts(x: readonly number[]): number[] {
  const result = x.map(() => 1);
  for (let i = 1, prefix = 1; i < x.length; i++) result[i] = prefix *= at(x, i - 1);
  for (let i = x.length - 2, suffix = 1; i >= 0; i--) result[i] = at(result, i) * (suffix *= at(x, i + 1));
  return result;
}

function at(x: readonly number[], i: number): number {
  return x[i] as number;
}
