// Depth and sharing: 100,000-deep trees made with the builders, and a DAG that is 2^61 - 1 nodes
// unrolled, through evaluate and compile (values asserted; speed belongs to the benchmarks).

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { treeSize } from '../../src/ast/size.js';
import { compile } from '../../src/api/functions.js';
import { evaluate } from '../../src/api/functions.js';

const x = B.variable('x');
const DEPTH = 100_000;

function chain(step: (e: Expr, i: number) => Expr): Expr {
  let e: Expr = x;
  for (let i = 0; i < DEPTH; i++) e = step(e, i);
  return e;
}

/** sin applied DEPTH times, by a plain loop: the independent answer for the deep sin chain. */
function iteratedSin(x0: number): number {
  let v = x0;
  for (let i = 0; i < DEPTH; i++) v = Math.sin(v);
  return v;
}

describe.each([
  ['a left-nested sum, ((x + 0) + 1) + …', chain((e, i) => B.add(e, i)), 0.5, 0.5 + (DEPTH * (DEPTH - 1)) / 2],
  ['a chain of negations, -(-(…x))', chain(B.neg), -1.25, -1.25],
  ['a chain of sines, sin(sin(…x))', chain(B.sin), 1, iteratedSin(1)],
])('%s, 100,000 deep', (_, tree, at, value) => {
  it('evaluates', () => {
    expect(evaluate(tree, { x: at })).toBe(value);
  });

  it('compiles (temporaries in a Float64Array, code in chunks) and runs, twice', () => {
    const f = compile(tree, ['x']);
    expect(f(at)).toBe(value);
    expect(f(at)).toBe(value);
  });
});

describe('a DAG of 61 distinct nodes, 2^61 - 1 unrolled', () => {
  let dag: Expr = x;
  for (let i = 0; i < 60; i++) dag = B.add(dag, dag);

  it('is that large as a tree', () => {
    expect(treeSize(dag)).toBe(2 ** 61 - 1);
  });

  it('evaluates', () => {
    expect(evaluate(dag, { x: 3 })).toBe(3 * 2 ** 60);
  });

  it('compiles to one temporary per distinct node', () => {
    const f = compile(dag, ['x']);
    expect(f(3)).toBe(3 * 2 ** 60);
    expect(f.toString().match(/let t\d+ =/g)).toHaveLength(60);
  });

  it('shares structurally equal subtrees that are distinct objects', () => {
    // Two copies of the doubling DAG built separately (a + b and b + a are equal at every level):
    // 121 operation objects, 61 distinct values.
    let a: Expr = x;
    let b: Expr = B.variable('x');
    for (let i = 0; i < 60; i++) [a, b] = [B.add(a, b), B.add(b, a)];
    const f = compile(B.sub(a, b), ['x']);
    expect(f(1)).toBe(0);
    expect(f.toString().match(/let t\d+ =/g)).toHaveLength(61);
  });
});
