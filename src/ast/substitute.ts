// Substitution: variables replaced by trees (a REPL definition, a point written as expressions),
// in one bottom-up fold, so it is linear in the distinct nodes at any depth and keeps every sharing.

import { withChildren, type Expr } from './expr.js';
import { fold } from './walk.js';

/**
 * `expr` with every variable named in `bindings` replaced by its tree. One pass: the trees put in
 * are not substituted again (binding `x` to `x + 1` is fine), and a subtree with nothing to replace
 * is returned as the same object, so sharing in `expr` and in the bindings survives.
 */
export function substitute(expr: Expr, bindings: ReadonlyMap<string, Expr>): Expr {
  if (bindings.size === 0) return expr;
  return fold<Expr>(expr, (node, kids) => (node.kind === 'var' ? bindings.get(node.name) ?? node : withChildren(node, kids)));
}
