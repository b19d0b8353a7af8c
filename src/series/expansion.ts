// The Taylor coefficients of an expression about a point, by truncated power-series arithmetic
// (Taylor mode): one series per distinct node of the input, children first, each from its children's
// by the operators' rules and the function table's derivative column. No repeated differentiation.

import { children, isLeaf, type Expr } from '../ast/expr.js';
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
import { MAX_VALUATION } from './arithmetic.js';
import { SeriesContext } from './node-series.js';
import { NotAnalytic } from './not-analytic.js';
import { notAnalyticMessage } from './not-analytic-message.js';
import { MoreTerms } from './more-terms.js';
import { limited, Series } from './series.js';

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
  // At least one term: a function not analytic at `at` shows it by its first derivative at the latest.
  // More below a quotient that needs them (sin(x)/x): those nodes get the extra terms, from scratch.
  const terms = Math.max(order, 1);
  const nodes = postorder(expr); // children before parents
  const wanted = new Map<Expr, number>();
  for (;;) {
    try {
      return expansionTo(nodes, variable, at, order, termsPerNode(nodes, terms, wanted));
    } catch (error) {
      if (!(error instanceof MoreTerms)) throw error;
      // Doubling the extra terms each time: a few restarts at most, whatever the shifts add up to.
      const more = error.made + Math.max(1, error.made - terms);
      if (more > terms + 2 * MAX_VALUATION) throw new InvalidArgumentError(notAnalyticMessage(expr, variable, at));
      wanted.set(error.node, more);
    }
  }
}

/** Terms to make of each node: `terms`, or more where wanted, and never fewer than any parent's. */
function termsPerNode(nodes: readonly Expr[], terms: number, wanted: ReadonlyMap<Expr, number>): (node: Expr) => number {
  if (wanted.size === 0) return () => terms;
  const result = new Map<Expr, number>();
  for (let i = nodes.length - 1; i >= 0; i--) { // parents before children
    const node = nodes[i] as Expr;
    const own = Math.max(result.get(node) ?? terms, wanted.get(node) ?? terms);
    result.set(node, own);
    for (const kid of children(node)) result.set(kid, Math.max(result.get(kid) ?? terms, own));
  }
  return (node) => result.get(node) as number;
}

function expansionTo(nodes: readonly Expr[], variable: string, at: number | Expr, order: number,
  terms: (node: Expr) => number): Expansion {
  const R = new Coefficients(new CanonBuilder());
  const point = pointOf(R, variable, at);
  const identity = new Series((k) => (k === 0 ? point : k === 1 ? Q.ONE : Q.ZERO)); // x = at + t
  const ctx = new SeriesContext(R, variable, identity);
  const made = new Map<Expr, Series>();
  for (const node of nodes) {
    const n = terms(node);
    try {
      const series = ctx.nodeSeries(node, children(node).map((k) => made.get(k) as Series));
      series.at(n); // children before parents: no series asks further than its own node's rules
      made.set(node, isLeaf(node) ? series : limited(series, n, node)); // leaves never recurse
    } catch (error) {
      if (error instanceof NotAnalytic) throw new InvalidArgumentError(notAnalyticMessage(node, variable, at));
      throw error;
    }
  }
  const root = made.get(nodes[nodes.length - 1] as Expr) as Series;
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
