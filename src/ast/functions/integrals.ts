// The exponential, logarithmic, sine, cosine, hyperbolic sine and cosine integrals (DLMF 6.2) and
// the Fresnel integrals (DLMF 7.2.7-8), rows of the function table (functions.ts): each the
// integral of an elementary function, which is therefore its derivative. Values from src/special.

import { constNode, type Expr } from '../expr.js';
import * as Q from '../rational.js';
import { call, div, mul, square, two } from '../smart.js';
import * as special from '../../special/index.js';
import { halfPiSquare } from '../../special/half-pi-square.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

/** πu²/2, the phase of the Fresnel integrands. */
const phase = (u: Expr): Expr => div(mul(constNode('pi'), square(u)), two);

/** sin x / x and sinh x / x, with their limit 1 at 0. */
const overX = (f: (x: number) => number) => (x: number): number => (x === 0 ? 1 : f(x) / x);

export const INTEGRALS = {
  // d Ei u = e^u / u
  Ei: unary({ value: special.Ei, derivative: (u) => div(call('exp', u), u), slope: (x) => Math.exp(x) / x,
    latex: '\\operatorname{Ei}' }),
  // d li u = 1 / ln u
  li: unary({ value: special.li, derivative: (u) => div(1, call('log', u)), slope: (x) => 1 / Math.log(x),
    exact: atZero(Q.ZERO), latex: '\\operatorname{li}' }),
  // d Si u = sin u / u
  Si: unary({ removable: true, parity: 'odd', value: special.Si, derivative: (u) => div(call('sin', u), u), slope: overX(Math.sin),
    exact: atZero(Q.ZERO), latex: '\\operatorname{Si}' }),
  // d Ci u = cos u / u
  Ci: unary({ value: special.Ci, derivative: (u) => div(call('cos', u), u), slope: (x) => Math.cos(x) / x,
    latex: '\\operatorname{Ci}' }),
  // d Shi u = sinh u / u
  Shi: unary({ removable: true, parity: 'odd', value: special.Shi, derivative: (u) => div(call('sinh', u), u), slope: overX(Math.sinh),
    exact: atZero(Q.ZERO), latex: '\\operatorname{Shi}' }),
  // d Chi u = cosh u / u
  Chi: unary({ value: special.Chi, derivative: (u) => div(call('cosh', u), u), slope: (x) => Math.cosh(x) / x,
    latex: '\\operatorname{Chi}' }),
  // d S(u) = sin(πu²/2)
  fresnels: unary({ parity: 'odd', value: special.fresnels, derivative: (u) => call('sin', phase(u)),
    slope: (x) => halfPiSquare(x).sin, exact: atZero(Q.ZERO), latex: 'S' }),
  // d C(u) = cos(πu²/2)
  fresnelc: unary({ parity: 'odd', value: special.fresnelc, derivative: (u) => call('cos', phase(u)),
    slope: (x) => halfPiSquare(x).cos, exact: atZero(Q.ZERO), latex: 'C' }),
} satisfies Record<string, FunctionRow>;
