// What the wrong rules need to know about the expression being differentiated: which nodes vary with
// the variable, and the seed of D for that variable.

import type { Expr, Var } from '../ast/expr.js';
import { children } from '../ast/expr.js';
import { one, zero } from '../ast/smart.js';
import { postorder } from '../ast/walk.js';

export interface Scene {
  readonly root: Expr;
  readonly variable: string;
  /** Distinct nodes, parents before children (the outermost first). */
  readonly outermostFirst: readonly Expr[];
  readonly varies: (e: Expr) => boolean;
  readonly seed: (v: Var) => Expr;
  /** The variable itself (its own derivative is 1: no inner derivative to forget). */
  readonly isVariable: (e: Expr) => boolean;
}

export function sceneOf(root: Expr, variable: string): Scene {
  const order = postorder(root);
  const varying = new Set<Expr>();
  const isVariable = (e: Expr) => e.kind === 'var' && e.name === variable;
  for (const e of order) if (isVariable(e) || children(e).some((k) => varying.has(k))) varying.add(e);
  return {
    root, variable, isVariable,
    outermostFirst: order.reverse(),
    varies: (e) => varying.has(e),
    seed: (v) => (v.name === variable ? one : zero),
  };
}
