// THE function table: one row per function, the single source of truth that the parser, evaluator,
// compiler, printers, symbolic D, forward and reverse mode all read. Adding `erf` is one row here
// (and its name in function-names.ts, one builder line in builders.ts).
//
// Columns: value (numeric), derivative (the outer derivative as a tree, built with smart constructors;
// the chain rule is applied once, by D, at the call node), slope (the outer derivative as a number,
// written independently of `derivative` so the cross-checks between methods mean something), exact
// (values the simplifier may fold exactly, also at multiples of π), parity (odd or even, for the simplifier), latex and js (how printers and compilers spell a call).

import type { Expr } from './expr.js';
import type { FunctionName } from './function-names.js';
import * as Q from './rational.js';
import type { Rational } from './rational.js';
import { cosAtPi, reciprocalAtPi, sinAtPi, tanAtPi } from './pi-multiples.js';
import { add, call, div, mul, neg, one, sqrt, square, sub, two, zero } from './smart.js';

export interface FunctionRow {
  /** Numbers of arguments accepted, e.g. [1] or [1, 2] for `log(x)` and `log(x, b)`. */
  readonly arities: readonly number[];
  readonly value: (...args: number[]) => number;
  /** ∂f/∂(argument i) as trees, for the arguments given. */
  readonly derivative: (args: readonly Expr[]) => Expr[];
  /** ∂f/∂(argument i) as numbers, at the arguments given. */
  readonly slope: (args: readonly number[]) => number[];
  /** The exact value at an exact argument, where it is exact (`cos(0) = 1`); undefined otherwise. */
  readonly exact?: (q: Rational) => Rational | undefined;
  /** The exact value at q·π for a rational q, where it is rational (`sin(π/6) = 1/2`). */
  readonly atMultipleOfPi?: (q: Rational) => Rational | undefined;
  /** f(-u) = -f(u) (odd) or f(-u) = f(u) (even), for the simplifier. */
  readonly parity?: 'odd' | 'even';
  /** LaTeX of a call, from the LaTeX of its arguments. */
  readonly latex: (args: readonly string[]) => string;
  /** A JavaScript expression for a call, from the names of temporaries holding its arguments. */
  readonly js: (args: readonly string[]) => string;
}

interface UnaryRow {
  value: (x: number) => number;
  derivative: (u: Expr) => Expr;
  slope: (x: number) => number;
  exact?: (q: Rational) => Rational | undefined;
  atMultipleOfPi?: (q: Rational) => Rational | undefined;
  parity?: 'odd' | 'even';
  /** The LaTeX operator (`\sin`), or a function of the argument's LaTeX. */
  latex: string | ((a: string) => string);
  /** A `Math` function's name, or a function of the argument's temporary. */
  js: string | ((a: string) => string);
}

function unary(row: UnaryRow): FunctionRow {
  const { latex, js } = row;
  return {
    arities: [1],
    value: row.value,
    derivative: ([u]) => [row.derivative(u as Expr)],
    slope: ([x]) => [row.slope(x as number)],
    ...(row.exact ? { exact: row.exact } : {}),
    ...(row.parity ? { parity: row.parity } : {}),
    ...(row.atMultipleOfPi ? { atMultipleOfPi: row.atMultipleOfPi } : {}),
    latex: ([a]) => (typeof latex === 'string' ? `${latex}\\left(${a}\\right)` : latex(a as string)),
    js: ([a]) => (typeof js === 'string' ? `${js}(${a})` : js(a as string)),
  };
}

/** Exact value at 0 only: f(0) = v. */
const atZero = (v: Rational) => (q: Rational) => (Q.isZero(q) ? v : undefined);
const sigma = (x: number): number => 1 / (1 + Math.exp(-x));

export const FUNCTIONS: Readonly<Record<FunctionName, FunctionRow>> = {
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
  asin: unary({ parity: 'odd', value: Math.asin, derivative: (u) => div(one, sqrt(sub(one, square(u)))),
    slope: (x) => 1 / Math.sqrt(1 - x * x), exact: atZero(Q.ZERO), latex: '\\arcsin', js: 'Math.asin' }),
  // d acos u = -1 / √(1 - u²)
  acos: unary({ value: Math.acos, derivative: (u) => neg(div(one, sqrt(sub(one, square(u))))),
    slope: (x) => -1 / Math.sqrt(1 - x * x), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\arccos', js: 'Math.acos' }),
  // d atan u = 1 / (1 + u²)
  atan: unary({ parity: 'odd', value: Math.atan, derivative: (u) => div(one, add(one, square(u))),
    slope: (x) => 1 / (1 + x * x), exact: atZero(Q.ZERO), latex: '\\arctan', js: 'Math.atan' }),
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
  asinh: unary({ parity: 'odd', value: Math.asinh, derivative: (u) => div(one, sqrt(add(square(u), one))),
    slope: (x) => 1 / Math.sqrt(x * x + 1), exact: atZero(Q.ZERO), latex: '\\operatorname{arsinh}', js: 'Math.asinh' }),
  // d acosh u = 1 / √(u² - 1)
  acosh: unary({ value: Math.acosh, derivative: (u) => div(one, sqrt(sub(square(u), one))),
    slope: (x) => 1 / Math.sqrt(x * x - 1), exact: (q) => (Q.isOne(q) ? Q.ZERO : undefined),
    latex: '\\operatorname{arcosh}', js: 'Math.acosh' }),
  // d atanh u = 1 / (1 - u²)
  atanh: unary({ parity: 'odd', value: Math.atanh, derivative: (u) => div(one, sub(one, square(u))),
    slope: (x) => 1 / (1 - x * x), exact: atZero(Q.ZERO), latex: '\\operatorname{artanh}', js: 'Math.atanh' }),
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
    latex: ([a, b]: readonly string[]) => (b === undefined ? `\\ln\\left(${a}\\right)` : `\\log_{${b}}\\left(${a}\\right)`),
    js: ([a, b]: readonly string[]) => (b === undefined ? `Math.log(${a})` : `Math.log(${a}) / Math.log(${b})`),
  },
  // d √u = 1 / (2√u)
  sqrt: unary({ value: Math.sqrt, derivative: (u) => div(one, mul(two, sqrt(u))), slope: (x) => 0.5 / Math.sqrt(x),
    exact: (q) => Q.rootExact(q, 2n), latex: (a) => `\\sqrt{${a}}`, js: 'Math.sqrt' }),
  // d |u| = sign u (the subgradient 0 at u = 0)
  abs: unary({ parity: 'even', value: Math.abs, derivative: (u) => call('sign', u), slope: Math.sign,
    exact: Q.abs, latex: (a) => `\\left|${a}\\right|`, js: 'Math.abs' }),
  // d sign u = 0 (everywhere but 0, where sign jumps; 0 there too, by the same convention as abs)
  sign: unary({ parity: 'odd', value: Math.sign, derivative: () => zero,
    slope: () => 0, exact: (q) => Q.rational(BigInt(Q.sign(q))), latex: '\\operatorname{sign}', js: 'Math.sign' }),
  // d σ(u) = σ(u) (1 - σ(u))
  sigmoid: unary({ value: sigma, derivative: (u) => { const s = call('sigmoid', u); return mul(s, sub(one, s)); },
    slope: (x) => sigma(x) * (1 - sigma(x)), exact: atZero(Q.rational(1n, 2n)), latex: '\\sigma', js: (a) => `1 / (1 + Math.exp(-${a}))` }),
};

export { FUNCTION_ALIASES, FUNCTION_NAMES, isFunctionName, type FunctionName } from './function-names.js';
