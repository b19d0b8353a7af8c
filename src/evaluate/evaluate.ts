import type { Expr } from '../ast/expr.js';

export function evaluate(expr: Expr | string, scope: Record<string, number> = {}): number {
  throw new Error(`evaluate: not implemented yet (${typeof expr}, ${Object.keys(scope).length})`);
}
