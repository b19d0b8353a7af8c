import type { Expr } from '../ast/expr.js';

export function simplify(expr: Expr | string): Expr {
  throw new Error(`simplify: not implemented yet (${typeof expr})`);
}
