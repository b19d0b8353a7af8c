// The trigonometric functions and their inverses, rows of the function table (functions.ts).

import * as Q from '../rational.js';
import { cosAtPi, reciprocalAtPi, sinAtPi, tanAtPi } from '../pi-multiples.js';
import { add, call, div, mul, neg, one, sqrt, square, sub } from '../smart.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

export const TRIGONOMETRIC = {
  // d sin u = cos u
  sin: unary({ atMultipleOfPi: sinAtPi, parity: 'odd', value: Math.sin, derivative: (u) => call('cos', u), slope: Math.cos,
    exact: atZero(Q.ZERO), latex: '\\sin', js: 'Math.sin' }),
  // d cos u = -sin u
  cos: unary({ atMultipleOfPi: cosAtPi, parity: 'even', value: Math.cos, derivative: (u) => neg(call('sin', u)), slope: (x) => -Math.sin(x),
    exact: atZero(Q.ONE), latex: '\\cos', js: 'Math.cos' }),
  // d tan u = 1 + tan² u
  tan: unary({ atMultipleOfPi: tanAtPi, parity: 'odd', value: Math.tan, derivative: (u) => add(one, square(call('tan', u))), slope: (x) => 1 / Math.cos(x) ** 2,
    exact: atZero(Q.ZERO), latex: '\\tan', js: 'Math.tan' }),
  // d sec u = sec u · tan u
  sec: unary({ atMultipleOfPi: reciprocalAtPi(cosAtPi), parity: 'even', value: (x) => 1 / Math.cos(x), derivative: (u) => mul(call('sec', u), call('tan', u)),
    slope: (x) => Math.sin(x) / Math.cos(x) ** 2, exact: atZero(Q.ONE), latex: '\\sec', js: (a) => `1 / Math.cos(${a})` }),
  // d csc u = -csc u · cot u
  csc: unary({ atMultipleOfPi: reciprocalAtPi(sinAtPi), parity: 'odd', value: (x) => 1 / Math.sin(x), derivative: (u) => neg(mul(call('csc', u), call('cot', u))),
    slope: (x) => -Math.cos(x) / Math.sin(x) ** 2, latex: '\\csc', js: (a) => `1 / Math.sin(${a})` }),
  // d cot u = -(1 + cot² u)
  cot: unary({ atMultipleOfPi: reciprocalAtPi(tanAtPi), parity: 'odd', value: (x) => 1 / Math.tan(x), derivative: (u) => neg(add(one, square(call('cot', u)))),
    slope: (x) => -1 / Math.sin(x) ** 2, latex: '\\cot', js: (a) => `1 / Math.tan(${a})` }),
  // d asin u = 1 / √(1 - u²)
  asin: unary({ inverseOf: 'sin', parity: 'odd', value: Math.asin, derivative: (u) => div(one, sqrt(sub(one, square(u)))),
    slope: (x) => 1 / Math.sqrt(1 - x * x), exact: atZero(Q.ZERO), latex: '\\arcsin', js: 'Math.asin' }),
  // d acos u = -1 / √(1 - u²)
  acos: unary({ inverseOf: 'cos', value: Math.acos, derivative: (u) => neg(div(one, sqrt(sub(one, square(u))))),
    slope: (x) => -1 / Math.sqrt(1 - x * x), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\arccos', js: 'Math.acos' }),
  // d atan u = 1 / (1 + u²)
  atan: unary({ inverseOf: 'tan', parity: 'odd', value: Math.atan, derivative: (u) => div(one, add(one, square(u))),
    slope: (x) => 1 / (1 + x * x), exact: atZero(Q.ZERO), latex: '\\arctan', js: 'Math.atan' }),
} satisfies Record<string, FunctionRow>;
