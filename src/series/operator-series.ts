// The series column of the operator table (ast/operators.ts): one row per operator kind, typed so
// that a new operator does not compile until it has its series rule here.

import type { OperatorKind } from '../ast/operators.js';
import { add, div, mul, neg, sub } from './arithmetic.js';
import type { Coefficients } from './coefficient.js';
import { power, type Caller } from './power.js';
import type { Series } from './series.js';

type SeriesRule = (R: Coefficients, operands: readonly Series[], call: Caller) => Series;

const [first, second] = [(s: readonly Series[]) => s[0] as Series, (s: readonly Series[]) => s[1] as Series];

export const OPERATOR_SERIES: { readonly [K in OperatorKind]: SeriesRule } = {
  add: (R, s) => balanced(s, (u, v) => add(R, u, v)),
  sub: (R, s) => sub(R, first(s), second(s)),
  mul: (R, s) => balanced(s, (u, v) => mul(R, u, v)),
  div: (R, s) => div(R, first(s), second(s)),
  neg: (R, s) => neg(R, first(s)),
  pow: (R, s, call) => power(R, call, first(s), second(s)),
};

/**
 * An n-ary sum or product as a balanced tree of binary ones: a coefficient of the result then asks
 * through log2(n) levels of lazy series, not n (a simplified sum may have 100,000 terms).
 */
function balanced(operands: readonly Series[], combine: (u: Series, v: Series) => Series): Series {
  let level = operands;
  while (level.length > 1) {
    const next: Series[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(combine(level[i] as Series, level[i + 1] as Series));
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Series);
    level = next;
  }
  return level[0] as Series;
}
