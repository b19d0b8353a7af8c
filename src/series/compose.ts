// The series of a call w = f(a_1, …, a_n), for every row of the function table, from its derivative
// column alone (no function-specific code, so a new row gets its series for free):
//   w' = Σ_i ∂_i f(a)·a_i'   so   w_0 = f(a_1,0, …),   w_k = (1/k)·Σ_i Σ_{j=1..k} j·a_i,j·[∂_i f(a)]_{k-j}
// ∂_i f(a) is the column's tree, read in series arithmetic. It may call f itself (exp' = exp,
// tan' = 1 + tan²): the composition cache hands back w, whose coefficients below k are already made.

import type { Expr } from '../ast/expr.js';
import { varNode } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { FUNCTIONS } from '../ast/functions.js';
import { noDerivativeError } from '../ast/functions/row.js';
import { exactNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { isRational, type Coefficient, type Coefficients } from './coefficient.js';
import { constantSeries } from './arithmetic.js';
import { isKink } from './kinks.js';
import { removableSeries } from './removable.js';
import { NotAnalytic } from './not-analytic.js';
import { Series } from './series.js';

/** What composition needs from its caller: the coefficients, and a tree read as a series. */
export interface Composer {
  readonly R: Coefficients;
  /** `tree` in series arithmetic, each placeholder standing for the series bound to it. */
  seriesOfTree(tree: Expr, bindings: ReadonlyMap<string, Series>): Series;
}

export function compose(ctx: Composer, fn: FunctionName, args: readonly Series[]): Series {
  const { R } = ctx;
  const valueAtPoint = (): Coefficient => R.call(fn, args.map((a) => a.at(0)));
  if (args.every((a) => a.constant)) return constantSeries(valueAtPoint());
  if (isKink(R, fn, args.map((a) => a.at(0)))) throw new NotAnalytic();
  const removable = removableSeries(R, fn, args);
  if (removable !== undefined) return removable;
  let partials: (Series | undefined)[] | undefined; // made on first need: by then w is in the cache
  const w = new Series((k) => {
    if (k === 0) return valueAtPoint();
    partials ??= partialSeries(ctx, fn, args);
    const terms: Coefficient[] = [];
    args.forEach((a, i) => {
      const partial = partials?.[i];
      if (partial === undefined) return; // a constant argument: a_i' = 0
      for (let j = 1; j <= k; j++) {
        // A zero a_j leaves the partial unread: asin(x/x) has a series although asin'(1) is infinite.
        const aj = a.at(j);
        if (!R.isZero(aj)) terms.push(R.mul(R.mul(Q.rational(BigInt(j)), aj), partial.at(k - j)));
      }
    });
    return R.mul(R.sum(terms), Q.rational(1n, BigInt(k)));
  });
  return w;
}

/** ∂_i f(a) as series, for the arguments that are not constant (the others need none). */
function partialSeries(ctx: Composer, fn: FunctionName, args: readonly Series[]): (Series | undefined)[] {
  const trees = partialTrees(fn, args.map((a) => {
    const c = a.constant ? a.at(0) : undefined;
    return c !== undefined && isRational(c) ? c : undefined;
  }));
  const bindings = new Map(args.map((a, i) => [placeholderName(i), a]));
  return args.map((a, i) => {
    if (a.constant) return undefined;
    const tree = trees[i];
    if (tree === undefined) throw noDerivativeError(fn, i); // the row has no derivative in this argument
    return ctx.seriesOfTree(tree, bindings);
  });
}

// The derivative column applied to placeholders `#0`, `#1`, … (names no variable can have), once per
// function, arity and rational constant arguments. A rational constant argument is passed as itself,
// not a placeholder: a row may need it (polygamma's order n is an integer literal).
const PARTIAL_TREES = new Map<string, readonly (Expr | undefined)[]>();

function partialTrees(fn: FunctionName, constants: readonly (Rational | undefined)[]): readonly (Expr | undefined)[] {
  const key = `${fn}/${constants.map((q) => (q === undefined ? '#' : Q.toString(q))).join(',')}`;
  let trees = PARTIAL_TREES.get(key);
  if (trees === undefined) {
    const operands = constants.map((q, i) => (q === undefined ? varNode(placeholderName(i)) : exactNum(q)));
    PARTIAL_TREES.set(key, (trees = FUNCTIONS[fn].derivative(operands)));
  }
  return trees;
}

export const placeholderName = (i: number): string => `#${i}`;
