// The one tree walk and its bounded form: distinct nodes, children first, no recursion.

import { describe, expect, it } from 'vitest';
import { add, mul, num, sin, variable } from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { postorder, postorderUpTo } from '../../src/ast/walk.js';

const x = variable('x');

describe('postorderUpTo', () => {
  const shared = sin(x);
  const tree = add(mul(shared, shared), num(2)); // distinct: x, sin(x), sin(x)*sin(x), 2, the sum

  it('is postorder when the tree has at most `limit` distinct nodes', () => {
    expect(postorder(tree)).toHaveLength(5);
    expect(postorderUpTo(tree, 5)).toEqual(postorder(tree));
    expect(postorderUpTo(tree, 100)).toEqual(postorder(tree));
  });

  it('is undefined past the limit, counting shared nodes once', () => {
    expect(postorderUpTo(tree, 4)).toBeUndefined();
    expect(postorderUpTo(x, 0)).toBeUndefined();
    expect(postorderUpTo(x, 1)).toEqual([x]);
  });

  it('stops early on a 100,000-deep tree without overflowing the stack', () => {
    let deep: Expr = x;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? sin(deep) : add(deep, num(1));
    expect(postorderUpTo(deep, 400)).toBeUndefined();
    const all = postorder(deep).length; // 150,001: x, the 100,000 operators, a new 1 in each sum
    expect(postorderUpTo(deep, all)).toHaveLength(all);
    expect(postorderUpTo(deep, all - 1)).toBeUndefined();
  });
});
