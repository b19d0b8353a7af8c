// Number nodes and their arithmetic: exact where both sides are exact, IEEE floats otherwise, and
// never a fold to a non-finite number (`1/0` stays as written; the evaluator gives it `Infinity`).

import { numNode, type Expr, type Num } from './expr.js';
import * as Q from './rational.js';
import type { Rational } from './rational.js';

/** An exact number node (may be negative or a fraction; builders only make non-negative ones). */
export function exactNum(q: Rational): Num {
  return numNode(Q.toNumber(q), q);
}

/** A float number node (-0 becomes 0, so there is one zero). */
export function floatNum(value: number): Num {
  return numNode(value === 0 ? 0 : value, null);
}

export const int = (n: number | bigint): Num => exactNum(Q.rational(BigInt(n)));

export const isNum = (e: Expr): e is Num => e.kind === 'num';
export const isExact = (e: Expr): e is Num & { exact: Rational } => e.kind === 'num' && e.exact !== null;
export const isZeroNum = (e: Expr): boolean => e.kind === 'num' && e.value === 0;
export const isExactZero = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && e.exact.num === 0n;
/** 1 exactly (a float 1.0 is a float, and folding it away would lose that the user typed a decimal). */
export const isOneNum = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && Q.isOne(e.exact);
export const isMinusOneNum = (e: Expr): boolean =>
  e.kind === 'num' && e.exact !== null && e.exact.num === -1n && e.exact.den === 1n;

function float(value: number): Num | undefined {
  return Number.isFinite(value) ? floatNum(value) : undefined;
}

export function addNums(a: Num, b: Num): Num | undefined {
  return a.exact && b.exact ? exactNum(Q.add(a.exact, b.exact)) : float(a.value + b.value);
}

export function mulNums(a: Num, b: Num): Num | undefined {
  return a.exact && b.exact ? exactNum(Q.mul(a.exact, b.exact)) : float(a.value * b.value);
}

export function negNum(a: Num): Num {
  return a.exact ? exactNum(Q.negate(a.exact)) : floatNum(-a.value);
}

export function divNums(a: Num, b: Num): Num | undefined {
  if (a.exact && b.exact) {
    const inv = Q.inverse(b.exact);
    return inv && exactNum(Q.mul(a.exact, inv));
  }
  return float(a.value / b.value);
}

/**
 * a^b: exact for an exact base and an integer exponent, or an exact root (`4^(1/2) = 2`); a float
 * when either side is a float; otherwise (`2^(1/2)`) undefined, to keep the exact value symbolic.
 */
export function powNums(a: Num, b: Num): Num | undefined {
  if (a.exact && b.exact) {
    const { num: p, den: q } = b.exact;
    if (q === 1n) {
      const power = Q.powInteger(a.exact, p);
      return power && exactNum(power);
    }
    // Roots only of non-negative bases: the evaluator's `(-8)^(1/3)` is NaN, as in JavaScript.
    if (q > 64n || a.exact.num < 0n) return undefined;
    const root = Q.rootExact(a.exact, q);
    const power = root && Q.powInteger(root, p);
    return power && exactNum(power);
  }
  return float(Math.pow(a.value, b.value));
}

/** The total order of numbers used by canonical forms. */
export function compareNums(a: Num, b: Num): number {
  if (a.exact && b.exact) return Q.compare(a.exact, b.exact);
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  // Equal values: exact before float, so `2` and `2.0` still have an order.
  return (a.exact ? 0 : 1) - (b.exact ? 0 : 1);
}
