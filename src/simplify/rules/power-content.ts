// A sum's content out of an integer power of it (power-content.ts).

import type { Described } from './rule.js';

/**
 * (q·S)^n·m = q^n·S^n·m: the common number of a sum's coefficients taken out of a power of the sum
 * into the product's number, so d/dx `tan(x + a)/(x/2 - 1/2)` is `2*((x - 1)*sec(a + x)^2 - tan(a + x))/(x - 1)^2`
 * as SymPy writes it, not `…/(2*(x/2 - 1/2)^2)`.
 */
export const POWER_CONTENT: Described = {
  name: 'power-content', formula: '(q·a + q·b)^n·m = q^n·(a + b)^n·m',
  guard: 'n an integer other than 1, q exact; kept only where the product prints smaller',
  examples: { fires: ['sin(x)*(x/2 - 1/2)^2', '(x - 1)^2*sin(x)/4'], not: ['sin(x)*(2*x + 2)^2', '(2*x + 2)^2*sin(x)'] },
};
