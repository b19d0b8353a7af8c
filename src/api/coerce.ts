// The `Expr | string` that every public function accepts, turned into a tree once, at the package's
// entry: text is parsed, a tree is checked to be one. Below this layer every function takes a tree.

import { describe } from '../ast/names.js';
import type { Expr } from '../ast/expr.js';
import { isExpr } from '../ast/validate.js';
import { InvalidArgumentError } from '../errors.js';
import { parse } from '../parser/parse.js';

export function toExpr(input: Expr | string): Expr {
  if (typeof input === 'string') return parse(input);
  if (isExpr(input)) return input;
  throw new InvalidArgumentError(`expected an expression or its text, got ${describe(input)}`);
}

/** `f`, taking the text of its first argument as well as the tree. */
export function acceptsText<A extends unknown[], R>(f: (root: Expr, ...rest: A) => R): (expr: Expr | string, ...rest: A) => R {
  return (expr, ...rest) => f(toExpr(expr), ...rest);
}
