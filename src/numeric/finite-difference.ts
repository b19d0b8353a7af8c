import type { Expr } from '../ast/expr.js';

export type Scheme = 'forward' | 'backward' | 'central';

export interface FiniteDifferenceOptions {
  h?: number;
  scheme?: Scheme;
}

export interface SweepOptions {
  scheme?: Scheme;
  steps?: number[];
}

export interface SweepRow {
  h: number;
  estimate: number;
  error: number;
}

export function finiteDifference(
  expr: Expr | string, point: Record<string, number>, variable: string, options: FiniteDifferenceOptions = {},
): number {
  throw new Error(`finiteDifference: not implemented yet (${typeof expr}, ${typeof point}, ${variable}, ${typeof options})`);
}

export function finiteDifferenceSweep(
  expr: Expr | string, point: Record<string, number>, variable: string, options: SweepOptions = {},
): SweepRow[] {
  throw new Error(`finiteDifferenceSweep: not implemented yet (${typeof expr}, ${typeof point}, ${variable}, ${typeof options})`);
}
