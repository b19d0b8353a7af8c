import type { Expr } from '../ast/expr.js';

export function compile(expr: Expr | string, variables: string[]): (...args: number[]) => number {
  throw new Error(`compile: not implemented yet (${typeof expr}, ${variables.length})`);
}
