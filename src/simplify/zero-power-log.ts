// 0^u·log(0)^k = 0 across a product (rules/zero-power-log.ts): d/dx (x - x)^x is 0, not 0^x*log(0).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';

/** 0 or 0.0 (a float zero, from 0.5 - 1/2, is the same base). */
const isZero = (e: Expr): boolean => e.kind === 'num' && e.value === 0;
const isLogOfZero = (f: Expr): boolean => f.kind === 'call' && f.fn === 'log' && f.args.length === 1 && isZero(f.args[0] as Expr);

/** A positive whole power of log(0), or log(0) itself. */
const isPowerOfLogOfZero = (f: Expr): boolean => isLogOfZero(f) ||
  (f.kind === 'pow' && isLogOfZero(f.args[0]) && f.args[1].kind === 'num' && f.args[1].exact !== null &&
    f.args[1].exact.den === 1n && f.args[1].exact.num > 0n);

/** The factors as [0] where 0^u (u not a constant) meets a power of log(0); undefined otherwise. */
export function zeroPowerLog(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold no power of 0: settled by a plain loop (this runs on every product built).
  let zeroPower = false;
  for (let i = 0; i < factors.length && !zeroPower; i++) {
    const f = factors[i] as Expr;
    zeroPower = f.kind === 'pow' && isZero(f.args[0]) && c.valueOf(f.args[1]) === undefined;
  }
  return zeroPower && factors.some(isPowerOfLogOfZero) ? [c.zero] : undefined;
}
