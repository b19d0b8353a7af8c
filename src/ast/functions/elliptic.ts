// The elliptic integrals in SymPy's names and argument order, parameter m = k²: elliptic_k(m) = K(m),
// elliptic_e(m) = E(m) (complete), elliptic_f(φ, m) = F(φ|m) and elliptic_e(φ, m) = E(φ|m)
// (incomplete), rows of the function table (functions.ts). Their derivatives stay in the family
// (DLMF 19.4.1-2, 19.4.4; SymPy's fdiff), with Δ = √(1 - m sin²φ):
//   K'(m) = (E(m) - (1-m)K(m)) / (2m(1-m)),   E'(m) = (E(m) - K(m)) / (2m),
//   ∂F/∂φ = 1/Δ,   ∂F/∂m = E(φ|m)/(2m(1-m)) - F(φ|m)/(2m) - sin 2φ/(4(1-m)Δ),
//   ∂E/∂φ = Δ,     ∂E/∂m = (E(φ|m) - F(φ|m)) / (2m).
// The formulas read 0/0 at m = 0 (a removable singularity, as sin(x)/x for Si); the numeric slopes
// take the limit there. Values from src/special/elliptic.ts.

import type { Expr } from '../expr.js';
import * as Q from '../rational.js';
import { call, div, mul, one, sqrt, square, sub, two } from '../smart.js';
import * as special from '../../special/elliptic.js';
import type { FunctionRow } from './row.js';

/** Δ = √(1 - m sin²φ). */
const delta = (phi: Expr, m: Expr): Expr => sqrt(sub(one, mul(m, square(call('sin', phi)))));

/** E(1) = 1, the one rational value of the family at a rational argument. */
const eAtOne = (q: Q.Rational): Q.Rational | undefined => (Q.isOne(q) ? Q.ONE : undefined);

/** F(0|m) = E(0|m) = 0. */
const zeroAtZero = ([phi]: readonly (Q.Rational | undefined)[]): Q.Rational | undefined => (phi !== undefined && Q.isZero(phi) ? Q.ZERO : undefined);

export const ELLIPTIC = {
  elliptic_k: {
    removable: true,
    arities: [1],
    value: special.ellipticK,
    derivative: ([m]: readonly Expr[]) => {
      const u = m as Expr;
      const oneMinus = sub(one, u);
      return [div(sub(call('elliptic_e', u), mul(oneMinus, call('elliptic_k', u))), mul(mul(two, u), oneMinus))];
    },
    slope: ([m]: readonly number[]) => [special.ellipticKSlope(m as number)],
    latex: ([m]: readonly string[]) => `K\\left(${m}\\right)`,
  },
  elliptic_e: {
    removable: true,
    arities: [1, 2],
    value: (...args: number[]) => (args.length === 1 ? special.ellipticE(args[0] as number)
      : special.ellipticEIncomplete(args[0] as number, args[1] as number)),
    derivative: (args: readonly Expr[]) => {
      if (args.length === 1) {
        const u = args[0] as Expr;
        return [div(sub(call('elliptic_e', u), call('elliptic_k', u)), mul(two, u))];
      }
      const [phi, m] = args as [Expr, Expr];
      return [delta(phi, m), div(sub(call('elliptic_e', phi, m), call('elliptic_f', phi, m)), mul(two, m))];
    },
    slope: (args: readonly number[]) => (args.length === 1 ? [special.ellipticESlope(args[0] as number)]
      : special.ellipticESlopes(args[0] as number, args[1] as number)),
    exact: eAtOne,
    exactAt: zeroAtZero,
    latex: (args: readonly string[]) => (args.length === 1 ? `E\\left(${args[0]}\\right)`
      : `E\\left(${args[0]}\\middle| ${args[1]}\\right)`),
  },
  elliptic_f: {
    removable: true,
    arities: [2],
    value: special.ellipticF,
    derivative: ([phi, m]: readonly Expr[]) => {
      const [p, u] = [phi as Expr, m as Expr];
      const oneMinus = sub(one, u);
      const dm = sub(
        sub(div(call('elliptic_e', p, u), mul(mul(two, u), oneMinus)), div(call('elliptic_f', p, u), mul(two, u))),
        div(call('sin', mul(two, p)), mul(mul(4, oneMinus), delta(p, u))));
      return [div(one, delta(p, u)), dm];
    },
    slope: ([phi, m]: readonly number[]) => special.ellipticFSlopes(phi as number, m as number),
    exactAt: zeroAtZero,
    latex: ([phi, m]: readonly string[]) => `F\\left(${phi}\\middle| ${m}\\right)`,
  },
} satisfies Record<string, FunctionRow>;
