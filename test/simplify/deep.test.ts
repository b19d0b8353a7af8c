// The 100,000-deep tree (tanh, e + y*x and 0.5*e in turn) through simplify and diff: every
// pass iterative (no stack overflow), and the results keep the values.

import { describe, expect, it } from 'vitest';
import { diff, evaluate, simplify, type Expr } from '../../src/index.js';
import { add, mul, num, tanh, variable } from '../../src/ast/builders.js';
import { differentiate } from '../../src/diff/differentiate.js';

const x = variable('x');
const y = variable('y');

function mixed(depth: number): Expr {
  let e: Expr = x;
  for (let i = 0; i < depth; i++) e = [tanh(e), add(e, mul(y, x)), mul(num(0.5), e)][i % 3] as Expr;
  return e;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the 100,000-deep mixed tree', () => {
  const tree = mixed(100_000);
  const at = { x: 0.7, y: 0.3 };

  it('simplifies to the same value', () => {
    const s = simplify(tree);
    expect(s).not.toBe(tree);
    expect(close(evaluate(s, at), evaluate(tree, at))).toBe(true);
  });

  it('differentiates to the raw derivative\'s value', () => {
    const d = diff(tree, 'x');
    const value = evaluate(d, at);
    expect(value).not.toBe(0);
    expect(close(value, evaluate(differentiate(tree, 'x'), at))).toBe(true);
  });
});
