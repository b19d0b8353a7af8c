// How the leaves of a tree read in LaTeX: numbers (fractions as \frac, floats in exponent form as
// `1.5 \cdot 10^{-7}`), the constants `\pi` and `e`, and variable names (`theta` as `\theta`, `w1` as
// `w_{1}`, longer names upright-italic as one symbol rather than a product of letters).

import { CONSTANTS } from '../ast/constants.js';
import type { Const, Num } from '../ast/expr.js';
import { ATOM, POWER, PRODUCT, UNARY, type Precedence } from './precedence.js';

export interface LatexLeaf {
  readonly text: string;
  readonly prec: Precedence;
}

export function latexNumber(n: Num): LatexLeaf {
  const negative = n.exact !== null ? n.exact.num < 0n : n.value < 0;
  const magnitude = n.exact !== null ? exactMagnitude(n.exact.num, n.exact.den) : floatMagnitude(Math.abs(n.value));
  return negative ? { text: `-${magnitude.text}`, prec: UNARY } : magnitude;
}

function exactMagnitude(num: bigint, den: bigint): LatexLeaf {
  const digits = (num < 0n ? -num : num).toString();
  return den === 1n ? { text: digits, prec: ATOM } : { text: `\\frac{${digits}}{${den}}`, prec: POWER };
}

/** `0.5`, `2`, `10^{21}`, `1.5 \cdot 10^{-7}` (JavaScript's shortest round-trip digits). */
function floatMagnitude(v: number): LatexLeaf {
  const [mantissa = '', exponent] = String(v).split('e');
  if (exponent === undefined) return { text: mantissa, prec: ATOM };
  const power = `10^{${exponent.replace(/^\+/, '')}}`;
  return mantissa === '1' ? { text: power, prec: POWER } : { text: `${mantissa} \\cdot ${power}`, prec: PRODUCT };
}

export function latexConstant(c: Const): string {
  return CONSTANTS[c.name].latex;
}

const GREEK: ReadonlySet<string> = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota',
  'kappa', 'lambda', 'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
]);

/** A name without subscript: one letter as is, a Greek letter's name as the letter, else one italic word. */
function symbol(name: string): string {
  if (name.length === 1) return name;
  if (GREEK.has(name)) return `\\${name}`;
  return `\\mathit{${name.replace(/_/g, '\\_')}}`;
}

/** `w1` → `w_{1}`, `b_2` → `b_{2}`, `x_max` → `x_{\mathit{max}}`, `theta` → `\theta`. */
export function latexVariable(name: string): string {
  const match = /^([A-Za-z]+)(?:_([A-Za-z0-9]+)|([0-9]+))$/.exec(name);
  const [, base, sub, digits] = match ?? [];
  if (base === undefined) return symbol(name);
  const subscript = digits ?? (/^[0-9]+$/.test(sub ?? '') ? (sub as string) : symbol(sub as string));
  return `${symbol(base)}_{${subscript}}`;
}
