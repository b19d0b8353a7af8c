// The step-size sweep: one finite-difference estimate per step, each with its error against the exact
// derivative (forward-mode AD). Read from large steps to small, the error first falls (truncation,
// O(h) or O(h²)) and then rises again (rounding, O(ε/h)): the V that makes "choice of h" a problem.

import type { Expr } from '../ast/expr.js';
import { describe } from '../ast/names.js';
import { directionalDerivative } from '../ad/forward.js';
import { InvalidArgumentError } from '../errors.js';
import { alongVariable } from './along.js';
import { checkOptions, checkScheme, checkStep, estimate, type Scheme } from './schemes.js';

export interface SweepOptions {
  scheme?: Scheme;
  steps?: number[];
}

export interface SweepRow {
  h: number;
  estimate: number;
  error: number;
}

/** 10^-1, 10^-2, …, 10^-16, each the double nearest to the decimal. */
const DEFAULT_STEPS: readonly number[] = Array.from({ length: 16 }, (_, i) => Number(`1e-${i + 1}`));

export function finiteDifferenceSweep(
  root: Expr, point: Record<string, number>, variable: string, options: SweepOptions = {},
): SweepRow[] {
  const given = checkOptions(options, '{ scheme, steps }');
  const scheme = checkScheme(given.scheme);
  const steps = checkSteps(given.steps);
  const { f, x, name } = alongVariable(root, point, variable);
  const exact = directionalDerivative(root, point, { [name]: 1 }).derivative;
  return steps.map((h) => {
    const value = estimate(scheme, f, x, h);
    return { h, estimate: value, error: Math.abs(value - exact) };
  });
}

function checkSteps(steps: unknown): readonly number[] {
  if (steps === undefined) return DEFAULT_STEPS;
  if (!Array.isArray(steps)) throw new InvalidArgumentError(`steps must be an array of numbers, got ${describe(steps)}`);
  return (steps as unknown[]).map(checkStep);
}
