import type { Expr } from '../ast/expr.js';

export function formatTree(expr: Expr): string {
  throw new Error(`formatTree: not implemented yet (${expr.kind})`);
}
