// Canonical calls: folded to a number where the table gives an exact value or an argument is a
// float (and the value is finite), then the call rules of rules.ts.

import type { Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
import { applyRules, CALL_RULES } from './rules.js';

export function canonicalCall(c: Canon, fn: FunctionName, args: readonly Expr[]): Expr {
  const folded = foldNumbers(c, fn, args);
  if (folded) return folded;
  const node = c.callNode(fn, args);
  return applyRules(CALL_RULES, node, c) ?? node;
}

function foldNumbers(c: Canon, fn: FunctionName, args: readonly Expr[]): Expr | undefined {
  const row = FUNCTIONS[fn];
  const [arg] = args;
  const q = args.length === 1 && arg !== undefined ? multipleOfPi(arg) : undefined;
  const atPi = q !== undefined ? row.atMultipleOfPi?.(q) : undefined;
  if (atPi !== undefined) return c.num(atPi); // sin(π/2) = 1
  if (!args.every((a) => a.kind === 'num')) return undefined;
  const [only] = args;
  if (args.length === 1 && only?.kind === 'num' && only.exact && row.exact) {
    const q = row.exact(only.exact);
    if (q !== undefined) return c.num(q);
  }
  // A float argument makes the call a float, as typed decimals stay floats; exact ones stay symbolic.
  if (args.some((a) => a.kind === 'num' && a.exact === null)) {
    const value = row.value(...args.map((a) => (a.kind === 'num' ? a.value : NaN)));
    if (Number.isFinite(value)) return c.float(value);
  }
  return undefined;
}

/** q when e is q·π for an exact q (π itself is 1·π), else undefined. */
function multipleOfPi(e: Expr): Rational | undefined {
  const isPi = (f: Expr | undefined): boolean => f?.kind === 'const' && f.name === 'pi';
  if (isPi(e)) return Q.ONE;
  if (e.kind !== 'mul' || e.args.length !== 2) return undefined;
  const [q, pi] = e.args;
  return q?.kind === 'num' && q.exact !== null && isPi(pi) ? q.exact : undefined;
}
