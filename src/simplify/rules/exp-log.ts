// The exponential of a sum holding a logarithm, split across a product (exp-log-split.ts).

import type { Described } from './rule.js';

/**
 * e^(k·log(u) + v) = u^k·e^v, read across a product (exp-log-split.ts): tried only where the product
 * holds a power of u too, and kept where smaller, exp(log(x) - log(x)^2)/x = exp(-log(x)^2).
 */
export const EXP_LOG_SPLIT: Described = {
  name: 'exp-log-split', formula: 'e^(k·log(u) + v) = u^k·e^v',
  guard: 'u > 0, which log(u) being finite implies; a power of u in the same product; kept only where smaller',
  examples: { fires: ['exp(log(x) - log(x)^2)/x', 'exp(-log(x)^2)'], not: ['y*exp(log(x) - log(x)^2)', 'y*exp(log(x) - log(x)^2)'] },
};
