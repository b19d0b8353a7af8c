// Finite differences: a derivative estimated from values of the function near the point. The lecture's
// problems show here: the choice of the step h (schemes.ts), the rounding error that grows as h
// shrinks (the sweep, sweep.ts), and one or two more evaluations per variable.

import type { Expr } from '../ast/expr.js';
import { alongVariable } from './along.js';
import { checkOptions, checkScheme, checkStep, defaultStep, estimate, type Scheme } from './schemes.js';

export type { Scheme } from './schemes.js';
export { finiteDifferenceSweep, type SweepOptions, type SweepRow } from './sweep.js';

export interface FiniteDifferenceOptions {
  h?: number;
  scheme?: Scheme;
}

/** The estimate of ∂expr/∂variable at `point` (default: central differences, the step scaled to the point). */
export function finiteDifference(
  root: Expr, point: Record<string, number>, variable: string, options: FiniteDifferenceOptions = {},
): number {
  const given = checkOptions(options, '{ h, scheme }');
  const scheme = checkScheme(given.scheme);
  const h = given.h === undefined ? undefined : checkStep(given.h);
  const { f, x } = alongVariable(root, point, variable);
  return estimate(scheme, f, x, h ?? defaultStep(scheme, x));
}
