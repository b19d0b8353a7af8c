// The trigonometric functions at rational multiples of π where their values are rational:
// sin(π/6) = 1/2, cos(π) = -1, tan(3π/4) = -1. (sin(π/4) = √2/2 is not rational, so it stays a call.)

import * as Q from './rational.js';
import type { Rational } from './rational.js';

/** q mod m, in [0, m). */
function modulo(q: Rational, m: bigint): Rational {
  const num = ((q.num % (m * q.den)) + m * q.den) % (m * q.den);
  return Q.rational(num, q.den);
}

/** sin(q·π) for the q (mod 2) where it is rational: multiples of 1/6 and 1/2. */
const SIN: ReadonlyMap<string, Rational> = new Map([
  ['0', Q.ZERO], ['1/6', Q.rational(1n, 2n)], ['1/2', Q.ONE], ['5/6', Q.rational(1n, 2n)],
  ['1', Q.ZERO], ['7/6', Q.rational(-1n, 2n)], ['3/2', Q.MINUS_ONE], ['11/6', Q.rational(-1n, 2n)],
]);

/** tan(q·π) for the q (mod 1) where it is rational. */
const TAN: ReadonlyMap<string, Rational> = new Map([['0', Q.ZERO], ['1/4', Q.ONE], ['3/4', Q.MINUS_ONE]]);

export const sinAtPi = (q: Rational): Rational | undefined => SIN.get(Q.toString(modulo(q, 2n)));
export const cosAtPi = (q: Rational): Rational | undefined => sinAtPi(Q.add(q, Q.rational(1n, 2n)));
export const tanAtPi = (q: Rational): Rational | undefined => TAN.get(Q.toString(modulo(q, 1n)));

/** 1/f(q·π) where f(q·π) is rational and not 0. */
export const reciprocalAtPi = (f: (q: Rational) => Rational | undefined) => (q: Rational): Rational | undefined => {
  const value = f(q);
  return value === undefined ? undefined : Q.inverse(value);
};
