// Γ, ψ = Γ'/Γ and ψ⁽ⁿ⁾ (DLMF 5.2.1, 5.2.2, 5.15.1), rows of the function table (functions.ts), each
// the derivative of the one before: Γ' = Γ·ψ, ψ' = ψ⁽¹⁾, (ψ⁽ⁿ⁾)' = ψ⁽ⁿ⁺¹⁾. The order n of
// polygamma(n, x) is a non-negative integer literal (a number node), so that the derivative can
// write the next order as a literal; it has no derivative in n. Values from src/special/gamma.ts.

import { InvalidArgumentError } from '../../errors.js';
import type { Expr } from '../expr.js';
import { int } from '../numbers.js';
import * as Q from '../rational.js';
import type { Rational } from '../rational.js';
import { call, mul, zero } from '../smart.js';
import * as special from '../../special/gamma.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';

/** Γ(n) = (n - 1)! at the positive integers, as far as the double range (Γ(171) ≈ 7e306). */
export function gammaAtInteger(q: Rational): Rational | undefined {
  if (q.den !== 1n || q.num < 1n || q.num > 171n) return undefined;
  let factorial = 1n;
  for (let k = 2n; k < q.num; k++) factorial *= k;
  return Q.rational(factorial);
}

/** The order n of polygamma(n, x) as a bigint, if `n` is a literal non-negative integer. */
export function polygammaOrder(n: Expr): bigint | undefined {
  if (n.kind !== 'num' || n.exact === null || n.exact.den !== 1n || n.exact.num < 0n) return undefined;
  return n.exact.num;
}

const ORDER_REFUSED = "'polygamma' takes a non-negative integer literal as its order n (its first argument)";

/** The order as a literal, one up: the derivative's (a forged tree without a literal order is refused). */
function nextOrder(n: Expr): Expr {
  const order = polygammaOrder(n);
  if (order === undefined) throw new InvalidArgumentError(`invalid expression tree: ${ORDER_REFUSED}`);
  return int(order + 1n);
}

export const GAMMA = {
  // d Γ(u) = Γ(u) ψ(u)
  gamma: unary({ value: special.gamma, derivative: (u) => mul(call('gamma', u), call('digamma', u)),
    slope: (x) => special.gamma(x) * special.digamma(x), exact: gammaAtInteger, latex: '\\Gamma' }),
  // d ψ(u) = ψ⁽¹⁾(u)
  digamma: unary({ value: special.digamma, derivative: (u) => call('polygamma', 1, u),
    slope: (x) => special.polygamma(1, x), latex: '\\psi' }),
  // ∂ψ⁽ⁿ⁾(u)/∂u = ψ⁽ⁿ⁺¹⁾(u); none in n (a literal), written 0
  polygamma: {
    arities: [2],
    value: special.polygamma,
    derivative: ([n, u]: readonly Expr[]) => [zero, call('polygamma', nextOrder(n as Expr), u as Expr)],
    slope: ([n, x]: readonly number[]) => [0, special.polygamma((n as number) + 1, x as number)],
    latex: ([n, x]: readonly string[]) => `\\psi^{(${n})}\\left(${x}\\right)`,
    checkArguments: ([n]: readonly Expr[]) => (n !== undefined && polygammaOrder(n) === undefined ? ORDER_REFUSED : undefined),
  },
} satisfies Record<string, FunctionRow>;
