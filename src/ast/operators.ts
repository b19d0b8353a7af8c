// THE operator table: one row per operator node kind (`+ - * / ^` and negation), beside the function
// table, read by every pass: evaluation and compilation (value, js), printing (precedence, text,
// LaTeX), symbolic D and the symbolic gradient sweep (derivative), forward mode, reverse mode and the
// generated gradient (slopes). A rule of calculus lives in exactly one row.
//
// Two independent columns carry the calculus, so that the methods check each other:
// - `derivative`, the rule as a textbook writes it, `(u/v)' = (u'v - uv')/v^2`, over the operands and
//   their derivatives (tangents), built with the smart constructors. D applies it at every node; the
//   local partials ∂node/∂operand_i of the symbolic reverse sweep are the same rule with tangent 1 for
//   operand i and 0 for the others (diff/partials.ts), so a limit written here reaches both.
// - `slopes`, the local partials as numbers, over an Arithmetic (ast/arithmetic.ts): interpreted on
//   numbers by forward and reverse mode, and emitted as code by compileGradient.

import type { Arithmetic } from './arithmetic.js';
import type { Expr } from './expr.js';
import { isExactZero } from './numbers.js';
import { add, call, div, mul, neg, one, pow, square, sub, zero } from './smart.js';
import { type OperatorPrecedence, PRODUCT, SUM, UNARY, ATOM, POWER } from './precedence.js';

export type OperatorKind = 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'pow';

export interface OperatorRow {
  /** `n-ary` operators (sums, products) take two or more operands and fold `value` from the left. */
  readonly operands: 1 | 2 | 'n-ary';
  /** The value from the operands' values (the second is NaN for negation). */
  readonly value: (a: number, b: number) => number;
  /** The node's derivative from its operands and their derivatives, as the rule is written. */
  readonly derivative: (args: readonly Expr[], tangents: readonly Expr[], node: Expr) => Expr;
  /**
   * ∂node/∂operand_i at the operands `x` and the node's value `y`; `needed(i)` false means that
   * partial is never read (a generator need not produce it).
   */
  readonly slopes: <T>(A: Arithmetic<T>, x: readonly T[], y: T, needed: (i: number) => boolean) => (T | undefined)[];
  readonly precedence: OperatorPrecedence;
  /** How `format` writes it between operands (before the operand, for negation). */
  readonly text: string;
  /** The same in LaTeX; a quotient (`\\frac`) and a power (a superscript) are laid out by the printer. */
  readonly latex: string;
  /** A JavaScript expression from its operands' code (temporaries, parameters, literals). */
  readonly js: (args: readonly string[]) => string;
}

export const OPERATORS: { readonly [K in OperatorKind]: OperatorRow } = {
  // (u + v)' = u' + v'
  add: { operands: 'n-ary', value: (a, b) => a + b,
    derivative: (_, d) => d.reduce((sum, du) => add(sum, du)),
    slopes: (A, x) => x.map(() => A.constant(1)),
    precedence: { own: SUM, first: SUM, rest: PRODUCT }, text: ' + ', latex: ' + ', js: (a) => a.join(' + ') },
  // (u - v)' = u' - v'
  sub: { operands: 2, value: (a, b) => a - b,
    derivative: (_, [du, dv]) => sub(du as Expr, dv as Expr),
    slopes: (A) => [A.constant(1), A.constant(-1)],
    precedence: { own: SUM, first: SUM, rest: PRODUCT }, text: ' - ', latex: ' - ', js: ([a, b]) => `${a} - ${b}` },
  // (uv)' = u'v + uv', for any number of factors
  mul: { operands: 'n-ary', value: (a, b) => a * b,
    derivative: (args, d) => productRule(args, d),
    slopes: (A, x, _, needed) => othersProducts(A, x, needed),
    precedence: { own: PRODUCT, first: PRODUCT, rest: UNARY }, text: '*', latex: ' \\cdot ', js: (a) => a.join(' * ') },
  // (u/v)' = (u'v - uv') / v^2
  div: { operands: 2, value: (a, b) => a / b,
    // (u/c)' = u'/c for a constant c: also where c is infinite (x/(1/0) is 0, its derivative 0, where
    // the general rule's c/c^2 is NaN).
    derivative: ([u, v], [du, dv]) => (isExactZero(dv as Expr) ? div(du as Expr, v as Expr)
      : div(sub(mul(du as Expr, v as Expr), mul(u as Expr, dv as Expr)), square(v as Expr))),
    // ∂(u/v)/∂u = 1/v, ∂(u/v)/∂v = -(u/v)/v
    slopes: (A, [, v], y) => [A.div(A.constant(1), v as never), A.div(A.neg(y), v as never)],
    precedence: { own: PRODUCT, first: PRODUCT, rest: UNARY }, text: '/', latex: '\\frac', js: ([a, b]) => `${a} / ${b}` },
  // (-u)' = -u'
  neg: { operands: 1, value: (a) => -a,
    derivative: (_, [du]) => neg(du as Expr),
    slopes: (A) => [A.constant(-1)],
    precedence: { own: UNARY, first: UNARY, rest: UNARY }, text: '-', latex: '-', js: ([a]) => `-${a}` },
  // (u^v)' = v u^(v-1) u' + u^v log(u) v'
  pow: { operands: 2, value: Math.pow,
    derivative: ([u, v], [du, dv], node) => powerRule(node, u as Expr, v as Expr, du as Expr, dv as Expr),
    slopes: (A, [u, v], y, needed) => powerSlopes(A, u as never, v as never, y, needed),
    precedence: { own: POWER, first: ATOM, rest: UNARY }, text: '^', latex: '^', js: ([a, b]) => `Math.pow(${a}, ${b})` },
};

