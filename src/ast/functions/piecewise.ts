// abs, sign and the logistic sigmoid of neural networks, rows of the function table (functions.ts).

import * as Q from '../rational.js';
import { call, mul, one, sub, zero } from '../smart.js';
import type { FunctionRow } from './row.js';
import { unary } from './row.js';
import { atZero } from './exact.js';

const sigma = (x: number): number => 1 / (1 + Math.exp(-x));

export const PIECEWISE = {
  // d |u| = sign u (the subgradient 0 at u = 0)
  abs: unary({ parity: 'even', value: Math.abs, derivative: (u) => call('sign', u), slope: Math.sign,
    exact: Q.abs, latex: (a) => `\\left|${a}\\right|`, js: 'Math.abs' }),
  // d sign u = 0 (everywhere but 0, where sign jumps; 0 there too, by the same convention as abs)
  sign: unary({ parity: 'odd', value: Math.sign, derivative: () => zero,
    slope: () => 0, exact: (q) => Q.rational(BigInt(Q.sign(q))), latex: '\\operatorname{sign}', js: 'Math.sign' }),
  // d σ(u) = σ(u) (1 - σ(u))
  sigmoid: unary({ value: sigma, derivative: (u) => { const s = call('sigmoid', u); return mul(s, sub(one, s)); },
    slope: (x) => sigma(x) * (1 - sigma(x)), exact: atZero(Q.rational(1n, 2n)), latex: '\\sigma', js: (a) => `1 / (1 + Math.exp(-${a}))` }),
} satisfies Record<string, FunctionRow>;
