// The logarithms of a sum's terms made one (rules/sum.ts, `log-combine`): r·log(a) + s·log(b) =
// log(a^r·b^s) for integers r and s, as a candidate form kept where smaller (log(2) + log(3) = log(6)).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { callArgument } from './rules/selectors.js';
import { splitTerm } from './terms.js';

/** Integer coefficients up to this are folded into the log's argument as a power. */
const MAX_LOG_COEFFICIENT = 4;

/** The term as r·log(a) with r a small integer, else undefined. */
function logTerm(c: Canon, t: Expr): { r: bigint; a: Expr } | undefined {
  const { coefficient, monomial } = splitTerm(c, t);
  const a = monomial === null ? undefined : callArgument(monomial, 'log');
  if (a === undefined || coefficient.exact === null || coefficient.exact.den !== 1n) return undefined;
  const r = coefficient.exact.num;
  return r !== 0n && r <= BigInt(MAX_LOG_COEFFICIENT) && r >= -BigInt(MAX_LOG_COEFFICIENT) ? { r, a } : undefined;
}

/** The sum with its log terms made one log; undefined when it has fewer than two. */
export function combinedLogs(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const logs = terms.map((t) => logTerm(c, t));
  if (logs.filter((l) => l !== undefined).length < 2) return undefined;
  const argument = c.product(logs.flatMap((l) => (l === undefined ? [] : [c.power(l.a, c.num({ num: l.r, den: 1n }))])));
  const rest = terms.filter((_, i) => logs[i] === undefined);
  return c.sum([...rest, c.call('log', [argument])]);
}

/** Whether two terms or more are logarithms: most sums have none, and are done with at once. */
export function hasTwoLogs(terms: readonly Expr[]): boolean {
  let n = 0;
  for (const t of terms) {
    const f = t.kind === 'mul' ? t.args[t.args.length - 1] : t;
    if (f?.kind === 'call' && f.fn === 'log' && ++n >= 2) return true;
  }
  return false;
}
