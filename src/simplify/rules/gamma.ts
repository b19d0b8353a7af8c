// The gamma function's recurrence Γ(u + 1) = u·Γ(u), read across a product (gamma-ratios.ts).

import type { Described } from './rule.js';

/** Arguments further apart than this stay as a quotient of gamma functions (the product grows with n). */
export const MAX_GAMMA_SHIFT = 4;

/**
 * Γ(u + n)^q / Γ(u)^q = (u·(u + 1)·…·(u + n - 1))^q for an integer n from 1 to MAX_GAMMA_SHIFT: a
 * candidate kept where smaller. Wherever the input is finite, Γ(u) is (u is no pole), so the
 * recurrence holds term by term.
 */
export const GAMMA_RATIO: Described = {
  name: 'gamma-ratio', formula: 'Γ(u + n)/Γ(u) = u·(u + 1)·…·(u + n - 1)',
  guard: 'n an integer, 1 ≤ n ≤ 4; kept only where smaller',
  examples: { fires: ['2*gamma(1 + k/2)/gamma(k/2)', 'k'], not: ['gamma(x + 5)/gamma(x)', 'gamma(x + 5)/gamma(x)'] },
};

/**
 * Γ(w)/(w - 1) = Γ(w - 1) and w·Γ(w) = Γ(w + 1), and their reciprocals: a candidate kept where smaller.
 * Wherever the input is finite the recurrence holds (at w = 0, w·Γ(w) is undefined and Γ(1) = 1).
 */
export const GAMMA_ABSORB: Described = {
  name: 'gamma-absorb', formula: 'Γ(w)/(w - 1) = Γ(w - 1), w·Γ(w) = Γ(w + 1)',
  guard: 'a factor w - 1 or w to the opposite or the same power ±1; kept only where smaller',
  examples: { fires: ['p*gamma(p + 1/a)/gamma(p + 1)', 'gamma(p + 1/a)/gamma(p)'], not: ['x*gamma(x)', 'x*gamma(x)'] },
};
