// What taylor says when a series does not exist: which function or operator, about which point, and
// why in a word (its argument's value is a pole, a branch point or a kink of it; a divisor is 0).

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { format } from '../print/format.js';

/** Subexpressions up to this many operators are quoted in the message; larger ones are abbreviated. */
const QUOTED_OPERATORS = 30;

export function notAnalyticMessage(node: Expr, variable: string, at: number | Expr): string {
  const about = `about ${variable} = ${typeof at === 'number' ? String(at) : quoted(at, '…')}`;
  switch (node.kind) {
    case 'call':
      return `'${node.fn}' has no Taylor series ${about}: ${quoted(node, `${node.fn}(…)`)} is not analytic there`;
    case 'div':
      return `${quoted(node, 'a quotient')} has no Taylor series ${about}: its divisor is 0 there`;
    case 'pow':
      return `${quoted(node, 'a power')} has no Taylor series ${about}: a pole or a branch point`;
    default:
      return `${quoted(node, 'the expression')} has no Taylor series ${about}: its value is not finite there`;
  }
}

function quoted(e: Expr, abbreviation: string): string {
  return operatorCount(e) <= QUOTED_OPERATORS ? format(e) : abbreviation;
}
