// A power of a product joined by the product's own factors beside it (power-merge.ts).

import type { Described } from './rule.js';

/**
 * P^r·P^m = P^(r+m) where P^m is there as P's factors, each to m times its exponent in P (m a whole
 * number), tried on a product and kept where it prints smaller: x·√y·√(x·√y) = (x·√y)^(3/2).
 */
export const POWER_MERGE: Described = {
  name: 'power-merge', formula: 'P^r·f1^(m·e1)·…·fk^(m·ek) = P^(r+m), for P = f1^e1·…·fk^ek and m a whole number',
  guard: 'm a whole number (x^(1/2)·y^(1/2)·(x·y)^r stays); P without a number in it; kept only where smaller',
  examples: { fires: ['x*sqrt(y)*sqrt(x*sqrt(y))', '(x*sqrt(y))^(3/2)'], not: ['sqrt(x)*(x*y)^(1/3)', 'sqrt(x)*(x*y)^(1/3)'] },
};
