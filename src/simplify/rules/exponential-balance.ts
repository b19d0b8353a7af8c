// A quotient of sums of exponentials balanced so that their terms pair (exponential-balance.ts).

import type { Described } from './rule.js';

/** N/D = (N·e^(-m·u))/(D·e^(-m·u)), m the middle of D's multiples of u: tried on a product, kept where smaller. */
export const EXPONENTIAL_BALANCE: Described = {
  name: 'exponential-balance', formula: 'N/D = (N·e^(-m·u))/(D·e^(-m·u)), m the middle of the multiples k of u in D\'s terms c·e^(k·u)',
  guard: 'every term of N and D a number times e^(k·u) for one u; kept where the product prints smaller (the pairs become cosh, sinh, tanh)',
  examples: { fires: ['(2*exp(2*x) - 2)/(exp(2*x) + 1)', '2*tanh(x)'], not: ['exp(x)/(exp(x) + 1)', 'exp(x)/(exp(x) + 1)'] },
};
