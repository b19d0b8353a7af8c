// A power of a number whose exponent has a whole-number term, split where that number can meet the
// product's coefficient (rules/power-split.ts, `number-power-split`): 2^(x + 2)/4 = 2^x. product.ts
// keeps the result only where it prints smaller (2^(x + 2) alone stays: 4*2^x is no smaller).
// b^(k + v) = b^k·b^v for a positive number b and an integer k, wherever b^v is defined.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';

/** The factors with one b^(k + v) written as the number b^k times b^v; undefined where there is none. */
export function numberPowerSplit(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (f.kind !== 'pow' || f.args[1].kind !== 'add') continue;
    const b = f.args[0];
    if (b.kind !== 'num' || b.exact === null || b.exact.num <= 0n) continue;
    const terms = f.args[1].args;
    const t = terms.findIndex((term) => term.kind === 'num' && term.exact !== null && term.exact.den === 1n);
    if (t < 0) continue;
    const k = terms[t] as Expr & { kind: 'num' };
    const number = c.power(b, k);
    if (number.kind !== 'num') continue; // past the size exact powers are folded to
    return [...factors.filter((_, j) => j !== i), number, c.power(b, c.sum(terms.filter((_, s) => s !== t)))];
  }
  return undefined;
}
