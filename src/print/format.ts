import type { Expr } from '../ast/expr.js';

export interface FormatOptions {
  /** Print each repeated subexpression once, as a line `name = expr`, then the result. */
  share?: boolean;
}

export function format(expr: Expr, options: FormatOptions = {}): string {
  throw new Error(`format: not implemented yet (${expr.kind}, ${JSON.stringify(options)})`);
}
