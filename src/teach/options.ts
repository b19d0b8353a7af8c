// The options of an equivalence test, checked and defaulted once at the boundary.

import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';

export interface EquivalenceOptions {
  /** Relative tolerance of two values (default 1e-9: a constant typed to 8 digits is caught). */
  readonly tolerance?: number;
  /** Two values both at most this in magnitude are equal (default 1e-12: sin(pi) is 1.2e-16, not 0). */
  readonly zeroLevel?: number;
  /** Seed of the random points (default 42): the same seed tries the same points. */
  readonly seed?: number;
  /** Valid points required before two expressions are called equivalent (default 20). */
  readonly points?: number;
}

export type Settings = Required<EquivalenceOptions>;

export const DEFAULTS: Settings = { tolerance: 1e-9, zeroLevel: 1e-12, seed: 42, points: 20 };

export function settingsOf(options: unknown = {}): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`options must be an object, got ${describe(options)}`);
  }
  const o = options as EquivalenceOptions;
  return {
    tolerance: check(o.tolerance, DEFAULTS.tolerance, 'tolerance', (v) => v > 0 && v < 1, 'a number in (0, 1)'),
    zeroLevel: check(o.zeroLevel, DEFAULTS.zeroLevel, 'zeroLevel', (v) => v >= 0 && Number.isFinite(v), 'a finite number ≥ 0'),
    seed: check(o.seed, DEFAULTS.seed, 'seed', Number.isSafeInteger, 'an integer'),
    points: check(o.points, DEFAULTS.points, 'points', (v) => Number.isInteger(v) && v >= 1 && v <= 10_000, 'an integer from 1 to 10,000'),
  };
}

function check(value: unknown, fallback: number, name: string, ok: (v: number) => boolean, wanted: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !ok(value)) {
    throw new InvalidArgumentError(`${name} must be ${wanted}, got ${describe(value)}`);
  }
  return value;
}
