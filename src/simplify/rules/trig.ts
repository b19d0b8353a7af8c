// The six functions of one angle, circular and hyperbolic, as data: each is sin^a·cos^b of its
// argument (tan = sin/cos, cot = cos/sin, sec = 1/cos, csc = 1/sin, and the same with h). Read by
// trig-quotients.ts (a product's factors of one argument written with the fewest operators) and by
// the two-term Pythagoras collapses below (sum-collapses.ts).

import type { FunctionName } from '../../ast/function-names.js';
import type { Described } from './rule.js';

/** The six functions of one family, by the role each plays. */
export interface TrigFamily {
  readonly sin: FunctionName;
  readonly cos: FunctionName;
  readonly tan: FunctionName;
  readonly cot: FunctionName;
  readonly sec: FunctionName;
  readonly csc: FunctionName;
}

export const TRIG_FAMILIES: readonly TrigFamily[] = [
  { sin: 'sin', cos: 'cos', tan: 'tan', cot: 'cot', sec: 'sec', csc: 'csc' },
  { sin: 'sinh', cos: 'cosh', tan: 'tanh', cot: 'coth', sec: 'sech', csc: 'csch' },
];

/** f(u) = sin(u)^sin · cos(u)^cos, for each function of a family. */
export const AS_SIN_COS: Readonly<Record<keyof TrigFamily, readonly [sin: number, cos: number]>> = {
  sin: [1, 0], cos: [0, 1], tan: [1, -1], cot: [-1, 1], sec: [0, -1], csc: [-1, 0],
};

/**
 * A product's trigonometric factors of one argument, rewritten as one quotient (trig-quotients.ts):
 * tan, cot, sec and csc are sin and cos quotients, so sin^p·cos^q is their product whatever the
 * spelling, and it is written with tan^t (p > 0 > q) or cot^t (q > 0 > p) where that is smaller.
 * tan appears only where the input divides by cos already, cot only where it divides by sin: the
 * result is defined wherever the input is.
 */
export const TRIG_QUOTIENT: Described = {
  name: 'trig-quotient', formula: 'sin(u)^p·cos(u)^q (any of sin, cos, tan, cot, sec, csc) = tan(u)^t·… or cot(u)^t·…',
  guard: 'integer exponents; kept only where smaller',
  examples: { fires: ['cos(x)*tan(x) + sin(x)^2/cos(x)^2', 'tan(x)^2 + sin(x)'], not: ['sin(x)*cos(x)', 'cos(x)*sin(x)'] },
};

/**
 * 1 + r·F(u) = s·G(u), where F and G are squares (or inverse squares) of functions of one family: a
 * sum's two terms m and r·m·F become one, s·m·G (sum-collapses.ts). Each holds wherever its left
 * side is defined (tan and sec where cos ≠ 0, cot and csc where sin ≠ 0, coth and csch where sinh ≠ 0).
 */
export interface SquareCollapse extends Described {
  readonly from: readonly [fn: FunctionName, exponent: 2 | -2];
  readonly ratio: 1 | -1;
  readonly to: readonly [fn: FunctionName, exponent: 2 | -2];
  readonly sign: 1 | -1;
}

const collapse = (name: string, formula: string, from: SquareCollapse['from'], ratio: 1 | -1,
  to: SquareCollapse['to'], sign: 1 | -1, examples: Described['examples']): SquareCollapse =>
  ({ name, formula, guard: 'kept only where smaller (candidates.ts)', from, ratio, to, sign, examples });

