// 0^u·log(0)^k = 0 across a product (rules/zero-power-log.ts): d/dx (x - x)^x is 0, not 0^x*log(0).

import type { Expr } from '../ast/expr.js';
import { isExactZero } from '../ast/numbers.js';
import type { Canon } from './canon.js';

const isLogOfZero = (f: Expr): boolean => f.kind === 'call' && f.fn === 'log' && f.args.length === 1 && isExactZero(f.args[0] as Expr);

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
    zeroPower = f.kind === 'pow' && isExactZero(f.args[0]) && c.valueOf(f.args[1]) === undefined;
  }
  return zeroPower && factors.some(isPowerOfLogOfZero) ? [c.zero] : undefined;
}
