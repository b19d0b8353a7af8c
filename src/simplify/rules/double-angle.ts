// The half- and double-angle identities as data (double-angle.ts applies them to a whole result).

import type { Expr } from '../../ast/expr.js';
import type { FunctionName } from '../../ast/function-names.js';
import { add, div, mul, square, sub } from '../../ast/smart.js';
import type { Described } from './rule.js';

/** sin 2u = 2 sin u cos u, cos 2u = cos²u - sin²u (and the hyperbolic kin), tried on a result both ways. */
export const DOUBLE_ANGLE: Described = {
  name: 'double-angle', formula: 'sin 2u = 2·sin u·cos u, cos 2u = 1 - 2·sin²u = 2·cos²u - 1, and sinh, cosh',
  guard: 'a whole result of 64 nodes at most, rewritten at one argument u and simplified again; kept where 2 operators smaller, with no function of both u and 2u left',
  examples: { fires: ['2*sin(x/2)^2 + 5*cos(x/2)^2', '(3*cos(x) + 7)/2'], not: ['sin(x)^4 - sin(x)^6', 'sin(x)^4 - sin(x)^6'] },
};

/** The function of the double angle that a square at u is written in: cos 2u for the circular ones. */
export type Doubled = 'cos' | 'cosh';

/** f(u)² in terms of k = cos 2u (or cosh 2u): sin²u = (1 - k)/2, sec²u = 2/(1 + k), tanh²u = (k - 1)/(k + 1). */
export const SQUARE_BY_DOUBLE_ANGLE: Partial<Record<FunctionName, { readonly doubled: Doubled; readonly square: (k: Expr) => Expr }>> = {
  sin: { doubled: 'cos', square: (k) => div(sub(1, k), 2) },
  cos: { doubled: 'cos', square: (k) => div(add(1, k), 2) },
  tan: { doubled: 'cos', square: (k) => div(sub(1, k), add(1, k)) },
  cot: { doubled: 'cos', square: (k) => div(add(1, k), sub(1, k)) },
  sec: { doubled: 'cos', square: (k) => div(2, add(1, k)) },
  csc: { doubled: 'cos', square: (k) => div(2, sub(1, k)) },
  sinh: { doubled: 'cosh', square: (k) => div(sub(k, 1), 2) },
  cosh: { doubled: 'cosh', square: (k) => div(add(k, 1), 2) },
  tanh: { doubled: 'cosh', square: (k) => div(sub(k, 1), add(k, 1)) },
  coth: { doubled: 'cosh', square: (k) => div(add(k, 1), sub(k, 1)) },
  sech: { doubled: 'cosh', square: (k) => div(2, add(k, 1)) },
  csch: { doubled: 'cosh', square: (k) => div(2, sub(k, 1)) },
};

/** The quotient functions at u by the double angle, any power: tan u = sin 2u/(1 + cos 2u) (s = sin 2u, k = cos 2u). */
export const QUOTIENT_BY_DOUBLE_ANGLE: Partial<Record<FunctionName, (s: Expr, k: Expr) => Expr>> = {
  tan: (s, k) => div(s, add(1, k)),
  cot: (s, k) => div(s, sub(1, k)),
  tanh: (s, k) => div(s, add(k, 1)),
  coth: (s, k) => div(s, sub(k, 1)),
};

/** sin u·cos u = sin(2u)/2 and sinh u·cosh u = sinh(2u)/2: the pairs, and the function of 2u they make. */
export const PAIRS_BY_DOUBLE_ANGLE: readonly (readonly [FunctionName, FunctionName, FunctionName])[] = [
  ['sin', 'cos', 'sin'],
  ['sinh', 'cosh', 'sinh'],
];

/** How the functions of 2u are written at u: a choice for cos and cosh (by sin²u or by cos²u), one for sin and sinh. */
export type Halved = 'by-odd' | 'by-even';

/** f(2u) at u (s = sin u or sinh u, k = cos u or cosh u): cos 2u = 1 - 2 sin²u or 2 cos²u - 1, sin 2u = 2 sin u cos u. */
export const BY_HALF_ANGLE: Partial<Record<FunctionName, (s: Expr, k: Expr, halved: Halved) => Expr>> = {
  sin: (s, k) => mul(2, mul(s, k)),
  cos: (s, k, halved) => (halved === 'by-odd' ? sub(1, mul(2, square(s))) : sub(mul(2, square(k)), 1)),
  sinh: (s, k) => mul(2, mul(s, k)),
  cosh: (s, k, halved) => (halved === 'by-odd' ? add(1, mul(2, square(s))) : sub(mul(2, square(k)), 1)),
};