export const SQUARE_COLLAPSES: readonly SquareCollapse[] = [
  collapse('one-minus-sin-squared', '1 - sin²u = cos²u', ['sin', 2], -1, ['cos', 2], 1,
    { fires: ['A - A*sin(x)^2', 'A*cos(x)^2'], not: ['A - sin(x)^2', 'A - sin(x)^2'] }),
  collapse('one-minus-cos-squared', '1 - cos²u = sin²u', ['cos', 2], -1, ['sin', 2], 1,
    { fires: ['1 - cos(2*x)^2', 'sin(2*x)^2'], not: ['1 - cos(x)^3', '1 - cos(x)^3'] }),
  collapse('one-plus-tan-squared', '1 + tan²u = sec²u', ['tan', 2], 1, ['sec', 2], 1,
    { fires: ['y*tan(x)^2 + y', 'y*sec(x)^2'], not: ['tan(x)^2 - 1', 'tan(x)^2 - 1'] }),
  collapse('sec-squared-minus-one', 'sec²u - 1 = tan²u', ['sec', 2], -1, ['tan', 2], -1,
    { fires: ['sec(x)^2 - 1', 'tan(x)^2'], not: ['sec(x)^2 + 1', 'sec(x)^2 + 1'] }),
  collapse('one-minus-inverse-cos-squared', '1 - 1/cos²u = -tan²u', ['cos', -2], -1, ['tan', 2], -1,
    { fires: ['1/cos(x)^2 - 1', 'tan(x)^2'], not: ['1/cos(x)^2 + 1', 'sec(x)^2 + 1'] }),
  collapse('one-plus-cot-squared', '1 + cot²u = csc²u', ['cot', 2], 1, ['csc', 2], 1,
    { fires: ['cot(x)^2 + 1', 'csc(x)^2'], not: ['cot(x)^2 - 1', 'cot(x)^2 - 1'] }),
  collapse('csc-squared-minus-one', 'csc²u - 1 = cot²u', ['csc', 2], -1, ['cot', 2], -1,
    { fires: ['csc(x)^2 - 1', 'cot(x)^2'], not: ['csc(x)^2 + 1', 'csc(x)^2 + 1'] }),
  collapse('one-minus-inverse-sin-squared', '1 - 1/sin²u = -cot²u', ['sin', -2], -1, ['cot', 2], -1,
    { fires: ['1/sin(x)^2 - 1', 'cot(x)^2'], not: ['1/sin(x)^2 + 1', 'csc(x)^2 + 1'] }),
  collapse('one-plus-sinh-squared', '1 + sinh²u = cosh²u', ['sinh', 2], 1, ['cosh', 2], 1,
    { fires: ['sinh(x)^2 + 1', 'cosh(x)^2'], not: ['sinh(x)^2 - 1', 'sinh(x)^2 - 1'] }),
  collapse('one-minus-cosh-squared', '1 - cosh²u = -sinh²u', ['cosh', 2], -1, ['sinh', 2], -1,
    { fires: ['cosh(x)^2 - 1', 'sinh(x)^2'], not: ['cosh(x)^2 + 1', 'cosh(x)^2 + 1'] }),
  collapse('one-minus-tanh-squared', '1 - tanh²u = sech²u', ['tanh', 2], -1, ['sech', 2], 1,
    { fires: ['1 - tanh(x)^2', 'sech(x)^2'], not: ['tanh(x)^2 + 1', 'tanh(x)^2 + 1'] }),
  collapse('one-minus-sech-squared', '1 - sech²u = tanh²u', ['sech', 2], -1, ['tanh', 2], 1,
    { fires: ['1 - sech(x)^2', 'tanh(x)^2'], not: ['sech(x)^2 + 1', 'sech(x)^2 + 1'] }),
  collapse('one-minus-inverse-cosh-squared', '1 - 1/cosh²u = tanh²u', ['cosh', -2], -1, ['tanh', 2], 1,
    { fires: ['1 - 1/cosh(x)^2', 'tanh(x)^2'], not: ['1/cosh(x)^2 + 1', 'sech(x)^2 + 1'] }),
  collapse('one-minus-coth-squared', '1 - coth²u = -csch²u', ['coth', 2], -1, ['csch', 2], -1,
    { fires: ['coth(x)^2 - 1', 'csch(x)^2'], not: ['coth(x)^2 + 1', 'coth(x)^2 + 1'] }),
  collapse('one-plus-csch-squared', '1 + csch²u = coth²u', ['csch', 2], 1, ['coth', 2], 1,
    { fires: ['csch(x)^2 + 1', 'coth(x)^2'], not: ['csch(x)^2 - 1', 'csch(x)^2 - 1'] }),
  collapse('one-plus-inverse-sinh-squared', '1 + 1/sinh²u = coth²u', ['sinh', -2], 1, ['coth', 2], 1,
    { fires: ['1/sinh(x)^2 + 1', 'coth(x)^2'], not: ['1/sinh(x)^2 - 1', 'csch(x)^2 - 1'] }),
];

/**
 * The addition formulas, sin(a + b) = sin a·cos b + cos a·sin b and cos(a + b) = cos a·cos b - sin a·sin b
 * (and sinh, cosh with + for cosh), applied to a sum's calls of sums (trig-addition.ts): a candidate
 * form kept only where smaller, sin(x + y) + sin(x - y) = 2·cos y·sin x.
 */
export const TRIG_ADDITION: Described = {
  name: 'trig-addition', formula: 'sin(a + b) = sin a·cos b + cos a·sin b, cos(a + b) = cos a·cos b - sin a·sin b (and h)',
  guard: 'kept only where smaller (candidates.ts)',
  examples: { fires: ['sin(x + y) + sin(x - y)', '2*cos(y)*sin(x)'], not: ['sin(x + y) + sin(x)', 'sin(x) + sin(x + y)'] },
};

