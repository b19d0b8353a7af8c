// How `format` spells a number so that it parses back to the same number: exact integers in full
// digits, exact fractions as `p/q`, floats in JavaScript's shortest round-trip form marked as floats
// (`2.0`, never `2`, which would parse as exact), negatives with a leading minus.

import type { Num } from '../ast/expr.js';
import { ATOM, PRODUCT, UNARY, type Precedence } from './precedence.js';

export interface NumberText {
  readonly text: string;
  /** A fraction reads as a division, a negative number as a unary minus: `x^(1/3)`, `(-2)^x`. */
  readonly prec: Precedence;
}

export function numberText(n: Num): NumberText {
  if (n.exact !== null) {
    const { num, den } = n.exact;
    if (den !== 1n) return { text: `${num}/${den}`, prec: PRODUCT };
    return { text: num.toString(), prec: num < 0n ? UNARY : ATOM };
  }
  const v = n.value;
  return v < 0 ? { text: `-${floatDigits(-v)}`, prec: UNARY } : { text: floatDigits(v), prec: ATOM };
}

/** `String(v)` (`0.5`, `1e-7`, `1e+21`), plus `.0` when it would otherwise read as an integer. */
export function floatDigits(v: number): string {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
