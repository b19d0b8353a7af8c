// The public rewrites of the contract ("Added in the second round"): cancel, together, expand.
// They take trees (the package root coerces text) and fail on huge outputs with ExpressionTooLargeError.
// Results are in the parser's shape (as-parsed.ts), so that equals(cancel(e), parse(text)) holds
// where format(cancel(e)) is that text.

import { asParsed } from '../ast/as-parsed.js';
import type { Expr } from '../ast/expr.js';
import { budgetFor, withinBudget } from './budgets.js';
import { CANCEL, EXPAND, normalize, TOGETHER } from './normalize.js';

/**
 * Numerator and denominator as polynomials over exact rationals in their kernels, divided by their
 * GCD, the denominator unit normal: `(x^2-1)/(x-1)` is `x + 1`. Equal to the input wherever it is defined.
 */
export function cancel(expr: Expr): Expr {
  const budget = budgetFor(expr, 'rewrite');
  return asParsed(withinBudget('cancel', budget, () => normalize(expr, CANCEL, budget)));
}

/** One quotient over a common denominator (the least common multiple of the denominators); nothing cancelled. */
export function together(expr: Expr): Expr {
  const budget = budgetFor(expr, 'rewrite');
  return asParsed(withinBudget('together', budget, () => normalize(expr, TOGETHER, budget)));
}

/** Products and integer powers of sums multiplied out, like terms collected, numbers exact. */
export function expand(expr: Expr): Expr {
  const budget = budgetFor(expr, 'expand');
  return asParsed(withinBudget('expand', budget, () => normalize(expr, EXPAND, budget)));
}
