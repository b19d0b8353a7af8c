// taylor: the Taylor polynomial of an expression about a point, and its coefficients alone.

import type { Expr } from '../ast/expr.js';
import { exactNum } from '../ast/numbers.js';
import { isRational } from './coefficient.js';
import { expansion } from './expansion.js';
import { polynomial } from './polynomial.js';

/**
 * Every term of the Taylor series of `expr` in `variable` about `at`, up to and including
 * (variable - at)^order: SymPy's series(expr, variable, at, order + 1) without its O term, ascending.
 * The coefficients are exact where the values at `at` are (rationals, e, sin(1), …), floats where
 * `expr` or `at` has floats. A series that does not exist at `at` (log(x) or sqrt(x) at 0) is an
 * InvalidArgumentError naming the function, as is an order outside 0 … MAX_ORDER; a coefficient past
 * MAX_COEFFICIENT_CHARS is an ExpressionTooLargeError.
 */
export function taylor(expr: Expr, variable: string, at: number | Expr, order: number): Expr {
  const { R, point, coefficients } = expansion(expr, variable, at, order);
  return polynomial(R, coefficients, variable, point);
}

/**
 * The coefficients c_0 … c_order of (variable - at)^k: a rational one as one exact number node (its
 * `exact` is the fraction), any other as the simplifier prints it.
 */
export function taylorCoefficients(expr: Expr, variable: string, at: number | Expr, order: number): Expr[] {
  const { R, coefficients } = expansion(expr, variable, at, order);
  return coefficients.map((c) => (isRational(c) ? exactNum(c) : R.canon.printed(c)));
}
