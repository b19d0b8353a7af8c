// What one normalisation shares (its kernels, its arithmetic, whether it expands), and the small
// moves between trees, kernels and rational functions that every part of it makes.

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { isUnit } from '../poly/monomial.js';
import { variable } from '../poly/poly.js';
import type { Kernels } from './kernels.js';
import { fromPoly, type Arithmetic, type RationalFunction } from './rational-function.js';
import { expandedToExpr, rationalToExpr } from './to-expr.js';

/** Everything one normalisation shares: its kernels, its arithmetic, and whether it expands. */
export interface Normalizer {
  readonly kernels: Kernels;
  readonly arithmetic: Arithmetic;
  /** Keep denominators of several terms whole, as kernels (what `expand` does), instead of combining them. */
  readonly expand: boolean;
  /** tan, cot, sec, csc and their hyperbolic twins written over sin and cos (trig-spellings.ts). */
  readonly trigAsSinCos?: boolean;
  /** Also try the quotient split (to-expr.ts splitToExpr), kept where it prints smaller. */
  readonly split?: boolean;
  /**
   * The rational functions (of this normalisation's nodes) that are kernels holding a division by 0 or
   * another constant that is not finite (3/0, log(0)): polynomial arithmetic would treat them as finite
   * (∞·(x + 2e) is not ∞·x + 2e·∞ where x + 2e > 0 > x), so every node above one stays one opaque kernel.
   */
  readonly poles: Set<RationalFunction>;
}

export const kernel = (e: Expr, n: Normalizer): RationalFunction => fromPoly(variable(n.kernels.indexOf(e)));

/** A child's normal form as a tree, for the arguments of kernels. */
export const treeOf = (rf: RationalFunction, n: Normalizer): Expr =>
  n.expand ? expandedToExpr(rf, n.kernels) : rationalToExpr(rf, n.kernels);

/** The value of a constant rational function. */
export function constantOf(rf: RationalFunction): Rational | undefined {
  const [t] = rf.num;
  if (rf.num.length === 0) return Q.ZERO;
  if (rf.num.length !== 1 || t === undefined || !isUnit(t.monomial) || rf.den.length !== 1) return undefined;
  const [d] = rf.den;
  return d && isUnit(d.monomial) ? Q.mul(t.coef, Q.inverse(d.coef) as Rational) : undefined;
}
