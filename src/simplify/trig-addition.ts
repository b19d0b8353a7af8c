// The addition formulas of rules/trig.ts applied to a sum's terms (`trig-addition`): every sin, cos,
// sinh, cosh of a sum among their factors written by the parts of its argument, the terms multiplied
// out and collected. A candidate form, kept only where smaller: sin(x + y) + sin(x - y) = 2·cos y·sin x.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { multipliedOut } from './expand.js';
import { MAX_ADDITION_TERMS } from './limits.js';
import { ADDITION } from './rules/trig.js';
import { collectedSum } from './sum.js';

const isExpandable = (f: Expr): boolean =>
  f.kind === 'call' && ADDITION[f.fn] !== undefined && f.args.length === 1 && f.args[0]?.kind === 'add' &&
  f.args[0].args.length <= MAX_ADDITION_TERMS;

/** Whether two calls or more of sums can be expanded: a sum with one alone has nothing to meet. */
export function hasTwoAdditions(terms: readonly Expr[]): boolean {
  let n = 0;
  for (const t of terms) for (const f of t.kind === 'mul' ? t.args : [t]) if (isExpandable(f) && ++n >= 2) return true;
  return false;
}

/** The sum with every expandable call expanded, multiplied out and collected; undefined over budget. */
export function expandedAdditions(c: Canon, terms: readonly Expr[]): Expr | undefined {
  // Each term kept as its list of factors (a raw product node): c.product would turn -(a + b) into a
  // sum through c.sum, whose candidates contract it back (trig-contraction.ts).
  const rewritten = terms.map((t) => {
    const factors = (t.kind === 'mul' ? t.args : [t]).map((f) => (isExpandable(f) ? expandedCall(c, f) : f));
    return factors.length === 1 ? (factors[0] as Expr) : c.productNode(factors);
  });
  const out = multipliedOut(c, rewritten);
  return out && collectedSum(c, out);
}

/** f(a + rest) as a sum of products of f's parts at a and at rest (rest expanded the same way). */
function expandedCall(c: Canon, f: Expr): Expr {
  if (f.kind !== 'call') return f;
  const parts = ADDITION[f.fn];
  const u = f.args[0] as Expr;
  if (parts === undefined || u.kind !== 'add') return f;
  const [a, ...rest] = u.args as [Expr, ...Expr[]];
  const b = c.sum(rest);
  const of = (fn: Parameters<Canon['call']>[0], v: Expr): Expr => {
    const call = c.call(fn, [v]);
    return isExpandable(call) ? expandedCall(c, call) : call;
  };
  // Collected only, not through c.sum: its candidates would contract it back (trig-contraction.ts).
  return collectedSum(c, parts.map(([sign, g, h]) => c.product([sign === 1 ? c.one : c.minusOne, of(g, a), of(h, b)])));
}
