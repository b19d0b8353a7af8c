// Helpers for the table's `exact` column.

import * as Q from '../rational.js';
import type { Rational } from '../rational.js';

/** Exact value at 0 only: f(0) = v. */
export const atZero = (v: Rational) => (q: Rational): Rational | undefined => (Q.isZero(q) ? v : undefined);
