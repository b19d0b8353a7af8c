// Powers of one symbolic exponent made one power of a product (common-exponent.ts).

import type { Described } from './rule.js';

/**
 * a^u·b^u = (a·b)^u and a^u·b^(-u) = (a/b)^u for a symbolic exponent u, tried on a product's powers and
 * kept where the product prints smaller: p^x·q^x = (p·q)^x, sin(1)^y/cos(1)^y = tan(1)^y.
 */
export const COMMON_EXPONENT: Described = {
  name: 'common-exponent', formula: 'a^u·b^u = (a·b)^u, a^u/b^u = (a/b)^u',
  guard: 'u not a number, the exponents u or -u only (a^u·b^(2u) stays); kept only where smaller',
  examples: { fires: ['p^x*q^x', '(p*q)^x'], not: ['x^i*y^(3*i)', 'x^i*y^(3*i)'] },
};
