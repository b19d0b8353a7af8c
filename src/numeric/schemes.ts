// The three difference quotients and their default steps, chosen to balance truncation error against
// rounding error (the lecture's "choice of h").

import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';

export type Scheme = 'forward' | 'backward' | 'central';

type Quotient = (f: (t: number) => number, x: number, h: number) => number;

/**
 * Each scheme's quotient and its default step at |x| <= 1. An estimate's error is truncation plus
 * rounding. One-sided: truncation |f''| h/2 is O(h), rounding about ε|f|/h, so their sum is smallest
 * at h ≈ √ε ≈ 1.5e-8 (error ≈ √ε). Central: truncation |f'''| h²/6 is O(h²), rounding still O(ε/h),
 * so the best h is ≈ ∛ε ≈ 6e-6 (error ≈ ε^(2/3)). Both scale with max(1, |x|), since the rounding
 * of x + h itself is relative to |x|.
 */
const SCHEMES: Readonly<Record<Scheme, { step: number; quotient: Quotient }>> = {
  forward: { step: Math.sqrt(Number.EPSILON), quotient: (f, x, h) => (f(x + h) - f(x)) / h },
  backward: { step: Math.sqrt(Number.EPSILON), quotient: (f, x, h) => (f(x) - f(x - h)) / h },
  central: { step: Math.cbrt(Number.EPSILON), quotient: (f, x, h) => (f(x + h) - f(x - h)) / (2 * h) },
};

/** The estimate of f'(x) by `scheme` with step h. */
export function estimate(scheme: Scheme, f: (t: number) => number, x: number, h: number): number {
  return SCHEMES[scheme].quotient(f, x, h);
}

/** The default step of `scheme` at x, rounded so that x + h is exactly x plus the step used. */
export function defaultStep(scheme: Scheme, x: number): number {
  const h = SCHEMES[scheme].step * Math.max(1, Math.abs(x));
  return (x + h) - x;
}

/** A scheme by name; `central` when undefined. */
export function checkScheme(scheme: unknown): Scheme {
  if (scheme === undefined) return 'central';
  if (typeof scheme !== 'string' || !Object.hasOwn(SCHEMES, scheme)) {
    throw new InvalidArgumentError(`scheme must be 'forward', 'backward' or 'central', got ${describe(scheme)}`);
  }
  return scheme as Scheme;
}

/** A step must be a finite positive number. */
export function checkStep(h: unknown): number {
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0) {
    throw new InvalidArgumentError(`a step h must be a finite positive number, got ${describe(h)}`);
  }
  return h;
}

/** Options must be an object (or absent). */
export function checkOptions(options: unknown, shape: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`options must be an object like ${shape}, got ${describe(options)}`);
  }
  return options as Record<string, unknown>;
}
