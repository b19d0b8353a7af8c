// The Taylor polynomial as a tree: c_0 + c_1·(x - a) + … + c_n·(x - a)^n, ascending as SymPy prints
// it, each term as the simplifier prints the product c_k·x^k (`x^2/2`, `2*x^3/3`, `e*x^2/2`) with
// x - a then put for x (so the base stays `x - a`, never the `a - x` the canonical form may prefer),
// a negative term subtracted, terms with coefficient 0 left out.

import { addNode, subNode, type Expr } from '../ast/expr.js';
import { int } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import { substitute } from '../ast/substitute.js';
import type { Coefficient, Coefficients } from './coefficient.js';

export function polynomial(R: Coefficients, coefficients: readonly Coefficient[], variable: string, at: Coefficient): Expr {
  const { canon } = R;
  const x = canon.variable(variable);
  const shift = R.isZero(at) ? new Map<string, Expr>() : new Map([[variable, canon.printed(canon.sum([x, R.expr(R.neg(at))]))]]);
  let result: Expr | undefined;
  coefficients.forEach((c, k) => {
    if (R.isZero(c)) return;
    const term = canon.product([R.expr(c), canon.power(x, canon.num(Q.rational(BigInt(k))))]);
    const negative = canon.pretty(term).negative;
    const printed = (e: Expr): Expr => substitute(canon.printed(e), shift);
    const magnitude = printed(negative ? canon.negate(term) : term);
    if (result === undefined) result = negative ? printed(term) : magnitude;
    else result = negative ? subNode(result, magnitude) : addNode([result, magnitude]);
  });
  return result ?? int(0);
}
