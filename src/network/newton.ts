// Newton's method on the example network's loss: solve H·s = -∇J with the Hessian H (compileHessian:
// value, gradient and Hessian in one generated function). The loss is not convex, so H may be
// indefinite far from a minimum: the step is damped, (H + λI)·s = -∇J, with λ lowered after a step
// that lowers the loss and raised (the step retried) after one that does not (Levenberg–Marquardt).

import type { Expr } from '../ast/expr.js';
import { compileHessian } from '../second/index.js';
import { solvePositiveDefinite } from './cholesky.js';

export interface NewtonOptions {
  steps?: number;
  /** The starting damping λ. */
  damping?: number;
}

/** Damped Newton steps on J from `start`: the parameters reached and the loss before each step. */
export function newton(J: Expr, start: Record<string, number>, { steps = 40, damping = 1e-3 }: NewtonOptions = {}):
  { point: Record<string, number>; losses: number[] } {
  const names = Object.keys(start);
  const f = compileHessian(J, names);
  const n = names.length;
  let p = names.map((name) => start[name] as number);
  let lambda = damping;
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    // The result object is reused by the next call: keep copies.
    const { value, gradient, hessian } = f(...p);
    const minusG = Float64Array.from(gradient, (g) => -g);
    const H = Float64Array.from(hessian);
    losses.push(value);
    for (let tries = 0; tries < 40; tries++, lambda *= 4) {
      const damped = Float64Array.from(H, (h, k) => (k % (n + 1) === 0 ? h + lambda : h));
      const s = solvePositiveDefinite(damped, minusG, n);
      if (s === null) continue; // not positive definite yet: more damping
      const next = p.map((pi, i) => pi + (s[i] as number));
      if (f(...next).value < value) {
        p = next;
        lambda = Math.max(lambda / 4, 1e-12);
        break;
      }
    }
  }
  return { point: Object.fromEntries(names.map((name, i) => [name, p[i] as number])), losses };
}
