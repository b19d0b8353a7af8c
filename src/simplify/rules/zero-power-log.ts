// 0^u beside log(0), as D's power rule makes them at a base that is 0 (zero-power-log.ts).

import type { Described } from './rule.js';

/**
 * 0^u·log(0)^k = 0 for u not a constant: the limit where 0^u is 0 (u > 0), which is the reverse mode's
 * (ad/passes: where a^b is 0, its partial in b is 0). D's a^u·log(a)·u' at a base that simplifies to 0
 * ((x - x)^x) would otherwise be NaN where the function is 0 and its derivative 0. The product is
 * never finite (0·(-∞), 1·(-∞), ∞·(-∞)), so any value keeps the contract; 0·log(0) itself stays.
 */
export const ZERO_POWER_LOG: Described = {
  name: 'zero-power-log', formula: '0^u·log(0)^k = 0',
  guard: 'u not a constant, k a positive integer: the limit where 0^u = 0, as reverse mode takes it',
  examples: { fires: ['0^x*log(0)*y', '0'], not: ['0*log(0)', '0*log(0)'] },
};
