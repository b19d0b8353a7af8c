import type { Expr } from '../ast/expr.js';

export function compileGradient(
  expr: Expr | string, variables: string[],
): (...args: number[]) => { value: number; gradient: Float64Array } {
  throw new Error(`compileGradient: not implemented yet (${typeof expr}, ${variables.length})`);
}
