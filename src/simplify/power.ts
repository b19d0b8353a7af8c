// Canonical powers: the power rules of rules/power.ts (numbers folded first), else the power as it is.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { rewrite } from './rewrite.js';
import { POWER_RULES } from './rules/power.js';

export function canonicalPower(c: Canon, base: Expr, exponent: Expr): Expr {
  return rewrite(POWER_RULES, [base, exponent], c) ?? c.powerNode(base, exponent);
}
