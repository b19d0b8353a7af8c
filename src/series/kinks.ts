// Where a function of the table has no Taylor series although the generic rule cannot tell:
// |u| and sign(u) at u = 0 (the derivative column says sign(u), which is 0 at 0 by the subgradient
// convention, so the rule would print |x| as 0), and the poles of tan, sec, cot, csc at multiples of
// π/2, where floating point misses them (cos(π/2) is 6e-17, so tan(π/2) evaluates to 1.6e16), and
// acot(u) = atan(1/u) at u = 0, where it jumps from -π/2 to π/2 though its derivative is smooth.
// Other poles and branch points need no row: the rule meets them as a division by 0 or a non-finite
// value (log(0), 1/√0, cot(0)).

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { cosAtPi, sinAtPi } from '../ast/pi-multiples.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Coefficient, Coefficients } from './coefficient.js';
import { isRational } from './coefficient.js';

type Kink = (R: Coefficients, u: Coefficient) => boolean;

const atZero: Kink = (R, u) => R.isZero(u);
/** Where f(q·π) is exactly 0 for the sine or cosine f (q rational). */
const zeroOf = (f: (q: Rational) => Rational | undefined): Kink => (_, u) => {
  const q = multipleOfPi(u);
  const value = q === undefined ? undefined : f(q);
  return value !== undefined && Q.isZero(value);
};

const KINKS: Partial<Record<FunctionName, Kink>> = {
  abs: atZero,
  sign: atZero,
  acot: atZero,
  tan: zeroOf(cosAtPi),
  sec: zeroOf(cosAtPi),
  cot: zeroOf(sinAtPi),
  csc: zeroOf(sinAtPi),
};

/** Whether f has no series where its (only) argument starts at `u`. */
export function isKink(R: Coefficients, fn: FunctionName, args: readonly Coefficient[]): boolean {
  const [u] = args;
  return args.length === 1 && u !== undefined && (KINKS[fn]?.(R, u) ?? false);
}

/** q for a coefficient q·π in canonical form (0 is 0·π), else undefined. */
function multipleOfPi(u: Coefficient): Rational | undefined {
  if (isRational(u)) return Q.isZero(u) ? Q.ZERO : undefined;
  const isPi = (e: Expr | undefined): boolean => e?.kind === 'const' && e.name === 'pi';
  if (isPi(u)) return Q.ONE;
  if (u.kind !== 'mul' || u.args.length !== 2) return undefined;
  const [q, pi] = u.args;
  return q?.kind === 'num' && q.exact !== null && isPi(pi) ? q.exact : undefined;
}
