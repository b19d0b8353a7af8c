// The one driver of the rule tables: the first row that rewrites a node wins, and is reported to the
// trace when there is one.

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import type { RuleTable } from './rules/rule.js';

/** The node rewritten by the first rule of `table` that applies to `operands`; undefined when none does. */
export function rewrite<Operands>(table: RuleTable<Operands>, operands: Operands, c: Canon): Expr | undefined {
  for (const rule of table.rows) {
    const after = rule.rewrite(operands, c);
    if (after === undefined) continue;
    // The node before the rewrite is built (and interned) only for a trace: untraced, it never exists.
    if (c.steps !== undefined) c.steps.push({ rule: rule.name, before: table.node(operands, c), after });
    return after;
  }
  return undefined;
}
