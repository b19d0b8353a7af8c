// A product of cosines of doubling angles made one quotient of sines (cosine-doubling.ts).

import type { Described } from './rule.js';

/**
 * Morrie's law, cos a·cos 2a·…·cos 2^(n-1)a = sin(2^n a)/(2^n·sin a), tried on a product and kept
 * where smaller (SymPy's TRmorrie). Only at a number angle whose sine is known not to vanish: a
 * non-zero rational, or r·π for a rational r that is not whole (elsewhere the quotient adds poles).
 */
export const COSINE_DOUBLING: Described = {
  name: 'cosine-doubling', formula: 'cos a·cos 2a·…·cos 2^(n-1)a = sin(2^n a)/(2^n·sin a)',
  guard: 'a a non-zero rational or a rational multiple of π that is not whole (sin a ≠ 0); where smaller',
  examples: { fires: ['cos(pi/9)*cos(2*pi/9)*cos(4*pi/9)', '1/8'], not: ['cos(x)*cos(2*x)*cos(4*x)', 'cos(x)*cos(2*x)*cos(4*x)'] },
};
