// Second order on trees no recursion could walk (100,000 deep, from the builders) and on a DAG no
// unrolling could (2^60 nodes as a tree): hessian, jacobian, hessianVectorProduct, compileHessian.

import { describe, expect, it } from 'vitest';
import { format, type Expr } from '../../src/index.js';
import { add, mul, neg, pow, sin, num, variable } from '../../src/ast/builders.js';
import { treeSize } from '../../src/ast/size.js';
import { hessian, jacobian } from '../../src/second/hessian.js';
import { hessianVectorProduct } from '../../src/second/hessian-vector.js';
import { compileHessian } from '../../src/second/hessian-code.js';

const DEPTH = 100_000;
const x = variable('x');
const y = variable('y');

/** x*y*y + x + x + …, grouped to the left: 100,000 deep; H = [[0, 2y], [2y, 2x]]. */
function deepSum(): Expr {
  let t: Expr = mul(mul(x, y), y);
  for (let i = 0; i < DEPTH; i++) t = add(t, x);
  return t;
}

/** -(-(…sin(x)*y…)), 100,000 negations: H = [[-sin(x)*y, cos(x)], [cos(x), 0]]. */
function deepNegations(): Expr {
  let t: Expr = mul(sin(x), y);
  for (let i = 0; i < DEPTH; i++) t = neg(t);
  return t;
}

/** ((x*y)^1 + (x*y)^1)… doubled 60 times by sharing: 2^60 · x*y as a tree of 2^61 nodes. */
function hugeDag(): Expr {
  let t: Expr = mul(x, y);
  for (let i = 0; i < 60; i++) t = add(pow(t, num(1)), t);
  return t;
}

const copy = (r: { value: number; gradient: Float64Array; hessian: Float64Array }) =>
  ({ value: r.value, gradient: [...r.gradient], hessian: [...r.hessian] });

describe('second order on 100,000-deep trees', () => {
  const sum = deepSum();
  const negations = deepNegations();

  it('hessian', () => {
    expect(hessian(sum).map((row) => row.map((e) => format(e)))).toEqual([['0', '2*y'], ['2*y', '2*x']]);
    expect(hessian(negations).map((row) => row.map((e) => format(e)))).toEqual([['-y*sin(x)', 'cos(x)'], ['cos(x)', '0']]);
  });

  it('jacobian', () => {
    expect(jacobian([sum, negations]).map((row) => row.map((e) => format(e)))).toEqual([['y^2 + 100000', '2*x*y'], ['y*cos(x)', 'sin(x)']]);
  });

  it('hessianVectorProduct', () => {
    expect(hessianVectorProduct(sum, { x: 2, y: 3 }, { x: 1, y: 1 }).hvp).toEqual({ x: 6, y: 10 });
    expect(hessianVectorProduct(negations, { x: 0, y: 3 }, { y: 1 }).hvp).toEqual({ x: 1, y: 0 });
  });

  it('compileHessian', () => {
    expect(copy(compileHessian(sum, ['x', 'y'])(2, 3))).toEqual({ value: 200018, gradient: [100009, 12], hessian: [0, 6, 6, 4] });
    expect(copy(compileHessian(negations, ['x', 'y'])(0, 3))).toEqual({ value: 0, gradient: [3, 0], hessian: [-0, 1, 1, 0] });
  });
});

describe('second order on a DAG of 2^61 tree nodes', () => {
  const dag = hugeDag();
  const scale = 2 ** 60;

  it('is that large unrolled', () => {
    expect(treeSize(dag)).toBeGreaterThan(2 ** 61);
  });

  it('hessianVectorProduct and compileHessian, in time linear in the distinct nodes', () => {
    expect(hessianVectorProduct(dag, { x: 2, y: 3 }, { x: 1 }).hvp).toEqual({ x: 0, y: scale });
    expect(copy(compileHessian(dag, ['x', 'y'])(2, 3)).hessian).toEqual([0, scale, scale, 0]);
  });

  it('hessian', () => {
    const H = hessian(dag);
    expect(format((H[0] as Expr[])[1] as Expr)).toBe('1152921504606846976');
  });
});
