// The wrong entries of the function table that students write (`cos' = sin`), as data: for each
// function, the outer derivatives f'(u) mistaken for the right one. D runs with one of them in place
// of the table's entry to name a `function-derivative` mistake.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { add, call, div, mul, neg, one, sqrt, square, sub } from '../ast/smart.js';

/** A wrong outer derivative, built over the first argument u (∂/∂u for `log(u, b)`). */
export type WrongOuter = (u: Expr) => Expr;

export const WRONG_OUTER: Partial<Record<FunctionName, readonly WrongOuter[]>> = {
  sin: [(u) => neg(call('cos', u))], // sin' = -cos: the sign of cos' carried over
  cos: [(u) => call('sin', u)], // cos' = sin: the sign forgotten
  tan: [(u) => neg(square(call('sec', u))), (u) => mul(call('sec', u), call('tan', u))], // sec' confused for tan'
  sec: [(u) => neg(mul(call('sec', u), call('tan', u))), (u) => square(call('sec', u))],
  csc: [(u) => mul(call('csc', u), call('cot', u))], // the sign forgotten
  cot: [(u) => square(call('csc', u)), (u) => square(call('sec', u))],
  asin: [(u) => neg(div(one, sqrt(sub(one, square(u))))), (u) => div(one, sqrt(add(one, square(u))))],
  acos: [(u) => div(one, sqrt(sub(one, square(u))))], // the sign forgotten
  atan: [(u) => div(one, sub(one, square(u))), (u) => neg(div(one, add(one, square(u))))],
  sinh: [(u) => neg(call('cosh', u))],
  cosh: [(u) => neg(call('sinh', u))], // the sign of cos' carried over
  tanh: [(u) => add(one, square(call('tanh', u)))], // tan's identity carried over
  asinh: [(u) => div(one, sqrt(sub(square(u), one)))],
  acosh: [(u) => div(one, sqrt(add(square(u), one)))],
  atanh: [(u) => div(one, add(one, square(u)))],
  exp: [(u) => mul(u, call('exp', u))], // the exponent brought down as if a power
  // ln' = 1/u², -1/u, ln kept; and for log(u, b), 1/u: the factor 1/ln(b) forgotten
  log: [(u) => div(one, square(u)), (u) => neg(div(one, u)), (u) => call('log', u), (u) => div(one, u)],
};
