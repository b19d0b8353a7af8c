// format(e, { share: true }): each repeated subexpression once, as `t1 = …` lines, children first.

import { describe, expect, it } from 'vitest';
import {
  add, cos, div, exp, mul, neg, num, pow, sigmoid, sin, sub, variable,
} from '../../src/ast/builders.js';
import { equals } from '../../src/ast/equality.js';
import type { Expr } from '../../src/ast/expr.js';
import { treeSize } from '../../src/ast/size.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { format } from '../../src/print/format.js';
import { formatShared } from '../../src/print/share.js';
import { doublings, rightNested } from './trees.js';
import { unshare } from './unshare.js';

const [a, b, c, x] = ['a', 'b', 'c', 'x'].map(variable) as [Expr, Expr, Expr, Expr];
const shared = (e: Expr) => format(e, { share: true });

describe('share', () => {
  it('names a repeated call (structurally equal, not the same object)', () => {
    expect(shared(mul(sigmoid(x), sub(1, sigmoid(x))))).toMatchInlineSnapshot(`
      "t1 = sigmoid(x)
      t1*(1 - t1)"
    `);
  });

  it('the derivative of the lecture example shares exp(x^2)', () => {
    const u = exp(pow(x, 2));
    expect(shared(add(mul(neg(sin(x)), u), mul(cos(x), mul(u, mul(2, x)))))).toMatchInlineSnapshot(`
      "t1 = exp(x^2)
      -sin(x)*t1 + cos(x)*(t1*(2*x))"
    `);
  });

  it('defines children before parents, and names a node under a named one only if it repeats on its own', () => {
    const ab = () => mul(a, b);
    const s = () => add(ab(), c);
    expect(shared(add(div(pow(s(), 2), s()), ab()))).toMatchInlineSnapshot(`
      "t1 = a*b
      t2 = t1 + c
      t2^2/t2 + t1"
    `);
    expect(shared(mul(sin(add(x, 1)), sin(add(x, 1))))).toMatchInlineSnapshot(`
      "t1 = sin(x + 1)
      t1*t1"
    `);
  });

  it('skips names the expression uses as variables', () => {
    const [t1, t2] = [variable('t1'), variable('t2')];
    expect(shared(add(mul(sin(t1), sin(t1)), mul(cos(t2), cos(t2))))).toMatchInlineSnapshot(`
      "t3 = sin(t1)
      t4 = cos(t2)
      t3*t3 + t4*t4"
    `);
  });

  it.each<[string, Expr]>([
    ['repeated leaves', add(mul(x, x), x)],
    ['a repeated negated leaf', mul(neg(x), neg(x))],
    ['nothing repeated', add(mul(2, x), num(1))],
  ])('prints %s as format does', (_, e) => {
    expect(shared(e)).toBe(format(e));
  });

  it('prints a 2^60-node DAG in 61 lines that parse back to it', () => {
    const e = doublings(add(sin(x), 1), 60);
    expect(treeSize(e)).toBeGreaterThan(2 ** 62);
    const text = shared(e);
    const lines = text.split('\n');
    expect(lines.length).toBe(61);
    expect([...lines.slice(0, 3), '…', ...lines.slice(-2)].join('\n')).toMatchInlineSnapshot(`
      "t1 = sin(x) + 1
      t2 = t1*t1
      t3 = t2*t2
      …
      t60 = t59*t59
      t60*t60"
    `);
    expect(equals(unshare(text), e)).toBe(true);
  });

  it('where format gives up (2^100 nodes), share prints', () => {
    const e = doublings(add(x, 1), 100);
    expect(() => format(e)).toThrow(ExpressionTooLargeError);
    expect(shared(e).split('\n')).toHaveLength(101);
  });

  it('a 100,000-deep tree without repeats prints as format does', () => {
    const e = rightNested(sub, x, 100_000);
    expect(shared(e) === format(e)).toBe(true);
  });

  it('throws ExpressionTooLargeError when the shared text itself is too long', () => {
    const e = doublings(add(x, 1), 10);
    expect(formatShared(e, 200).length).toBeLessThanOrEqual(200);
    expect(() => formatShared(e, 100)).toThrow(ExpressionTooLargeError);
  });
});
