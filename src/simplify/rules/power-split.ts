// A power of a number split across a product's coefficient (number-power-split.ts).

import type { Described } from './rule.js';

/**
 * b^(k + v) = b^k·b^v for a positive number b and an integer k, tried on a product's powers of numbers
 * and kept where the product prints smaller: 2^(x + 2)/4 = 2^x.
 */
export const NUMBER_POWER_SPLIT: Described = {
  name: 'number-power-split', formula: 'b^(k + v) = b^k·b^v',
  guard: 'b a positive number, k an integer; kept only where smaller',
  examples: { fires: ['2^(x + 2)/4', '2^x'], not: ['2^(x + 2)', '2^(x + 2)'] },
};
