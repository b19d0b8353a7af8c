// One normalisation of a tree: to a rational function over its kernels, and back to a tree.

import type { Expr } from '../ast/expr.js';
import type { Budget } from '../poly/budget.js';
import { Kernels } from './kernels.js';
import type { Normalizer } from './normalizer.js';
import type { RationalFunction } from './rational-function.js';
import { toRational, toTree } from './to-rational.js';
import { reducedByPythagoras, type PythagoreanWay } from './pythagorean.js';

export interface Mode {
  /** Cancel the GCD of numerator and denominator (cancel, expand) or not (together). */
  readonly reduce: boolean;
  /** Keep denominators of several terms whole and print term by term (expand). */
  readonly expand: boolean;
  /** Write tan, cot, sec, csc (and tanh, …) over sin and cos (trig-spellings.ts): the simplifier's second try. */
  readonly trigAsSinCos?: boolean;
  /** Radicals' bases printed as the input spelled them (Kernels.asWritten): the simplifier's candidate. */
  readonly asWritten?: boolean;
  /**
   * Also spell a quotient as a polynomial part and a proper fraction, or term by term over a monomial
   * denominator, where that prints smaller (to-expr.ts splitToExpr): the simplifier's candidate; cancel
   * and together print one quotient.
   */
  readonly split?: boolean;
  /** Powers of sin (sinh) written through cos (cosh), or the other way (pythagorean.ts): the simplifier's candidates. */
  readonly pythagorean?: PythagoreanWay;
}

export const CANCEL: Mode = { reduce: true, expand: false };
export const TOGETHER: Mode = { reduce: false, expand: false };
export const EXPAND: Mode = { reduce: true, expand: true };
/** The simplifier's candidates: cancel with radicals' bases as written, and its try over sin and cos. */
export const CANDIDATE: Mode = { reduce: true, expand: false, asWritten: true, split: true };
export const CANDIDATE_OVER_SIN_COS: Mode = { reduce: true, expand: false, trigAsSinCos: true, asWritten: true, split: true };
/** The simplifier's candidates with the Pythagorean relation, each way. */
export const CANDIDATE_OVER_COS: Mode = { reduce: true, expand: false, asWritten: true, split: true, pythagorean: 'over-cos' };
export const CANDIDATE_OVER_SIN: Mode = { reduce: true, expand: false, asWritten: true, split: true, pythagorean: 'over-sin' };
/** Both, with tan, cot, sec and csc over sin and cos, where the spellings mix (cot(x) - cos(x)*sin(x) is cos(x)^3/sin(x)). */
export const CANDIDATE_OVER_COS_SIN_COS: Mode = { ...CANDIDATE_OVER_COS, trigAsSinCos: true };
export const CANDIDATE_OVER_SIN_SIN_COS: Mode = { ...CANDIDATE_OVER_SIN, trigAsSinCos: true };

/** The rational function of `e` and the normaliser that holds its kernels. */
export function rationalFunctionOf(e: Expr, mode: Mode, budget: Budget): { rf: RationalFunction; n: Normalizer } {
  const n: Normalizer = {
    kernels: new Kernels(mode.asWritten === true), arithmetic: { budget, reduce: mode.reduce }, expand: mode.expand, trigAsSinCos: mode.trigAsSinCos === true,
    split: mode.split === true, poles: new Set(),
  };
  const rf = toRational([e], n).get(e) as RationalFunction;
  return { rf: mode.pythagorean === undefined ? rf : reducedByPythagoras(rf, n.kernels, n.arithmetic, mode.pythagorean), n };
}

export function normalize(e: Expr, mode: Mode, budget: Budget): Expr {
  const { rf, n } = rationalFunctionOf(e, mode, budget);
  return toTree(rf, n);
}
