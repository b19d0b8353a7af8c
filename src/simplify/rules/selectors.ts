// Selectors the rules read canonical nodes with, named after the algebra.

import type { Expr } from '../../ast/expr.js';
import type { FunctionName } from '../../ast/function-names.js';
import { isExact } from '../../ast/numbers.js';
import type { Canon } from '../canon.js';

/** u when `fn` is `name` and takes u alone. */
export const argumentOf = (fn: FunctionName, args: readonly Expr[], name: FunctionName): Expr | undefined =>
  fn === name && args.length === 1 ? args[0] : undefined;
/** u when e is the call `name(u)`. */
export const callArgument = (e: Expr, name: FunctionName): Expr | undefined =>
  e.kind === 'call' ? argumentOf(e.fn, e.args, name) : undefined;
export const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';
export const isPi = (e: Expr | undefined): boolean => e?.kind === 'const' && e.name === 'pi';
export const isInteger = (e: Expr): boolean => isExact(e) && e.exact.den === 1n;
export const isEvenInteger = (e: Expr): boolean => isExact(e) && e.exact.den === 1n && e.exact.num % 2n === 0n;
export const isOddOrFraction = (e: Expr): boolean => isExact(e) && !isEvenInteger(e);

/**
 * u when e is a product with a negative coefficient (canonical -u) or a sum of such terms only (-x - 1,
 * -2 - √3), else undefined.
 */
export function negated(e: Expr, c: Canon): Expr | undefined {
  if (e.kind === 'num') return e.value < 0 ? c.negate(e) : undefined;
  if (e.kind === 'add') return e.args.every((t) => c.pretty(t).negative) ? c.negate(e) : undefined;
  const coefficient = e.kind === 'mul' ? e.args[0] : undefined;
  return coefficient?.kind === 'num' && coefficient.value < 0 ? c.negate(e) : undefined;
}

/** The factors of a product other than `log(u)`, and u, when the product has a log factor. */
export function splitLog(e: Expr, c: Canon): { u: Expr; rest: Expr } | undefined {
  if (e.kind !== 'mul') return undefined;
  const i = e.args.findIndex((f) => callArgument(f, 'log') !== undefined);
  if (i < 0) return undefined;
  const rest = e.args.filter((_, j) => j !== i);
  return { u: callArgument(e.args[i] as Expr, 'log') as Expr, rest: c.product(rest) };
}
