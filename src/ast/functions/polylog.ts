// The polylogarithm Li_n(x) = Σ x^k/k^n (DLMF 25.12.10; SymPy's polylog(n, x)), a row of the function
// table (functions.ts). Its order n is a non-negative integer literal, as polygamma's (gamma.ts), so
// that the derivative can write the order below as a literal: x·Li_n'(x) = Li_{n-1}(x) (DLMF
// 25.12.15), down to the elementary Li₁(x) = -ln(1 - x) and Li₀(x) = x/(1 - x), which the column
// writes out. There is no derivative in n. Values from src/special/polylog.ts.

import { InvalidArgumentError } from '../../errors.js';
import type { Expr } from '../expr.js';
import { int } from '../numbers.js';
import { call, div, neg, one, square, sub, zero } from '../smart.js';
import * as special from '../../special/polylog.js';
import { polygammaOrder } from './gamma.js';
import * as Q from '../rational.js';
import type { FunctionRow } from './row.js';

const ORDER_REFUSED = "'polylog' takes a non-negative integer literal as its order n (its first argument)";

/** ∂Li_n(u)/∂u for a literal order (a forged tree without one is refused). */
function outerDerivative(n: Expr, u: Expr): Expr {
  const order = polygammaOrder(n);
  if (order === undefined) throw new InvalidArgumentError(`invalid expression tree: ${ORDER_REFUSED}`);
  if (order === 0n) return div(one, square(sub(one, u))); // (u/(1-u))' = 1/(1-u)²
  if (order === 1n) return div(one, sub(one, u)); // (-ln(1-u))' = 1/(1-u)
  if (order === 2n) return div(neg(call('log', sub(one, u))), u); // Li₁(u)/u
  return div(call('polylog', int(order - 1n), u), u);
}

/** Li_n'(x) as a number, with its limit 1 at x = 0 for n ≥ 1; NaN where Li_n is not real. */
function slope(n: number, x: number): number {
  if (Number.isNaN(special.polylog(n, x))) return NaN;
  if (n === 0) return 1 / ((1 - x) * (1 - x));
  if (n === 1) return 1 / (1 - x);
  return x === 0 ? 1 : special.polylog(n - 1, x) / x;
}

/** Li_n(0) = 0 and Li₀(q) = q/(1 - q). */
function exactAt([n, q]: readonly (Q.Rational | undefined)[]): Q.Rational | undefined {
  if (n === undefined || q === undefined || !Q.isInteger(n) || Q.sign(n) < 0) return undefined;
  if (Q.isZero(q)) return Q.ZERO;
  const denominator = Q.inverse(Q.sub(Q.ONE, q));
  return Q.isZero(n) && denominator !== undefined ? Q.mul(q, denominator) : undefined;
}

export const POLYLOG = {
  // ∂Li_n(u)/∂u = Li_{n-1}(u)/u; none in n (a literal), written 0
  polylog: {
    removable: true,
    arities: [2],
    value: special.polylog,
    derivative: ([n, u]: readonly Expr[]) => [zero, outerDerivative(n as Expr, u as Expr)],
    slope: ([n, x]: readonly number[]) => [0, slope(n as number, x as number)],
    exactAt,
    latex: ([n, x]: readonly string[]) => `\\operatorname{Li}_{${n}}\\left(${x}\\right)`,
    checkArguments: ([n]: readonly Expr[]) => (n !== undefined && polygammaOrder(n) === undefined ? ORDER_REFUSED : undefined),
  },
} satisfies Record<string, FunctionRow>;
