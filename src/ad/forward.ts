import type { Expr } from '../ast/expr.js';

export function directionalDerivative(
  expr: Expr | string, point: Record<string, number>, direction: Record<string, number>,
): { value: number; derivative: number } {
  throw new Error(`directionalDerivative: not implemented yet (${typeof expr}, ${typeof point}, ${typeof direction})`);
}
