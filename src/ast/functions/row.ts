// The shape of a row of the function table, and `unary`, which writes a one-argument row compactly.
//
// Columns: value (numeric), derivative (the outer derivative as a tree, built with smart constructors;
// the chain rule is applied once, by D, at the call node), slope (the outer derivative as a number,
// written independently of `derivative` so the cross-checks between methods mean something), exact
// (values the simplifier may fold exactly, also at multiples of π), parity (odd or even, for the
// simplifier), latex and js (how printers and compilers spell a call; without `js`, compiled code
// calls the row's own `value`, bound into the generated function, so an algorithm is written once).

import { InvalidArgumentError } from '../../errors.js';
import type { Expr } from '../expr.js';
import type { FunctionName } from '../function-names.js';
import type { Rational } from '../rational.js';

export interface FunctionRow {
  /** Numbers of arguments accepted, e.g. [1] or [1, 2] for `log(x)` and `log(x, b)`. */
  readonly arities: readonly number[];
  readonly value: (...args: number[]) => number;
  /**
   * ∂f/∂(argument i) as trees, for the arguments given; undefined where there is none in closed form
   * (the order s of the incomplete gamma functions): symbolic differentiation then refuses an argument
   * there that depends on the variable, with `noDerivativeError`.
   */
  readonly derivative: (args: readonly Expr[]) => (Expr | undefined)[];
  /** ∂f/∂(argument i) as numbers, at the arguments given; NaN where `derivative` has none. */
  readonly slope: (args: readonly number[]) => number[];
  /** The exact value at an exact argument, where it is exact (`cos(0) = 1`); undefined otherwise. */
  readonly exact?: (q: Rational) => Rational | undefined;
  /**
   * The same for a call of several arguments, given those that are exact numbers (undefined for the
   * others): `polylog(n, 0) = 0`, `elliptic_f(0, m) = 0` for any m.
   */
  readonly exactAt?: (args: readonly (Rational | undefined)[]) => Rational | undefined;
  /** The exact value at q·π for a rational q, where it is rational (`sin(π/6) = 1/2`). */
  readonly atMultipleOfPi?: (q: Rational) => Rational | undefined;
  /** f(-u) = -f(u) (odd) or f(-u) = f(u) (even), for the simplifier. */
  readonly parity?: 'odd' | 'even';
  /** The function g this one inverts: g(f(u)) = u wherever f(u) is defined (asin inverts sin). */
  readonly inverseOf?: FunctionName;
  /** LaTeX of a call, from the LaTeX of its arguments. */
  readonly latex: (args: readonly string[]) => string;
  /**
   * A JavaScript expression for a call, from the names of temporaries holding its arguments. Absent:
   * compiled code calls `value` itself (bound into the function, never spelled as text).
   */
  readonly js?: (args: readonly string[]) => string;
  /**
   * Why these arguments are refused beyond their number, in the user's terms (polygamma's order must
   * be a literal non-negative integer); undefined when they are fine. The parser reports it as a
   * ParseError, builders and tree validation as an InvalidArgumentError.
   */
  readonly checkArguments?: (args: readonly Expr[]) => string | undefined;
  /**
   * The derivative column reads 0/0 where the function is differentiable (Si's sin(u)/u at u = 0,
   * K's at m = 0): compiled gradients then call the `slope` column, which takes the limit there, as the
   * interpreter does, instead of emitting the derivative trees.
   */
  readonly removable?: boolean;
}

export interface UnaryRow {
  value: (x: number) => number;
  derivative: (u: Expr) => Expr;
  slope: (x: number) => number;
  exact?: (q: Rational) => Rational | undefined;
  atMultipleOfPi?: (q: Rational) => Rational | undefined;
  parity?: 'odd' | 'even';
  inverseOf?: FunctionName;
  /** The LaTeX operator (`\sin`), or a function of the argument's LaTeX. */
  latex: string | ((a: string) => string);
  /** A `Math` function's name, or a function of the argument's temporary; absent: call `value`. */
  js?: string | ((a: string) => string);
  removable?: boolean;
}

export function unary(row: UnaryRow): FunctionRow {
  const { latex, js } = row;
  return {
    arities: [1],
    value: row.value,
    derivative: ([u]) => [row.derivative(u as Expr)],
    slope: ([x]) => [row.slope(x as number)],
    ...(row.exact ? { exact: row.exact } : {}),
    ...(row.parity ? { parity: row.parity } : {}),
    ...(row.inverseOf ? { inverseOf: row.inverseOf } : {}),
    ...(row.atMultipleOfPi ? { atMultipleOfPi: row.atMultipleOfPi } : {}),
    ...(row.removable ? { removable: true } : {}),
    latex: ([a]) => (typeof latex === 'string' ? `${latex}\\left(${a}\\right)` : latex(a as string)),
    ...(js === undefined ? {} : { js: ([a]: readonly string[]) => (typeof js === 'string' ? `${js}(${a})` : js(a as string)) }),
  };
}

/** The refusal of ∂f/∂(argument i) where the row has none in closed form and the argument varies. */
export function noDerivativeError(fn: string, i: number): InvalidArgumentError {
  return new InvalidArgumentError(
    `'${fn}' has no derivative in closed form in its argument ${i + 1}, which depends on the variable: ` +
    'that argument must be constant');
}

/** ∂f/∂(argument i) from a row's derivative column, refused where the column has none. */
export function partialOrRefuse(fn: string, partials: readonly (Expr | undefined)[], i: number): Expr {
  const partial = partials[i];
  if (partial === undefined) throw noDerivativeError(fn, i);
  return partial;
}
