// Gradient descent on the example network's loss, with reverse-mode AD.

import { valueAndGrad } from '../ad/reverse.js';
import type { Expr } from '../ast/expr.js';

export interface TrainOptions {
  steps?: number;
  rate?: number;
  onStep?: (step: number, loss: number) => void;
}

/**
 * Gradient descent p ← p - rate·∇J(p) with reverse-mode AD (valueAndGrad), from `start`. Returns the
 * parameters reached, the loss at each step and the first gradient (to check it against other methods).
 */
export function train(J: Expr, start: Record<string, number>, { steps = 2000, rate = 0.05, onStep }: TrainOptions = {}):
  { point: Record<string, number>; losses: number[]; firstGradient: Record<string, number> } {
  let point = { ...start };
  const losses: number[] = [];
  let firstGradient: Record<string, number> | undefined;
  for (let step = 0; step < steps; step++) {
    const { value, gradient } = valueAndGrad(J, point);
    firstGradient ??= gradient;
    losses.push(value);
    onStep?.(step, value);
    point = Object.fromEntries(Object.entries(point).map(([name, p]) => [name, p - rate * (gradient[name] as number)]));
  }
  return { point, losses, firstGradient: firstGradient ?? {} };
}
