// The `Expr | string` that every public function accepts: text is parsed, a tree is checked to be one.

import { InvalidArgumentError } from '../errors.js';
import type { Expr } from '../ast/expr.js';
import { describe } from '../ast/names.js';
import { isExpr } from '../ast/validate.js';
import { parse } from './parse.js';

export function toExpr(input: Expr | string): Expr {
  if (typeof input === 'string') return parse(input);
  if (isExpr(input)) return input;
  throw new InvalidArgumentError(`expected an expression or its text, got ${describe(input)}`);
}
