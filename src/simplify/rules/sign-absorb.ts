// A sign beside a power of its own argument, read across a product (sign-absorb.ts).

import type { Described } from './rule.js';

/**
 * u^m·sign(u) = u^(m-1)·|u| for an integer m ≠ 0 (u·sign(u) = |u|), kept where smaller: at u = 0 both
 * sides are 0, or both undefined for m < 0. So d/dx x*abs(x) is 2*abs(x), d/dx abs(x)^3 is 3*x*abs(x).
 * And u^m/|u|^m = sign(u) for an odd m, defined where the quotient is: d/dx sqrt(x^2) is sign(x).
 */
export const SIGN_ABSORB: Described = {
  name: 'sign-absorb', formula: 'u^m·sign(u) = u^(m-1)·|u|, u^m/|u|^m = sign(u)',
  guard: 'm an integer, not 0 (odd for the quotient); kept only where smaller',
  examples: { fires: ['x^2*sign(x)', 'x*abs(x)'], not: ['sign(x)/x', 'sign(x)/x'] },
};
