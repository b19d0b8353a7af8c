// Trees the printer tests share: the operators by their printed sign, deep chains, doubling DAGs.

import { add, div, mul, pow, sub } from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';

export type Binary = (p: Expr, q: Expr) => Expr;

/** The binary operators, named as `format` prints them. */
export const BINARY: [string, Binary][] = [['+', add], ['-', sub], ['*', mul], ['/', div], ['^', pow]];

/** `((x op x) op x) … op x` with `n` operators. */
export function leftNested(op: Binary, leaf: Expr, n: number): Expr {
  let e = leaf;
  for (let i = 0; i < n; i++) e = op(e, leaf);
  return e;
}

/** `x op (x op (… op x))` with `n` operators. */
export function rightNested(op: Binary, leaf: Expr, n: number): Expr {
  let e = leaf;
  for (let i = 0; i < n; i++) e = op(leaf, e);
  return e;
}

/** `e*e`, squared `n` times over: n + 1 distinct nodes, 2^n copies of `e` unrolled. */
export function doublings(e: Expr, n: number): Expr {
  let d = e;
  for (let i = 0; i < n; i++) d = mul(d, d);
  return d;
}