/** sin(a + b) and cos(a + b) by their parts: [term, term] with each term [sign, f(a), g(b)]. */
export const ADDITION: Partial<Record<FunctionName, readonly (readonly [1 | -1, FunctionName, FunctionName])[]>> = {
  sin: [[1, 'sin', 'cos'], [1, 'cos', 'sin']],
  cos: [[1, 'cos', 'cos'], [-1, 'sin', 'sin']],
  sinh: [[1, 'sinh', 'cosh'], [1, 'cosh', 'sinh']],
  cosh: [[1, 'cosh', 'cosh'], [1, 'sinh', 'sinh']],
};

/**
 * The addition formulas read the other way (trig-contraction.ts): two terms a·m·sin u·cos v and
 * ±a·m·cos u·sin v are a·m·sin(u ± v); a·m·cos u·cos v and ∓a·m·sin u·sin v are a·m·cos(u ± v); the
 * same with h (cosh(u ± v) = cosh u·cosh v ± sinh u·sinh v). A candidate form, kept only where smaller.
 */
export const TRIG_CONTRACTION: Described = {
  name: 'trig-contraction', formula: 'sin u·cos v ± cos u·sin v = sin(u ± v), cos u·cos v ∓ sin u·sin v = cos(u ± v) (and h)',
  guard: 'coefficients of unequal size contract as far as the smaller goes (7ab - 6cd = ab + 6(ab - cd)); kept only where smaller (candidates.ts)',
  examples: {
    fires: ['7*sin(6*x)*cos(7*x) - 6*cos(6*x)*sin(7*x)', 'cos(7*x)*sin(6*x) - 6*sin(x)'],
    not: ['cos(x)*sin(y) + cos(y)*sin(2*x)', 'cos(y)*sin(2*x) + cos(x)*sin(y)'],
  },
};

/** [f of u, g of v] in one term and [f' of u, g' of v] in the other: the call made, and the sign of v in it for each sign of the ratio. */
export const CONTRACTIONS: readonly { readonly a: readonly [FunctionName, FunctionName]; readonly b: readonly [FunctionName, FunctionName]; readonly to: FunctionName; readonly vSign: (ratio: 1 | -1) => 1 | -1 }[] = [
  { a: ['sin', 'cos'], b: ['cos', 'sin'], to: 'sin', vSign: (r) => r },
  { a: ['cos', 'cos'], b: ['sin', 'sin'], to: 'cos', vSign: (r) => (r === 1 ? -1 : 1) },
  { a: ['sinh', 'cosh'], b: ['cosh', 'sinh'], to: 'sinh', vSign: (r) => r },
  { a: ['cosh', 'cosh'], b: ['sinh', 'sinh'], to: 'cosh', vSign: (r) => r },
];

/**
 * Two exponentials of opposite arguments read as the hyperbolic function they make
 * (exponential-pairs.ts): a·e^u + a·e^(-u) = 2a·cosh(u), a·e^u - a·e^(-u) = 2a·sinh(u). A candidate
 * form, kept only where smaller; both sides are defined everywhere.
 */
export const HYPERBOLIC_FROM_EXP: Described = {
  name: 'hyperbolic-from-exp', formula: 'a·e^u + a·e^(-u) = 2a·cosh(u), a·e^u - a·e^(-u) = 2a·sinh(u)',
  guard: 'exact coefficients; kept only where smaller (candidates.ts)',
  examples: { fires: ['3*y*exp(x) - 3*y*exp(-x)', '6*y*sinh(x)'], not: ['exp(x) + exp(-2*x)', 'exp(x) + exp(-2*x)'] },
};

/**
 * cosh and sinh of one argument read as the exponential they make (hyperbolic-pairs.ts), the converse of
 * hyperbolic-from-exp: a·cosh(u) ± a·sinh(u) = a·e^(±u). A candidate form, kept only where smaller.
 */
export const EXP_FROM_HYPERBOLIC: Described = {
  name: 'exp-from-hyperbolic', formula: 'a·cosh(u) + a·sinh(u) = a·e^u, a·cosh(u) - a·sinh(u) = a·e^(-u)',
  guard: 'exact coefficients; kept only where smaller (candidates.ts)',
  examples: { fires: ['sinh(log(x)) - cosh(log(x))', '-1/x'], not: ['cosh(x) + 2*sinh(x)', 'cosh(x) + 2*sinh(x)'] },
};
