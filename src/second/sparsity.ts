// The non-zero pattern of a matrix of trees: where an entry is anything but the exact number 0.

import type { Expr } from '../ast/expr.js';
import { isExactZero } from '../ast/numbers.js';
import { describe } from '../ast/names.js';
import { isExpr } from '../ast/validate.js';
import { InvalidArgumentError } from '../errors.js';

/** The [row, column] of every entry that is not the exact 0, row by row. */
export function sparsity(matrix: readonly (readonly Expr[])[]): [number, number][] {
  if (!Array.isArray(matrix)) throw new InvalidArgumentError(`sparsity: expected a matrix (an array of rows), got ${describe(matrix)}`);
  const pattern: [number, number][] = [];
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) throw new InvalidArgumentError(`sparsity: row ${i} is not an array, got ${describe(row)}`);
    row.forEach((entry: unknown, j) => {
      if (!isExpr(entry)) throw new InvalidArgumentError(`sparsity: entry [${i}][${j}] is not an expression, got ${describe(entry)}`);
      if (!isExactZero(entry)) pattern.push([i, j]);
    });
  });
  return pattern;
}
