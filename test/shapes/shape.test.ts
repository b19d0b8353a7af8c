// Shapes: equal keys exactly for trees that differ by an order-preserving renaming of their variables.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import * as B from '../../src/ast/builders.js';
import { shapeOf } from '../../src/shapes/shape.js';

const key = (text: string) => shapeOf(parse(text), 64)?.key;

describe('shapeOf', () => {
  it.each([
    ['1200*x2^2 - 400*x3 + 202', '1200*x7^2 - 400*x8 + 202', true],
    ['x1 - x2', 'x3 - x4', true],
    ['x1 - x2', 'x4 - x3', false], // the order of the names is part of the shape
    ['x9 - x10', 'x1 - x2', false], // 'x10' sorts before 'x9', as the simplifier sorts names
    ['x1*x1', 'x1*x2', false],
    ['2*x', '2.0*x', false],
    ['sin(x)', 'cos(x)', false],
    ['x + 1/3', 'y + 1/3', true],
    ['x + pi', 'x + e', false],
  ])('%s and %s: same shape %s', (a, b, same) => {
    expect(key(a) === key(b)).toBe(same);
  });

  it('lists the variables by rank, in the order of their names', () => {
    expect(shapeOf(parse('x3*sin(x10) - x2'), 64)?.names).toEqual(['x10', 'x2', 'x3']);
  });

  it('tells sharing apart: a shared subtree is not two equal copies', () => {
    const s = B.sin(B.variable('x'));
    const shared = B.add(B.mul(s, B.variable('y')), s);
    const copies = B.add(B.mul(B.sin(B.variable('x')), B.variable('y')), B.sin(B.variable('x')));
    expect(shapeOf(shared, 64)?.key).not.toBe(shapeOf(copies, 64)?.key);
  });

  it('gives no key past the limit of distinct nodes', () => {
    expect(shapeOf(parse('x + y + z'), 5)).toBeDefined();
    expect(shapeOf(parse('x + y + z'), 4)).toBeUndefined();
  });
});
