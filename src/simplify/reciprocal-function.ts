// f(u)^-n = g(u)^n for a function and its reciprocal (rules/reciprocal-function.ts), a candidate of
// products (product.ts): d/dx atan(sinh(x)) is sech(x), not 1/cosh(x), one operator fewer.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { RECIPROCAL_OF } from './rules/reciprocal-function.js';

/** The factors with each function to a negative whole power written as its reciprocal; undefined where none is. */
export function reciprocalFunctions(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  let out: Expr[] | undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (f.kind !== 'pow') continue;
    const [base, exponent] = f.args;
    if (base.kind !== 'call' || base.args.length !== 1 || exponent.kind !== 'num' || exponent.exact === null) continue;
    const { num, den } = exponent.exact;
    const reciprocal = RECIPROCAL_OF[base.fn];
    if (reciprocal === undefined || den !== 1n || num >= 0n) continue;
    out ??= factors.slice();
    out[i] = c.power(c.call(reciprocal, base.args), c.num({ num: -num, den: 1n }));
  }
  return out;
}
