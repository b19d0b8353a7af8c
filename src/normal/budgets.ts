// How much a normal form may cost, in proportion to its input: generous for the public rewrites
// (cancel, together, expand: their output may be larger than their input), tight for the candidate
// the simplifier tries on every quotient (it must never be where the time goes).

import type { Expr } from '../ast/expr.js';
import { dagSize } from '../ast/size.js';
import { ExpressionTooLargeError } from '../errors.js';
import { Budget, PolynomialTooLarge } from '../poly/budget.js';

export type Use = 'rewrite' | 'expand' | 'candidate';

/** Budgets per distinct node of the input, above a floor: [terms, degree, work, coefficient bits]. */
const PER_NODE: Record<Use, readonly [number, number, number, number]> = {
  rewrite: [50, 10, 1_000, 64],
  expand: [100, 10, 2_000, 64],
  candidate: [4, 2, 100, 16],
};
const FLOOR: Record<Use, readonly [number, number, number, number]> = {
  rewrite: [2_000, 1_000, 500_000, 4_096],
  expand: [10_000, 10_000, 1_000_000, 4_096],
  candidate: [32, 32, 2_000, 256],
};

export function budgetFor(input: Expr, use: Use): Budget {
  const size = dagSize(input);
  const [terms, degree, work, bits] = PER_NODE[use].map((k, i) => (FLOOR[use][i] as number) + k * size) as number[];
  return new Budget(terms as number, degree as number, work as number, bits);
}

/** `run()`, with a spent budget reported to the user as ExpressionTooLargeError. */
export function withinBudget<T>(operation: string, budget: Budget, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof PolynomialTooLarge)) throw error;
    // Every term prints as at least 4 characters (" + x"), so past maxTerms terms the text passes 4·maxTerms.
    throw new ExpressionTooLargeError(
      `the result of ${operation}`,
      4 * budget.maxTerms,
      `its polynomials would pass the budget set by the size of the input (${error.message})`,
    );
  }
}

/** `run()`, or undefined when the budget is spent (a candidate that costs too much is skipped). */
export function unlessTooLarge<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof PolynomialTooLarge) return undefined;
    throw error;
  }
}
