// Canonical powers: numbers folded (exactly where the base and exponent are exact), u^0 = 1, u^1 = u,
// then the power rules of rules.ts.

import type { Expr } from '../ast/expr.js';
import { isExactZero, isMinusOneNum, isOneNum, powNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { withPositiveLeadingTerm } from './product.js';
import { applyRules, POWER_RULES } from './rules.js';

export function canonicalPower(c: Canon, base: Expr, exponent: Expr): Expr {
  if (isExactZero(exponent)) return c.one; // u^0 = 1 (as in JavaScript, even for 0^0)
  if (isOneNum(exponent)) return base; // u^1 = u
  if (base.kind === 'num' && exponent.kind === 'num') {
    const folded = powNums(base, exponent);
    if (folded) return c.numberLike(folded);
  }
  // e^u is how exp(u) is kept: a float exponent makes it a float, as a call of a float is (call.ts),
  // so that exp(0.5) and e^0.5 are one number and simplify stays idempotent.
  if (base.kind === 'const' && base.name === 'e' && exponent.kind === 'num' && exponent.exact === null) {
    const value = Math.exp(exponent.value);
    if (Number.isFinite(value)) return c.float(value);
  }
  // 0 (or 0.0) to any negative power is +∞: one canonical spelling, 1/0 (so 1/0^2 and 1/0 do not differ).
  if (base.kind === 'num' && base.value === 0 && exponent.kind === 'num' && exponent.value < 0 && !isMinusOneNum(exponent)) {
    return c.power(base, c.minusOne);
  }
  const flipped = withPositiveLeadingTerm(c, base, exponent); // (1 - x)^2 for (x - 1)^2: one canonical base
  if (flipped !== undefined) {
    const power = c.power(flipped.base, exponent);
    return flipped.odd ? c.negate(power) : power;
  }
  const node = c.powerNode(base, exponent);
  return applyRules(POWER_RULES, node, c) ?? node;
}
