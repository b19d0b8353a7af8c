import type { Expr } from '../ast/expr.js';

export function differentiate(expr: Expr | string, variable: string): Expr {
  throw new Error(`differentiate: not implemented yet (${typeof expr}, ${variable})`);
}
