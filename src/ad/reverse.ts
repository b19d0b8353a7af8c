import type { Expr } from '../ast/expr.js';

export interface TraceNode {
  expr: Expr;
  value: number;
  adjoint: number;
}

export function valueAndGrad(
  expr: Expr | string, point: Record<string, number>,
): { value: number; gradient: Record<string, number> } {
  throw new Error(`valueAndGrad: not implemented yet (${typeof expr}, ${typeof point})`);
}

export function reverseModeTrace(
  expr: Expr | string, point: Record<string, number>,
): { value: number; gradient: Record<string, number>; nodes: TraceNode[] } {
  throw new Error(`reverseModeTrace: not implemented yet (${typeof expr}, ${typeof point})`);
}
