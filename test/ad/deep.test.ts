// Trees no recursion could walk (100,000 deep, from the builders) and DAGs no unrolling could
// (2^60 nodes as a tree): every AD function and finite differences, by explicit loops.

import { describe, expect, it } from 'vitest';
import {
  compileGradient, directionalDerivative, finiteDifference, reverseModeTrace, valueAndGrad, type Expr,
} from '../../src/index.js';
import { add, mul, neg, num, tanh, variable } from '../../src/ast/builders.js';
import { treeSize } from '../../src/ast/size.js';

const DEPTH = 100_000;
const x = variable('x');
const y = variable('y');

/** x + x + … + y*x, grouped to the left: 100,000 deep, ∂/∂x = 100,000 + y. */
function deepSum(): Expr {
  let t: Expr = mul(y, x);
  for (let i = 0; i < DEPTH; i++) t = add(t, x);
  return t;
}

/** -(-(…tanh(x)…)): an even number of negations around tanh nests, 100,000 deep. */
function deepChain(): Expr {
  let t: Expr = x;
  for (let i = 0; i < DEPTH; i++) t = i % 100 === 0 ? tanh(t) : neg(t);
  return t;
}

describe('100,000-deep trees', () => {
  const sum = deepSum();
  const chain = deepChain();

  it('forward mode', () => {
    expect(directionalDerivative(sum, { x: 2, y: 3 }, { x: 1 })).toEqual({ value: 200_006, derivative: 100_003 });
  });

  it('reverse mode, interpreted then compiled, and its trace', () => {
    expect(valueAndGrad(sum, { x: 2, y: 3 })).toEqual({ value: 200_006, gradient: { x: 100_003, y: 2 } });
    expect(valueAndGrad(sum, { x: 1, y: 1 })).toEqual({ value: 100_001, gradient: { x: 100_001, y: 1 } });
    expect(reverseModeTrace(sum, { x: 2, y: 3 }).nodes).toHaveLength(DEPTH + 3);
  });

  it('compileGradient', () => {
    const { value, gradient } = compileGradient(sum, ['x', 'y'])(2, 3);
    expect([value, ...gradient]).toEqual([200_006, 100_003, 2]);
  });

  it('agree on a deep chain of negations and tanh', () => {
    const forward = directionalDerivative(chain, { x: 0.5 }, { x: 1 });
    const reverse = valueAndGrad(chain, { x: 0.5 });
    const compiled = compileGradient(chain, ['x'])(0.5);
    expect(reverse.value).toBe(forward.value);
    expect(compiled.value).toBe(forward.value);
    expect(reverse.gradient.x).toBeCloseTo(forward.derivative, 14);
    expect(compiled.gradient[0]).toBeCloseTo(forward.derivative, 14);
    expect(forward.derivative).toBeGreaterThan(0);
  });

  it('finite differences', () => {
    expect(finiteDifference(sum, { x: 2, y: 3 }, 'y')).toBeCloseTo(2, 6);
  });
});

describe('a DAG of 2^60 nodes unrolled', () => {
  // t ↦ (t + t)·0.5 sixty times: the value stays x, every one of the 2^60 paths contributes 2^-60.
  let dag: Expr = mul(x, y);
  for (let i = 0; i < 60; i++) dag = mul(add(dag, dag), num(0.5));

  it('is a tree of more than 2^60 nodes', () => {
    expect(treeSize(dag)).toBeGreaterThan(2 ** 60);
  });

  it('is differentiated in time linear in its distinct nodes, by every method', () => {
    const point = { x: 3, y: 5 };
    expect(directionalDerivative(dag, point, { x: 1 })).toEqual({ value: 15, derivative: 5 });
    expect(valueAndGrad(dag, point)).toEqual({ value: 15, gradient: { x: 5, y: 3 } });
    expect(valueAndGrad(dag, point)).toEqual({ value: 15, gradient: { x: 5, y: 3 } });
    expect([...compileGradient(dag, ['x', 'y'])(3, 5).gradient]).toEqual([5, 3]);
    expect(reverseModeTrace(dag, point).nodes.length).toBeLessThan(200);
    expect(finiteDifference(dag, point, 'x')).toBeCloseTo(5, 8);
  });
});
