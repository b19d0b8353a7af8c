// The expression as a function of one variable, the others held at the point: what difference
// quotients evaluate, compiled once (compile caches per tree) and called with one argument changed.

import type { Expr } from '../ast/expr.js';
import { checkVariableName } from '../ast/names.js';
import { freeVariables } from '../ast/variables.js';
import { compile } from '../evaluate/compile.js';
import { checkScope, lookup } from '../evaluate/scope.js';

export interface Line {
  /** t ↦ expr at the point with `name` set to t. */
  readonly f: (t: number) => number;
  /** The point's coordinate of `name`. */
  readonly x: number;
  readonly name: string;
}

/** Checks the variable (an identifier) and the point (every variable bound), then builds the line. */
export function alongVariable(root: Expr, point: Record<string, number>, variable: string): Line {
  const name = checkVariableName(variable, 'the variable');
  const scope = checkScope(point, 'point');
  const x = lookup(scope, name, 'point');
  const names = freeVariables(root);
  const args = names.map((n) => lookup(scope, n, 'point'));
  const compiled = compile(root, names);
  const slot = names.indexOf(name);
  const f = (t: number) => {
    if (slot >= 0) args[slot] = t;
    return compiled(...args);
  };
  return { f, x, name };
}
