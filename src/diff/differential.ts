import type { Expr } from '../ast/expr.js';

export function differential(expr: Expr | string): Expr {
  throw new Error(`differential: not implemented yet (${typeof expr})`);
}
