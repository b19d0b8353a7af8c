// A product's number multiplied into one of its sums (number-into-sum.ts).

import type { Described } from './rule.js';

/**
 * q·S·m = (q·S)·m: the coefficient of a product multiplied into a sum among its factors, where that
 * clears the sum's fractions or shrinks its coefficients: 2·x·(2x + 3/2) is x·(4x + 3), as SymPy and a
 * person write it; 2·(x·(2x + 3/2)·t + 1) is x·(4x + 3)·t + 2.
 */
export const NUMBER_INTO_SUM: Described = {
  name: 'number-into-sum', formula: 'q·(a + b)·m = (q·a + q·b)·m',
  guard: 'q an exact number; kept only where the product prints smaller',
  examples: { fires: ['2*x*(2*x + 3/2)*tan(x)', 'x*(4*x + 3)*tan(x)'], not: ['3*x*(x + 1)', '3*x*(x + 1)'] },
};
