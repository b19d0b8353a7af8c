import type { Expr } from '../ast/expr.js';

export function gradient(expr: Expr | string, variables?: string[]): Record<string, Expr> {
  throw new Error(`gradient: not implemented yet (${typeof expr}, ${variables?.length})`);
}
