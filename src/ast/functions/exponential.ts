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
    // log(1, b) = 0 wherever it is defined, whatever b is (the rule sees b as undefined unless exact).
    exactAt: ([u, b]: readonly (Rational | undefined)[]) => (u && b ? logToBase(u, b) : u && Q.isOne(u) ? Q.ZERO : undefined),
    latex: ([a, b]: readonly string[]) => (b === undefined ? `\\ln\\left(${a}\\right)` : `\\log_{${b}}\\left(${a}\\right)`),
    js: ([a, b]: readonly string[]) => (b === undefined ? `Math.log(${a})` : `Math.log(${a}) / Math.log(${b})`),
  },
  // d √u = 1 / (2√u)
  sqrt: unary({ value: Math.sqrt, derivative: (u) => div(one, mul(two, sqrt(u))), slope: (x) => 0.5 / Math.sqrt(x),
    exact: (q) => Q.rootExact(q, 2n), latex: (a) => `\\sqrt{${a}}`, js: 'Math.sqrt' }),
} satisfies Record<string, FunctionRow>;

/**
 * log(u, b) for exact u and b where it is rational: u and b powers of one root (log(8, 2) = 3,
 * log(4, 8) = 2/3, log(1/9, 3) = -2, log(1, 5) = 0); undefined where it is not, or not defined
 * (b <= 0, b = 1, u <= 0).
 */
function logToBase(u: Rational, b: Rational): Rational | undefined {
  if (Q.sign(u) <= 0 || Q.sign(b) <= 0 || Q.isOne(b)) return undefined;
  if (Q.isOne(u)) return Q.ZERO;
  const [pu, pb] = [asPower(u), asPower(b)];
  if (Q.equal(pu.root, pb.root)) return Q.rational(pu.k, pb.k);
  const inverse = Q.inverse(pb.root);
  return inverse && Q.equal(pu.root, inverse) ? Q.rational(-pu.k, pb.k) : undefined;
}

/** q as root^k with the largest k (k = 1 where q is no perfect power). */
const asPower = (q: Rational): { root: Rational; k: bigint } => Q.perfectPower(q) ?? { root: q, k: 1n };
