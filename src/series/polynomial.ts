// The Taylor polynomial as a tree: c_0 + c_1·(x - a) + … + c_n·(x - a)^n, ascending as SymPy prints
// it, a negative term subtracted, terms with coefficient 0 left out. A rational term is written
// directly (`x^2/2`, `2*x^3/3`); any other as the simplifier prints the product c_k·x^k (`e*x^2/2`),
// with x - a then put for x (so the base stays `x - a`, never the `a - x` the canonical form may prefer).

import { addNode, divNode, mulNode, negNode, powNode, subNode, varNode, type Expr } from '../ast/expr.js';
import { int } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { substitute } from '../ast/substitute.js';
import { isRational, type Coefficient, type Coefficients } from './coefficient.js';

/** A term as printed: its magnitude, and itself as the first term (its sign on the leftmost factor). */
interface Term {
  readonly negative: boolean;
  readonly magnitude: Expr;
  readonly leading: Expr;
}

export function polynomial(R: Coefficients, coefficients: readonly Coefficient[], variable: string, at: Coefficient): Expr {
  const { canon } = R;
  const base = R.isZero(at) ? varNode(variable) : canon.printed(canon.sum([canon.variable(variable), R.expr(R.neg(at))]));
  let result: Expr | undefined;
  coefficients.forEach((c, k) => {
    if (R.isZero(c)) return;
    const term = isRational(c) ? rationalTerm(c, base, k) : symbolicTerm(R, c, variable, base, k);
    if (result === undefined) result = term.leading;
    else result = term.negative ? subNode(result, term.magnitude) : addNode([result, term.magnitude]);
  });
  return result ?? int(0);
}

// p/q·b^k as `p*b^k/q`, with 1s and ^1 left out.
function rationalTerm(c: Rational, base: Expr, k: number): Term {
  const { num: p, den: q } = Q.abs(c);
  const negative = c.num < 0n;
  const power = k === 0 ? undefined : k === 1 ? base : powNode(base, int(k));
  const write = (sign: boolean): Expr => {
    const factor = (e: Expr): Expr => (sign ? negNode(e) : e);
    const numerator = power === undefined ? factor(int(p)) : p === 1n ? factor(power) : mulNode([factor(int(p)), power]);
    return q === 1n ? numerator : divNode(numerator, int(q));
  };
  return { negative, magnitude: write(false), leading: write(negative) };
}

function symbolicTerm(R: Coefficients, c: Coefficient, variable: string, base: Expr, k: number): Term {
  const { canon } = R;
  const shift = new Map([[variable, base]]);
  const term = canon.product([R.expr(c), canon.power(canon.variable(variable), canon.num(Q.rational(BigInt(k))))]);
  const negative = canon.pretty(term).negative;
  const printed = (e: Expr): Expr => substitute(canon.printed(e), shift);
  return { negative, magnitude: printed(negative ? canon.negate(term) : term), leading: printed(term) };
}
