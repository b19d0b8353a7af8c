// Trees the printer tests share: the operators by their printed sign, every pair of them, deep
// chains, doubling DAGs, internal numbers.

import { add, div, mul, neg, pow, sub, variable } from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { exactNum } from '../../src/ast/numbers.js';
import { rational } from '../../src/ast/rational.js';

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

/** An exact number that only internal trees hold (negative, fractional): `exact(-1n, 3n)` is -1/3. */
export const exact = (p: bigint, q = 1n): Expr => exactNum(rational(p, q));

/**
 * Every binary operator with every operator (and unary minus) as its left, then its right operand,
 * printed by `print`: one row `outer inner left right` per pair, columns padded to `width`.
 */
export function operatorGrid(print: (e: Expr) => string, width: number): string {
  const [a, b, c] = ['a', 'b', 'c'].map(variable) as [Expr, Expr, Expr];
  const inner: [string, Binary][] = [...BINARY, ['neg', (p) => neg(p)]];
  return BINARY.flatMap(([outer, op]) => inner.map(([name, sub]) =>
    `${outer.padEnd(3)} ${name.padEnd(4)} ${print(op(sub(a, b), c)).padEnd(width)} ${print(op(a, sub(b, c)))}`)).join('\n');
}
