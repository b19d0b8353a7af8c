import type { Expr } from '../ast/expr.js';

export function diff(expr: Expr | string, variable: string, order = 1): Expr {
  throw new Error(`diff: not implemented yet (${typeof expr}, ${variable}, ${order})`);
}
