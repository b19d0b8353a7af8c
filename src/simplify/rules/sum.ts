// Rules on sums, as data read by their mechanisms: identities between two terms (sum-identities.ts),
// and the same identities used the other way as candidate forms (square-substitution.ts).

import type { FunctionName } from '../../ast/function-names.js';
import type { Described } from './rule.js';

/** f(u)² + sign·g(u)² = 1: a·f(u)²·m + sign·a·g(u)²·m = a·m (f(u)^-2 where `inverse`: 1/cos²u - tan²u = 1). */
export interface SumIdentity extends Described {
  readonly f: FunctionName;
  readonly g: FunctionName;
  readonly sign: 1 | -1;
  readonly inverse?: boolean;
}

const reciprocalSquares = (name: string, formula: string, f: FunctionName, g: FunctionName, sign: 1 | -1, inverse: boolean,
  examples: Described['examples']): SumIdentity => ({ name, formula, guard: 'where the left side is defined', f, g, sign, inverse, examples });

export const SUM_IDENTITIES: readonly SumIdentity[] = [
  { name: 'pythagoras', formula: 'sin²u + cos²u = 1', f: 'sin', g: 'cos', sign: 1,
    examples: { fires: ['3*x*sin(x)^2 + 3*x*cos(x)^2', '3*x'], not: ['sin(x)^2 + cos(2*x)^2', 'cos(2*x)^2 + sin(x)^2'] } },
  { name: 'hyperbolic-pythagoras', formula: 'cosh²u - sinh²u = 1', f: 'cosh', g: 'sinh', sign: -1,
    examples: { fires: ['cosh(x)^2 - sinh(x)^2', '1'], not: ['cosh(x)^2 + sinh(y)^2', 'cosh(x)^2 + sinh(y)^2'] } },
  reciprocalSquares('sec-squared-minus-tan-squared', 'sec²u - tan²u = 1', 'sec', 'tan', -1, false,
    { fires: ['A*sec(x)^2 - A*tan(x)^2', 'A'], not: ['sec(x)^2 - tan(y)^2', 'sec(x)^2 - tan(y)^2'] }),
  reciprocalSquares('inverse-cos-squared-minus-tan-squared', '1/cos²u - tan²u = 1', 'cos', 'tan', -1, true,
    { fires: ['A/cos(x)^2 - tan(x)^2*A', 'A'], not: ['1/cos(x)^2 + tan(x)^2', '2/cos(x)^2 - 1'] }),
  reciprocalSquares('csc-squared-minus-cot-squared', 'csc²u - cot²u = 1', 'csc', 'cot', -1, false,
    { fires: ['csc(x)^2 - cot(x)^2', '1'], not: ['csc(x)^2 + cot(x)^2', '2/sin(x)^2 - 1'] }),
  reciprocalSquares('inverse-sin-squared-minus-cot-squared', '1/sin²u - cot²u = 1', 'sin', 'cot', -1, true,
    { fires: ['A/sin(x)^2 - cot(x)^2*A', 'A'], not: ['1/sin(x)^2 + cot(x)^2', '2/sin(x)^2 - 1'] }),
  reciprocalSquares('sech-squared-plus-tanh-squared', 'sech²u + tanh²u = 1', 'sech', 'tanh', 1, false,
    { fires: ['sech(x)^2 + tanh(x)^2', '1'], not: ['sech(x)^2 - tanh(x)^2', '2/cosh(x)^2 - 1'] }),
  reciprocalSquares('inverse-cosh-squared-plus-tanh-squared', '1/cosh²u + tanh²u = 1', 'cosh', 'tanh', 1, true,
    { fires: ['1/cosh(x)^2 + tanh(x)^2', '1'], not: ['1/cosh(x)^2 - tanh(x)^2', '2/cosh(x)^2 - 1'] }),
  reciprocalSquares('coth-squared-minus-csch-squared', 'coth²u - csch²u = 1', 'coth', 'csch', -1, false,
    { fires: ['coth(x)^2 - csch(x)^2', '1'], not: ['coth(x)^2 + csch(x)^2', '1 + 2/sinh(x)^2'] }),
];

/** square(u)² = constant + scale·other(u)², tried on sums that hold both functions of one u. */
export interface SquareSubstitution extends Described {
  readonly square: FunctionName;
  readonly other: FunctionName;
  readonly constant: 1 | -1;
  readonly scale: 1 | -1;
}

// One direction only, cos² and cosh² giving way (as a fixed order in a Gröbner basis): both ways
// would turn one into the other and back.
export const SQUARE_SUBSTITUTIONS: readonly SquareSubstitution[] = [
  { name: 'cos-squared-as-sin', formula: 'cos²u = 1 - sin²u', guard: 'kept only where smaller (candidates.ts)',
    square: 'cos', other: 'sin', constant: 1, scale: -1,
    examples: { fires: ['cos(x)^2 - sin(x) - 1', '-(sin(x)^2 + sin(x))'], not: ['cos(x)^2 - sin(x)', 'cos(x)^2 - sin(x)'] } },
  { name: 'cosh-squared-as-sinh', formula: 'cosh²u = 1 + sinh²u', guard: 'kept only where smaller (candidates.ts)',
    square: 'cosh', other: 'sinh', constant: 1, scale: 1,
    examples: { fires: ['cosh(x)^2 + sinh(x) - 1', 'sinh(x)^2 + sinh(x)'], not: ['cosh(x)^2 + sinh(x)', 'cosh(x)^2 + sinh(x)'] } },
];

/**
 * Logarithms of one sum made one: r·log(a) + s·log(b) = log(a^r·b^s) for integers r, s. Each log(a)
 * being defined needs a > 0, where the identity holds. A candidate form (candidates.ts), kept only
 * where smaller: log(2) + log(3) is log(6), log(2·x) - log(2) is log(x).
 */
export const LOG_COMBINE: Described = {
  name: 'log-combine', formula: 'r·log(a) + s·log(b) = log(a^r·b^s)', guard: 'r, s integers; kept only where smaller (candidates.ts)',
  examples: { fires: ['log(2*x) - log(2) + y', 'y + log(x)'], not: ['log(x) + log(y)/2', 'log(x) + log(y)/2'] },
};
