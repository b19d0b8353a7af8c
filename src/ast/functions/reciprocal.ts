// The reciprocal hyperbolic functions and the inverse reciprocal functions (SymPy's branches:
// asec = acos(1/x), acot = atan(1/x), asech = acosh(1/x), …), rows of the function table (functions.ts).
// Their values near |x| = 1 come from src/special, which avoids rounding 1/x where it would matter.

import type { Expr } from '../expr.js';
import * as Q from '../rational.js';
import { add, call, div, mul, neg, one, sqrt, square, sub } from '../smart.js';
import * as special from '../../special/reciprocal-functions.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

/** |u|·√(u² ∓ 1), the denominator of asec', acsc' and acsch'. */
const absTimesRoot = (u: Expr, sign: 1 | -1): Expr =>
  mul(call('abs', u), sqrt(sign > 0 ? add(square(u), one) : sub(square(u), one)));

export const RECIPROCAL = {
  // d sech u = -sech u · tanh u
  sech: unary({ parity: 'even', value: special.sech, derivative: (u) => neg(mul(call('sech', u), call('tanh', u))),
    slope: (x) => -Math.tanh(x) / Math.cosh(x), exact: atZero(Q.ONE), latex: '\\operatorname{sech}', js: (a) => `1 / Math.cosh(${a})` }),
  // d csch u = -csch u · coth u
  csch: unary({ parity: 'odd', value: special.csch, derivative: (u) => neg(mul(call('csch', u), call('coth', u))),
    slope: (x) => -1 / (Math.sinh(x) * Math.tanh(x)), latex: '\\operatorname{csch}', js: (a) => `1 / Math.sinh(${a})` }),
  // d coth u = 1 - coth² u
  coth: unary({ parity: 'odd', value: special.coth, derivative: (u) => sub(one, square(call('coth', u))),
    slope: (x) => -1 / Math.sinh(x) ** 2, latex: '\\coth', js: (a) => `1 / Math.tanh(${a})` }),
  // d asec u = 1 / (|u| √(u² - 1))
  asec: unary({ inverseOf: 'sec', value: special.asec, derivative: (u) => div(one, absTimesRoot(u, -1)),
    slope: (x) => 1 / (x * x * Math.sqrt(1 - 1 / (x * x))), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\operatorname{arcsec}' }),
  // d acsc u = -1 / (|u| √(u² - 1))
  acsc: unary({ inverseOf: 'csc', parity: 'odd', value: special.acsc, derivative: (u) => neg(div(one, absTimesRoot(u, -1))),
    slope: (x) => -1 / (x * x * Math.sqrt(1 - 1 / (x * x))), latex: '\\operatorname{arccsc}' }),
  // d acot u = -1 / (1 + u²)
  acot: unary({ inverseOf: 'cot', parity: 'odd', value: special.acot, derivative: (u) => neg(div(one, add(one, square(u)))),
    slope: (x) => -1 / (1 + x * x), latex: '\\operatorname{arccot}', js: (a) => `Math.atan(1 / (${a} + 0))` }), // + 0: -0 is +0, acot(0) = π/2 (special.acot)
  // d asech u = -1 / (u √(1 - u²))
  asech: unary({ inverseOf: 'sech', value: special.asech, derivative: (u) => neg(div(one, mul(u, sqrt(sub(one, square(u)))))),
    slope: (x) => -1 / (x * Math.sqrt(1 - x * x)), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\operatorname{arsech}' }),
  // d acsch u = -1 / (|u| √(u² + 1))
  acsch: unary({ inverseOf: 'csch', parity: 'odd', value: special.acsch, derivative: (u) => neg(div(one, absTimesRoot(u, 1))),
    slope: (x) => -1 / (x * x * Math.sqrt(1 + 1 / (x * x))), latex: '\\operatorname{arcsch}', js: (a) => `Math.asinh(1 / ${a})` }),
  // d acoth u = 1 / (1 - u²)
  acoth: unary({ inverseOf: 'coth', parity: 'odd', value: special.acoth, derivative: (u) => div(one, sub(one, square(u))),
    slope: (x) => 1 / ((1 - x) * (1 + x)), latex: '\\operatorname{arcoth}' }),
} satisfies Record<string, FunctionRow>;
