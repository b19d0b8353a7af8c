// Canonical calls: the call rules of rules/call.ts (numbers folded first), else the call as it is.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Canon } from './canon.js';
import { rewrite } from './rewrite.js';
import { CALL_RULES } from './rules/call.js';

export function canonicalCall(c: Canon, fn: FunctionName, args: readonly Expr[]): Expr {
  return rewrite(CALL_RULES, [fn, args], c) ?? c.callNode(fn, args);
}
