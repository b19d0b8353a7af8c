// The normal form as the simplifier and the answer checker use it: a candidate that is dropped when it
// costs too much or is no smaller, and a zero test that says "undecided" rather than guess.

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { variablesOf } from '../poly/poly.js';
import { budgetFor, unlessTooLarge } from './budgets.js';
import { CANCEL, normalize, rationalFunctionOf } from './normalize.js';

/**
 * cancel(e) under a tight budget, when it is smaller than e in operator tokens; otherwise (over budget,
 * or no smaller) undefined. Equal to e wherever e is defined.
 */
export function normalForm(e: Expr): Expr | undefined {
  const result = unlessTooLarge(() => normalize(e, CANCEL, budgetFor(e, 'candidate')));
  return result !== undefined && operatorCount(result) < operatorCount(e) ? result : undefined;
}

/**
 * true when the normal form of e is 0 (e is 0 wherever it is defined); false when it is a non-zero
 * rational function of variables and constants only (then e is not identically 0); undefined when
 * other kernels remain (sin(x)^2 + cos(x)^2 - 1: relations the normal form does not know) or the
 * budget is spent.
 */
export function isZero(e: Expr): boolean | undefined {
  return unlessTooLarge(() => {
    const { rf, n } = rationalFunctionOf(e, CANCEL, budgetFor(e, 'rewrite'));
    if (rf.num.length === 0) return true;
    const used = variablesOf(rf.num).map((i) => n.kernels.at(i).expr);
    return used.every((k) => k.kind === 'var' || k.kind === 'const') ? false : undefined;
  });
}
