// The normal form as the simplifier and the answer checker use it: a candidate that is dropped when it
// costs too much or is no smaller, and a zero test that says "undecided" rather than guess.

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { degreeIn, variablesOf, type Poly } from '../poly/poly.js';
import { budgetFor, unlessTooLarge } from './budgets.js';
import {
  CANCEL, CANDIDATE, CANDIDATE_OVER_COS, CANDIDATE_OVER_COS_SIN_COS, CANDIDATE_OVER_SIN, CANDIDATE_OVER_SIN_COS,
  CANDIDATE_OVER_SIN_SIN_COS, normalize, rationalFunctionOf, type Mode,
} from './normalize.js';
import type { RationalFunction } from './rational-function.js';
import { toTree } from './to-rational.js';
import { mixesTrigSpellings } from './trig-spellings.js';
import { holdsPythagoreanPair, reducedByPythagoras } from './pythagorean.js';
import { postorderUpTo } from '../ast/walk.js';

/** Nodes of a tree past which the Pythagorean relation is not tried (the simplifier's own limit is lower). */
const MAX_NODES_FOR_PAIRS = 400;

/**
 * cancel(e) under a tight budget, when it is smaller than e in operator tokens, or as small and a
 * common factor divided out; otherwise (over budget, or no smaller) undefined. Equal to e wherever e is defined. `nodes`: e's distinct nodes, when known.
 */
export function normalForm(e: Expr, nodes?: readonly Expr[]): Expr | undefined {
  const found = normalFormOrTie(e, nodes);
  return found === undefined || found.tie ? undefined : found.form;
}

/**
 * normalForm, and where it is undefined only for want of a smaller size, the normal form of the same
 * size marked `tie`: the simplifier writes it canonically again, which may print smaller
 * (-2/(x^2 - 1) is 2/(1 - x^2)), and takes it only then.
 */
export function normalFormOrTie(e: Expr, nodes?: readonly Expr[]): { form: Expr; tie: boolean } | undefined {
  let best: Expr | undefined;
  let tie: Expr | undefined;
  let bestSize = operatorCount(e);
  // Over sin and cos as well where one family is spelled two ways (sec(x)^2 - 1/cos(x)^2 is 0); both
  // tried, as writing tan(x) as sin(x)/cos(x) makes every other result larger.
  const mixes = mixesTrigSpellings(e, nodes);
  const modes = mixes ? [CANDIDATE, CANDIDATE_OVER_SIN_COS] : [CANDIDATE];
  for (const mode of modes) {
    // The rational function kept beside its tree: a tie asks its denominator's degree (cancelsFactor).
    const normalized = unlessTooLarge(() => {
      const { rf, n } = rationalFunctionOf(e, mode, budgetFor(e, 'candidate'));
      return { rf, tree: toTree(rf, n) };
    });
    const result = normalized?.tree;
    const size = result === undefined ? Infinity : operatorCount(result);
    if (size < bestSize || (size === bestSize && best === undefined && normalized !== undefined && cancelsFactor(e, mode, normalized.rf))) {
      [best, bestSize] = [result, size];
    } else if (size === bestSize && best === undefined && tie === undefined) tie = result;
  }
  // With the Pythagorean relation (pythagorean.ts): sin(x)^2/(1 + cos(x)) is 1 - cos(x). Taken only where
  // smaller. Where the spellings mix, over sin and cos too: cot(x) - cos(x)*sin(x) is cos(x)^3/sin(x), its
  // sin(x) below a bar only once cot is written out.
  const pythagorean = holdsPythagoreanPair(nodes ?? postorderUpTo(e, MAX_NODES_FOR_PAIRS) ?? []) ? [CANDIDATE_OVER_COS, CANDIDATE_OVER_SIN] : [];
  if (mixes) pythagorean.push(CANDIDATE_OVER_COS_SIN_COS, CANDIDATE_OVER_SIN_SIN_COS);
  for (const mode of pythagorean) {
    const result = unlessTooLarge(() => normalize(e, mode, budgetFor(e, 'candidate')));
    const size = result === undefined ? Infinity : operatorCount(result);
    if (size < bestSize) [best, bestSize] = [result, size];
  }
  if (best !== undefined) return { form: best, tie: false };
  return tie === undefined ? undefined : { form: tie, tie: true };
}

/**
 * Whether the normal form of e in `mode` (`cancelled`, its rational function) divides out a common
 * factor of positive degree: its denominator has a lower degree than the same form without the GCD
 * step. A tie in size goes to such a form, the quotient in lowest terms ((x^3 - 1)/(x^2 - 1) is
 * (x^2 + x + 1)/(x + 1)); any other tie keeps the simplifier's own form (1/x + 1, not (x + 1)/x;
 * sqrt(3)/2 + 1 and (sqrt(3) + 2)/2 alike).
 */
function cancelsFactor(e: Expr, mode: Mode, cancelled: RationalFunction): boolean {
  const together = unlessTooLarge(() => totalDegree(rationalFunctionOf(e, { ...mode, reduce: false }, budgetFor(e, 'candidate')).rf.den));
  return together !== undefined && totalDegree(cancelled.den) < together;
}

/** The sum over its variables of a polynomial's degree in each. */
const totalDegree = (p: Poly): number => variablesOf(p).reduce((sum, v) => sum + degreeIn(p, v), 0);

/**
 * true when the normal form of e is 0 (e is 0 wherever it is defined), also by the Pythagorean relation
 * (sin(x)^2 + cos(x)^2 - 1); false when it is a non-zero rational function of variables and constants
 * only (then e is not identically 0); undefined when other kernels remain (relations the normal form
 * does not know) or the budget is spent.
 */
export function isZero(e: Expr): boolean | undefined {
  return unlessTooLarge(() => {
    const { rf, n } = rationalFunctionOf(e, CANCEL, budgetFor(e, 'rewrite'));
    if (rf.num.length === 0) return true;
    // sin(x)^2 + cos(x)^2 - 1 is 0 by the Pythagorean relation (either way reduces it to 0 when it is).
    if (reducedByPythagoras(rf, n.kernels, n.arithmetic, 'over-cos').num.length === 0) return true;
    const used = variablesOf(rf.num).map((i) => n.kernels.at(i).expr);
    return used.every((k) => k.kind === 'var' || k.kind === 'const') ? false : undefined;
  });
}
