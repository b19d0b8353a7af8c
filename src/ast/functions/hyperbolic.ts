// The hyperbolic functions and their inverses, rows of the function table (functions.ts).

import * as Q from '../rational.js';
import { add, call, div, one, sqrt, square, sub } from '../smart.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

export const HYPERBOLIC = {
  // d sinh u = cosh u
  sinh: unary({ parity: 'odd', value: Math.sinh, derivative: (u) => call('cosh', u), slope: Math.cosh,
    exact: atZero(Q.ZERO), latex: '\\sinh', js: 'Math.sinh' }),
  // d cosh u = sinh u
  cosh: unary({ parity: 'even', value: Math.cosh, derivative: (u) => call('sinh', u), slope: Math.sinh,
    exact: atZero(Q.ONE), latex: '\\cosh', js: 'Math.cosh' }),
  // d tanh u = 1 - tanh² u
  tanh: unary({ parity: 'odd', value: Math.tanh, derivative: (u) => sub(one, square(call('tanh', u))),
    slope: (x) => 1 / Math.cosh(x) ** 2, exact: atZero(Q.ZERO), latex: '\\tanh', js: 'Math.tanh' }),
  // d asinh u = 1 / √(u² + 1)
  asinh: unary({ inverseOf: 'sinh', parity: 'odd', value: Math.asinh, derivative: (u) => div(one, sqrt(add(square(u), one))),
    slope: (x) => 1 / Math.sqrt(x * x + 1), exact: atZero(Q.ZERO), latex: '\\operatorname{arsinh}', js: 'Math.asinh' }),
  // d acosh u = 1 / √(u² - 1)
  acosh: unary({ inverseOf: 'cosh', value: Math.acosh, derivative: (u) => div(one, sqrt(sub(square(u), one))),
    slope: (x) => 1 / Math.sqrt(x * x - 1), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\operatorname{arcosh}', js: 'Math.acosh' }),
  // d atanh u = 1 / (1 - u²)
  atanh: unary({ inverseOf: 'tanh', parity: 'odd', value: Math.atanh, derivative: (u) => div(one, sub(one, square(u))),
    slope: (x) => 1 / (1 - x * x), exact: atZero(Q.ZERO), latex: '\\operatorname{artanh}', js: 'Math.atanh' }),
} satisfies Record<string, FunctionRow>;
