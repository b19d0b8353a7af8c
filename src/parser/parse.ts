import type { Expr } from '../ast/expr.js';

export function parse(source: string): Expr {
  throw new Error(`parse: not implemented yet (${source.length})`);
}
