// The error functions erf, erfc and erfi (DLMF 7.2), rows of the function table (functions.ts);
// their values come from src/special/error-functions.ts.

import { constNode, type Expr } from '../expr.js';
import * as Q from '../rational.js';
import { call, div, mul, neg, sqrt, square, two } from '../smart.js';
import * as special from '../../special/error-functions.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** (2/√π)·e^{±u²}, the derivative of erf (−) and erfi (+). */
const gaussian = (u: Expr, sign: 1 | -1): Expr =>
  mul(div(two, sqrt(constNode('pi'))), call('exp', sign > 0 ? square(u) : neg(square(u))));

export const ERROR_FUNCTIONS = {
  // d erf u = (2/√π) e^{-u²}
  erf: unary({ parity: 'odd', value: special.erf, derivative: (u) => gaussian(u, -1),
    slope: (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x), exact: atZero(Q.ZERO), latex: '\\operatorname{erf}' }),
  // d erfc u = -(2/√π) e^{-u²}
  erfc: unary({ value: special.erfc, derivative: (u) => neg(gaussian(u, -1)),
    slope: (x) => -TWO_OVER_SQRT_PI * Math.exp(-x * x), exact: atZero(Q.ONE), latex: '\\operatorname{erfc}' }),
  // d erfi u = (2/√π) e^{u²}
  erfi: unary({ parity: 'odd', value: special.erfi, derivative: (u) => gaussian(u, 1),
    slope: (x) => TWO_OVER_SQRT_PI * Math.exp(x * x), exact: atZero(Q.ZERO), latex: '\\operatorname{erfi}' }),
} satisfies Record<string, FunctionRow>;
