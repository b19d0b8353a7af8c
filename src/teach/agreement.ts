// When two computed values count as the same number, and when a point is too ill-conditioned to judge.

import { evaluate } from '../evaluate/evaluate.js';
import type { Expr } from '../ast/expr.js';
import type { Point } from './points.js';
import type { Settings } from './options.js';

/** Equal to the relative tolerance, or both below the zero level. */
export function agree(a: number, b: number, { tolerance, zeroLevel }: Settings): boolean {
  const size = Math.max(Math.abs(a), Math.abs(b));
  return size <= zeroLevel || Math.abs(a - b) <= tolerance * size;
}

// A nudge of the point by about 45 units in the last place of each coordinate.
const NUDGE = 1e-14;

/**
 * Whether `expr`'s value at `point` means something at this tolerance: a value that moves by more than
 * the tolerance when the inputs move by a few rounding errors (3x² - 3 a hair from x = 1, where it
 * cancels to its last digits) is rounding noise, and two correct forms may disagree there.
 */
export function steady(expr: Expr, point: Point, value: number, settings: Settings): boolean {
  const nudged = Object.fromEntries(Object.entries(point).map(([name, x]) => [name, x * (1 + NUDGE)]));
  return agree(value, evaluate(expr, nudged), settings);
}
