// A power among a product's factors multiplied into one of its sums (power-into-sum.ts).

import type { Described } from './rule.js';

/**
 * b^k·S = (b^k·S): a power multiplied into a sum (or a sum's reciprocal) among the product's factors
 * where a term of the sum holds b to a power of the other sign, clearing that fraction: the
 * denominator D leaves at atan(tanh(x)/(x - a)), (a - x)^2·(tanh(x)^2/(a - x)^2 + 1), is
 * (a - x)^2 + tanh(x)^2, as SymPy writes it.
 */
export const POWER_INTO_SUM: Described = {
  name: 'power-into-sum', formula: 'b^k·(a/b^k + c)·m = (a + c·b^k)·m',
  guard: 'k an integer, the sum\'s exponent ±1, a term of the sum holding b^j with j of the other sign; kept only where the product prints smaller',
  examples: { fires: ['(a - x)^2*(tanh(x)^2/(a - x)^2 + 1)*sin(x)', '((a - x)^2 + tanh(x)^2)*sin(x)'], not: ['x^3*(y/x + z + w)*sin(x)', 'x^3*(w + z + y/x)*sin(x)'] },
};