export const OPERATOR_KINDS = Object.keys(OPERATORS) as OperatorKind[];

/** (u1 u2 … un)' = (u1 … u(n-1))' un + (u1 … u(n-1)) un' */
function productRule(factors: readonly Expr[], d: readonly Expr[]): Expr {
  let product = factors[0] as Expr;
  let derivative = d[0] as Expr;
  for (let i = 1; i < factors.length; i++) {
    const u = factors[i] as Expr;
    derivative = add(mul(derivative, u), mul(product, d[i] as Expr));
    product = mul(product, u);
  }
  return derivative;
}

function powerRule(e: Expr, u: Expr, v: Expr, du: Expr, dv: Expr): Expr {
  // (u^n)' = n u^(n-1) u'           when the exponent does not vary
  if (isExactZero(dv)) return mul(mul(v, pow(u, sub(v, one))), du);
  // (0^v)' = 0: 0^v is 0 wherever it is finite (v > 0), where a^v log(a) would give 0·(-∞) = NaN.
  // The numeric slopes take the same limit (powerSlopes).
  if (isExactZero(du) && u.kind === 'num' && u.value === 0) return zero;
  // (a^v)' = a^v log(a) v'           when the base does not vary
  if (isExactZero(du)) return mul(mul(e, call('log', u)), dv);
  // (u^v)' = u^v (v' log(u) + v u'/u) in general
  return mul(e, add(mul(dv, call('log', u)), div(mul(v, du), u)));
}

/**
 * ∂(a^b)/∂a = b a^(b-1) and ∂(a^b)/∂b = a^b log a, with two limits taken on purpose: b = 0 makes
 * a^0 = 1 constant (0, not 0·0^-1 = NaN at a = 0), and a^b = 0 (a = 0 < b) makes the exponent's
 * partial 0 (not 0·log 0 = NaN), as 0^b is constant for b > 0. A constant exponent's partial may still
 * be NaN (x^3 at x < 0: (-2)^b is not real near b = 3); it only reaches that constant's own adjoint.
 */
function powerSlopes<T>(A: Arithmetic<T>, a: T, b: T, y: T, needed: (i: number) => boolean): (T | undefined)[] {
  const zeroT = A.constant(0);
  return [
    needed(0) ? A.ifZero(b, zeroT, () => A.mul(b, A.pow(a, A.sub(b, A.constant(1))))) : undefined,
    needed(1) ? A.ifZero(y, zeroT, () => A.mul(y, A.log(a))) : undefined,
  ];
}

/** ∂(x0·x1·…)/∂xi = the product of the others, from prefix and suffix products (no division by 0). */
function othersProducts<T>(A: Arithmetic<T>, x: readonly T[], needed: (i: number) => boolean): (T | undefined)[] {
  if (x.length === 2) return [x[1], x[0]];
  const times = (p: T | undefined, q: T): T => (p === undefined ? q : A.mul(p, q));
  const prefix: (T | undefined)[] = [undefined];
  for (let i = 1; i < x.length; i++) prefix.push(times(prefix[i - 1], x[i - 1] as T));
  const result: (T | undefined)[] = new Array(x.length);
  let suffix: T | undefined;
  for (let i = x.length - 1; i >= 0; i--) {
    if (needed(i)) {
      const p = prefix[i];
      result[i] = suffix === undefined ? (p ?? A.constant(1)) : p === undefined ? suffix : A.mul(p, suffix);
    }
    suffix = times(suffix, x[i] as T);
  }
  return result;
}

/**
 * The value of an operator node from its operands' values `x(0)`, … `x(n - 1)`: folded from the left
 * for sums and products, as JavaScript groups `a + b + c`, so interpreted and compiled values agree
 * to the bit.
 */
export function operatorValue(row: OperatorRow, n: number, x: (j: number) => number): number {
  let acc = x(0);
  if (n === 1) return row.value(acc, NaN);
  for (let j = 1; j < n; j++) acc = row.value(acc, x(j));
  return acc;
}
