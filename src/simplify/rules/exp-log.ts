// The exponential of a sum holding a logarithm, split across a product (exp-log-split.ts).

import type { Described } from './rule.js';

/**
 * e^(k·log(u) + v) = u^k·e^v, read across a product (exp-log-split.ts), kept where smaller:
 * exp(log(x) - log(x)^2)/x = exp(-log(x)^2), y·exp(x - log(x)) = y·exp(x)/x.
 */
export const EXP_LOG_SPLIT: Described = {
  name: 'exp-log-split', formula: 'e^(k·log(u) + v) = u^k·e^v',
  guard: 'u > 0, which log(u) being finite implies; kept only where the product prints smaller',
  examples: { fires: ['exp(log(x) - log(x)^2)/x', 'exp(-log(x)^2)'], not: ['y*exp(log(x) - log(x)^2)', 'y*exp(log(x) - log(x)^2)'] },
};
