// Types of network-model.mjs, for the TypeScript tests and benchmarks that import it.
import type { Expr } from 'symdiff';

export function parameterNames(k: number): string[];
export function constant(value: number): Expr;
export function network(k: number, x: Expr): Expr;
export function random(seed: number): () => number;
export function dataset(options?: { n?: number; noise?: number; seed?: number }): { x: number; s: number }[];
export function loss(k: number, data: readonly { x: number; s: number }[]): Expr;
export function initialParameters(k: number, seed?: number): Record<string, number>;
export function train(
  J: Expr,
  start: Record<string, number>,
  options?: { steps?: number; rate?: number; onStep?: (step: number, loss: number) => void },
): { point: Record<string, number>; losses: number[]; firstGradient: Record<string, number> };
