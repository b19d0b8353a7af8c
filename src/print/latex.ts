import type { Expr } from '../ast/expr.js';

export function toLatex(expr: Expr): string {
  throw new Error(`toLatex: not implemented yet (${expr.kind})`);
}
