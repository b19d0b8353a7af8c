// The incomplete gamma functions γ(s, x) and Γ(s, x) (DLMF 8.2.1-2; SymPy's lowergamma and
// uppergamma), rows of the function table (functions.ts). In x each is the integral of x^{s-1}e^{-x}
// (DLMF 8.8.13): ∂γ/∂x = x^{s-1}e^{-x} = -∂Γ/∂x. In s there is no derivative in closed form (it needs
// Meijer G functions): the column says so with undefined, so s may be any expression, and
// differentiating refuses only an s that depends on the variable (row.ts, noDerivativeError); the
// numeric slope is NaN there. Values from src/special/incomplete-gamma.ts.

import type { Expr } from '../expr.js';
import { call, mul, neg, one, pow, sub } from '../smart.js';
import * as special from '../../special/incomplete-gamma.js';
import * as Q from '../rational.js';
import { gammaAtInteger } from './gamma.js';
import type { FunctionRow } from './row.js';

/** u^{s-1} e^{-u}. */
const integrand = (s: Expr, u: Expr): Expr => mul(pow(u, sub(s, one)), call('exp', neg(u)));

export const INCOMPLETE_GAMMA = {
  // ∂γ(s, u)/∂u = u^{s-1} e^{-u}; none in s
  lowergamma: {
    arities: [2],
    value: special.lowergamma,
    derivative: ([s, u]: readonly Expr[]) => [undefined, integrand(s as Expr, u as Expr)],
    slope: ([s, x]: readonly number[]) => [NaN, special.lowergammaSlope(s as number, x as number)],
    exactAt: ([s, x]: readonly (Q.Rational | undefined)[]) => (s && x && Q.sign(s) > 0 && Q.isZero(x) ? Q.ZERO : undefined),
    latex: ([s, x]: readonly string[]) => `\\gamma\\left(${s}, ${x}\\right)`,
  },
  // ∂Γ(s, u)/∂u = -u^{s-1} e^{-u}; none in s
  uppergamma: {
    arities: [2],
    value: special.uppergamma,
    derivative: ([s, u]: readonly Expr[]) => [undefined, neg(integrand(s as Expr, u as Expr))],
    slope: ([s, x]: readonly number[]) => [NaN, special.uppergammaSlope(s as number, x as number)],
    // Γ(n, 0) = Γ(n) = (n - 1)!
    exactAt: ([s, x]: readonly (Q.Rational | undefined)[]) => (s && x && Q.isZero(x) ? gammaAtInteger(s) : undefined),
    latex: ([s, x]: readonly string[]) => `\\Gamma\\left(${s}, ${x}\\right)`,
  },
} satisfies Record<string, FunctionRow>;
