// A function to a negative power spelled as its reciprocal function (reciprocal-function.ts).

import type { FunctionName } from '../../ast/function-names.js';
import type { Described } from './rule.js';

/** 1/sin u = csc u and the other five pairs, both ways, tried on a product's factors and kept where smaller. */
export const RECIPROCAL_FUNCTION: Described = {
  name: 'reciprocal-function', formula: '1/sin u = csc u, 1/cos u = sec u, 1/tan u = cot u, and sinh, cosh, tanh (both ways)',
  guard: 'where the product prints smaller (x/sin(x) stays: x*csc(x) is no smaller)',
  examples: { fires: ['1/cos(x)^2', 'sec(x)^2'], not: ['x/sin(x)', 'x/sin(x)'] },
};

/** Each function and its reciprocal. */
export const RECIPROCAL_OF: Partial<Record<FunctionName, FunctionName>> = {
  sin: 'csc', csc: 'sin', cos: 'sec', sec: 'cos', tan: 'cot', cot: 'tan',
  sinh: 'csch', csch: 'sinh', cosh: 'sech', sech: 'cosh', tanh: 'coth', coth: 'tanh',
};
