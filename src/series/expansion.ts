// The Taylor coefficients of an expression about a point, by truncated power-series arithmetic
// (Taylor mode): one series per distinct node of the input, children first, each from its children's
// by the operators' rules and the function table's derivative column. No repeated differentiation.

import { children, type Expr } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import * as Q from '../ast/rational.js';
import { toExpr } from '../ast/smart.js';
import { isExpr } from '../ast/validate.js';
import { freeVariables } from '../ast/variables.js';
import { postorder } from '../ast/walk.js';
import { InvalidArgumentError } from '../errors.js';
import { CanonBuilder } from '../simplify/canon-builder.js';
import { canonicalize } from '../simplify/to-canonical.js';
import { type Coefficient, Coefficients } from './coefficient.js';
import { SeriesContext } from './node-series.js';
import { NotAnalytic } from './not-analytic.js';
import { notAnalyticMessage } from './not-analytic-message.js';
import { Series } from './series.js';

/** The highest order taylor computes: the work grows as order² per node, the coefficients' digits with order. */
export const MAX_ORDER = 256;

/** Coefficients c_0 … c_order of (x - at)^k, in the coefficient ring that made them. */
export interface Expansion {
  readonly R: Coefficients;
  readonly point: Coefficient;
  readonly coefficients: readonly Coefficient[];
}

export function expansion(expr: Expr, variable: string, at: number | Expr, order: number): Expansion {
  checkVariableName(variable);
  if (!Number.isInteger(order) || order < 0 || order > MAX_ORDER) {
    throw new InvalidArgumentError(`order must be an integer from 0 to ${MAX_ORDER}, got ${describe(order)}`);
  }
  const R = new Coefficients(new CanonBuilder());
  const point = pointOf(R, variable, at);
  const identity = new Series((k) => (k === 0 ? point : k === 1 ? Q.ONE : Q.ZERO)); // x = at + t
  const ctx = new SeriesContext(R, variable, identity);
  // At least one term: a function not analytic at `at` shows it by its first derivative at the latest.
  const terms = Math.max(order, 1);
  const made = new Map<Expr, Series>();
  for (const node of postorder(expr)) {
    try {
      const series = ctx.nodeSeries(node, children(node).map((k) => made.get(k) as Series));
      series.at(terms); // children before parents: no series ever asks deeper than one node's rules
      made.set(node, series);
    } catch (error) {
      if (error instanceof NotAnalytic) throw new InvalidArgumentError(notAnalyticMessage(node, variable, at));
      throw error;
    }
  }
  const root = made.get(expr) as Series;
  return { R, point, coefficients: Array.from({ length: order + 1 }, (_, k) => root.at(k)) };
}

/** The point as a coefficient: a finite number or a tree without the variable. */
function pointOf(R: Coefficients, variable: string, at: number | Expr): Coefficient {
  if (typeof at === 'number') {
    if (!Number.isFinite(at)) throw new InvalidArgumentError(`the point must be a finite number, got ${describe(at)}`);
    return R.of(R.canon.numberLike(toExpr(at) as Extract<Expr, { kind: 'num' }>));
  }
  if (!isExpr(at)) throw new InvalidArgumentError(`the point must be a number or an expression, got ${describe(at)}`);
  if (freeVariables(at).includes(variable)) {
    throw new InvalidArgumentError(`the point cannot depend on the variable '${variable}'`);
  }
  try {
    return R.of(canonicalize(R.canon, at));
  } catch (error) {
    if (error instanceof NotAnalytic) throw new InvalidArgumentError('the point must have a finite value');
    throw error;
  }
}
