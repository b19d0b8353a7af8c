// sign(u) beside a whole power of u, written through |u| = u·sign(u) (rules/sign-absorb.ts,
// `sign-absorb`): x·sign(x) = |x|, x²·sign(x) = x·|x|, and x/|x| = sign(x). product.ts keeps the
// result only where smaller.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';

/**
 * The factors with one pair sign(u), u^m replaced by u^(m-1), |u|, or one pair u^m, |u|^-m by sign(u);
 * undefined where there is none.
 */
export function signAbsorbed(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold no sign: settled by a scan.
  for (const s of factors) {
    if (s.kind !== 'call' || s.fn !== 'sign' || s.args.length !== 1) continue;
    const u = s.args[0] as Expr;
    const power = factors.find((f) => f === u || (f.kind === 'pow' && f.args[0] === u && isNonZeroInteger(f.args[1])));
    if (power === undefined) continue;
    const m = power.kind === 'pow' && power !== u ? power.args[1] : c.one;
    const rest = factors.filter((f) => f !== s && f !== power);
    rest.push(c.power(u, c.sum([m, c.minusOne])), c.call('abs', [u]));
    return rest;
  }
  // u^m/|u|^m = sign(u) for an odd m (u/|u|, the derivative of sqrt(x^2)): one factor for two, so the
  // two directions never undo each other.
  for (const a of factors) {
    const base = a.kind === 'pow' ? a.args[0] : a;
    if (base.kind !== 'call' || base.fn !== 'abs' || base.args.length !== 1) continue;
    const u = base.args[0] as Expr;
    const k = a.kind === 'pow' ? a.args[1] : c.one;
    if (!isOddInteger(k)) continue;
    const power = factors.find((f) => (f === u && k.value === -1) || (f.kind === 'pow' && f.args[0] === u && f.args[1].kind === 'num' && f.args[1].value === -k.value));
    if (power === undefined) continue;
    const rest = factors.filter((f) => f !== a && f !== power);
    rest.push(c.call('sign', [u]));
    return rest;
  }
  return undefined;
}

const isOddInteger = (e: Expr): e is Extract<Expr, { kind: 'num' }> => e.kind === 'num' && e.exact !== null && e.exact.den === 1n && e.exact.num % 2n !== 0n;
const isNonZeroInteger = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && e.exact.den === 1n && e.exact.num !== 0n;
