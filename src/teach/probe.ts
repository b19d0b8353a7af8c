// A quick first look before a full equivalence test: a candidate that already differs from the
// answer at a few points of the answer's domain is dropped without simplifying anything.

import type { Expr } from '../ast/expr.js';
import { freeVariables } from '../ast/variables.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Settings } from './options.js';
import { testPoints, type Point } from './points.js';

const PROBE_POINTS = 4;
const PROBE_ATTEMPTS = 200;
// Looser than the verdict's tolerance: the probe only rules out, so it must never rule out a match.
const PROBE_TOLERANCE = 1e-6;

/** `mayMatch(candidate)` is false when the candidate certainly differs from `answer`. */
export function probeOf(answer: Expr, scope: Expr, settings: Settings): (candidate: Expr) => boolean {
  const points: { point: Point; value: number }[] = [];
  let tried = 0;
  for (const { point } of testPoints(freeVariables(answer, scope), settings.seed)) {
    if (points.length >= PROBE_POINTS || tried++ >= PROBE_ATTEMPTS) break;
    const value = evaluate(answer, point);
    if (Number.isFinite(value)) points.push({ point, value });
  }
  return (candidate) => points.every(({ point, value }) => {
    const c = evaluate(candidate, point);
    const size = Math.max(Math.abs(c), Math.abs(value));
    return !Number.isFinite(c) || size <= settings.zeroLevel || Math.abs(c - value) <= PROBE_TOLERANCE * size;
  });
}
