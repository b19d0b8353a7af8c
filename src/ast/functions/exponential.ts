// The exponential, the logarithm (natural, or to a base) and the square root, rows of the function table.

import type { Expr } from '../expr.js';
import * as Q from '../rational.js';
import type { Rational } from '../rational.js';
import { call, div, mul, neg, one, sqrt, square, two } from '../smart.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

export const EXPONENTIAL = {
  // d exp u = exp u
  exp: unary({ value: Math.exp, derivative: (u) => call('exp', u), slope: Math.exp,
    exact: atZero(Q.ONE), latex: (a) => `e^{${a}}`, js: 'Math.exp' }),
  // d log u = 1/u;  log(u, b) = log u / log b, so ∂/∂u = 1/(u log b) and ∂/∂b = -log u / (b log² b)
  log: {
    arities: [1, 2],
    value: (x: number, b?: number) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)),
    derivative: ([u, b]: readonly Expr[]) => (b === undefined
      ? [div(one, u as Expr)]
      : [div(one, mul(u as Expr, call('log', b))), neg(div(call('log', u as Expr), mul(b, square(call('log', b)))))]),
    slope: ([x, b]: readonly number[]) => (b === undefined
      ? [1 / (x as number)]
      : [1 / ((x as number) * Math.log(b)), -Math.log(x as number) / (b * Math.log(b) ** 2)]),
    exact: (q: Rational) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: ([a, b]: readonly string[]) => (b === undefined ? `\\ln\\left(${a}\\right)` : `\\log_{${b}}\\left(${a}\\right)`),
    js: ([a, b]: readonly string[]) => (b === undefined ? `Math.log(${a})` : `Math.log(${a}) / Math.log(${b})`),
  },
  // d √u = 1 / (2√u)
  sqrt: unary({ value: Math.sqrt, derivative: (u) => div(one, mul(two, sqrt(u))), slope: (x) => 0.5 / Math.sqrt(x),
    exact: (q) => Q.rootExact(q, 2n), latex: (a) => `\\sqrt{${a}}`, js: 'Math.sqrt' }),
} satisfies Record<string, FunctionRow>;
