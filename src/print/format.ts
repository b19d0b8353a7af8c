// `format`: infix text in the input language with the fewest parentheses that keep the exact tree,
// optionally with each repeated subexpression printed once.

import type { Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { formatInfix } from './infix.js';
import { formatShared } from './share.js';

export { MAX_OUTPUT_CHARS } from './render.js';

export interface FormatOptions {
  /** Print each repeated subexpression once, as a line `name = expr`, then the result. */
  share?: boolean;
}

/**
 * Infix text in the input language with the fewest parentheses that keep the tree: `parse(format(e))`
 * equals `e` for trees from `parse` and the builders, and `format(parse(format(e))) === format(e)` for
 * any tree. Style: `a + b - c`, `2*x^2/3` (`*` always explicit), `a - -b`, `x^-2`; exact numbers in
 * full digits, fractions as `1/3`, floats as `2.0`, `0.5`, `1e-7`, `1e+21`.
 *
 * With `share: true`, each subexpression with an operator that would be written more than once is
 * printed once as a line `t1 = …` (children's lines first; names skip variables of the expression),
 * then the result on the last line; each line is valid REPL input. Its size is linear in the distinct
 * nodes, so it prints DAGs that unroll to astronomically many nodes.
 *
 * Linear in the output (or, with `share`, in the distinct nodes), iterative at any depth. Throws
 * `ExpressionTooLargeError` before building anything when the output would pass `MAX_OUTPUT_CHARS`
 * (10,000,000) characters, and `InvalidArgumentError` for something that is not a well-formed tree.
 */
export function format(expr: Expr, options: FormatOptions = {}): string {
  validateTree(expr);
  return options?.share === true ? formatShared(expr) : formatInfix(expr);
}
