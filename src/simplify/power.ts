// Canonical powers: numbers folded (exactly where the base and exponent are exact), u^0 = 1, u^1 = u,
// then the power rules of rules.ts.

import type { Expr } from '../ast/expr.js';
import { isExactZero, isOneNum, powNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { applyRules, POWER_RULES } from './rules.js';

export function canonicalPower(c: Canon, base: Expr, exponent: Expr): Expr {
  if (isExactZero(exponent)) return c.one; // u^0 = 1 (as in JavaScript, even for 0^0)
  if (isOneNum(exponent)) return base; // u^1 = u
  if (base.kind === 'num' && exponent.kind === 'num') {
    const folded = powNums(base, exponent);
    if (folded) return c.numberLike(folded);
  }
  const node = c.powerNode(base, exponent);
  return applyRules(POWER_RULES, node, c) ?? node;
}
