// Three terms of a sum written as the square they are (perfect-square.ts).

import type { Described } from './rule.js';

/** a² ± 2ab + b² = (a ± b)², tried on sums of three to twelve terms (the rest stay beside it) and kept where smaller. */
export const PERFECT_SQUARE: Described = {
  name: 'perfect-square', formula: 'a² ± 2ab + b² + r = (a ± b)² + r',
  guard: 'a and b exact square roots of the terms on the reals (even powers, e to even multiples); kept only where smaller',
  examples: { fires: ['sin(x)^4 - 2*sin(x)^2 + 1', 'cos(x)^4'], not: ['x^2 + 3*x + 1', 'x*(x + 3) + 1'] },
};
