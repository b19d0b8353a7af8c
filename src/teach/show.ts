// A subexpression as a message quotes it: its text, cut short when long.

import type { Expr } from '../ast/expr.js';
import { treeSize } from '../ast/size.js';
import { format } from '../print/format.js';

const MAX_NODES = 400;
const MAX_CHARS = 80;

export function show(e: Expr): string {
  if (treeSize(e) > MAX_NODES) return 'this large subexpression';
  const text = format(e);
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS - 1)}…`;
}
