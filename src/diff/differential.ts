// The total differential dF = Σ ∂F/∂p dp, the lecture's d(uv) = v du + u dv: D where the
// derivative of each variable p is the variable dp.

import type { Expr } from '../ast/expr.js';
import { varNode } from '../ast/expr.js';
import { checkVariableName } from '../ast/names.js';
import { simplify } from '../simplify/simplify.js';
import { derivative } from './differentiate.js';

export function differential(root: Expr): Expr {
  const dp = new Map<string, Expr>();
  const seed = (name: string): Expr => {
    let d = dp.get(name);
    if (d === undefined) dp.set(name, (d = varNode(checkVariableName(`d${name}`))));
    return d;
  };
  return simplify(derivative(root, (v) => seed(v.name)));
}
