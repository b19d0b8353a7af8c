// The second sweep's graph: value numbering, the smart constructors' identities (those of ast/smart.ts)
// and the numeric coefficients gathered in front, trees read as written, and back to trees.

import { describe, expect, it } from 'vitest';
import { format, parse } from '../../src/index.js';
import { num } from '../../src/ast/builders.js';
import { Graph } from '../../src/second/graph.js';
import { graphOfTree } from '../../src/second/graph-of-tree.js';
import { GraphTrees } from '../../src/second/graph-tree.js';

/** A graph over x, y (positions 0, 1) with a printer of its nodes. */
function setup() {
  const g = new Graph();
  const [x, y] = [g.variable('x', 0), g.variable('y', 1)];
  const trees = new GraphTrees(g);
  const n = (value: number, float = false) => g.num(num(value, { float }));
  return { g, x, y, n, show: (id: number) => format(trees.of(id)) };
}

describe('the graph of the second sweep', () => {
  it('numbers each distinct operation once', () => {
    const { g, x, y } = setup();
    expect(g.mul(x, y)).toBe(g.mul(x, y));
    expect(g.operation('add', x, y)).toBe(g.operation('add', x, y));
    expect(g.operation('add', x, y)).not.toBe(g.operation('add', y, x));
    const before = g.size;
    graphOfTree(g, parse('sin(x*y) + sin(x*y)'), (name) => g.variable(name, name === 'x' ? 0 : 1));
    expect(g.size - before).toBe(2); // sin(x*y) and the sum, each once (x*y was made above)
  });

  it.each([
    ['0 + x', ({ g, x, n }: Setup) => g.add(n(0), x), 'x'],
    ['x - 0', ({ g, x, n }: Setup) => g.sub(x, n(0)), 'x'],
    ['0 - x', ({ g, x, n }: Setup) => g.sub(n(0), x), '-x'],
    ['x + (-y)', ({ g, x, y }: Setup) => g.add(x, g.neg(y)), 'x - y'],
    ['-(-x)', ({ g, x }: Setup) => g.neg(g.neg(x)), 'x'],
    ['0·x', ({ g, x, n }: Setup) => g.mul(n(0), x), '0'],
    ['1·x', ({ g, x, n }: Setup) => g.mul(n(1), x), 'x'],
    ['x·(-1)', ({ g, x, n }: Setup) => g.mul(x, g.neg(n(1))), '-x'],
    ['x/1', ({ g, x, n }: Setup) => g.div(x, n(1)), 'x'],
    ['x^1 and x^0', ({ g, x, n }: Setup) => g.add(g.pow(x, n(1)), g.pow(x, n(0))), 'x + 1'],
    ['numbers folded exactly', ({ g, n }: Setup) => g.div(n(1), n(3)), '1/3'],
    ['a float stays a float', ({ g, n }: Setup) => g.add(n(0.5, true), n(1)), '1.5'],
    ['cos(0)', ({ g, n }: Setup) => g.call('cos', [n(0)]), '1'],
    ['100·(2·x)·2', ({ g, x, n }: Setup) => g.mul(g.mul(n(100), g.mul(n(2), x)), n(2)), '400*x'],
    ['(2·x)·(3·y)', ({ g, x, y, n }: Setup) => g.mul(g.mul(n(2), x), g.mul(n(3), y)), '6*(x*y)'],
    ['-(2·x)', ({ g, x, n }: Setup) => g.neg(g.mul(n(2), x)), '-2*x'],
    ['(1/3)·(3·x)', ({ g, x, n }: Setup) => g.mul(g.div(n(1), n(3)), g.mul(n(3), x)), 'x'],
  ])('folds %s', (_, build, expected) => {
    const s = setup();
    expect(s.show(build(s))).toBe(expected);
  });

  it('reads a tree as written: nothing folded, n-ary sums and products from the left', () => {
    const { g, show } = setup();
    const root = graphOfTree(g, parse('x*1 + 0 + 2*3'), (name) => g.variable(name, 0));
    expect(show(root)).toBe('x*1 + 0 + 2*3');
    expect(g.kindOf(root)).toBe('add');
    expect(show(g.arg(root, 0))).toBe('x*1 + 0');
  });

  it('gives back trees that share what the graph shares', () => {
    const { g, x, y, show } = setup();
    const trees = new GraphTrees(g);
    const xy = g.mul(x, y);
    const [a, b] = [trees.of(g.call('sin', [xy])), trees.of(g.call('cos', [xy]))];
    expect(a.kind === 'call' && b.kind === 'call' && a.args[0] === b.args[0]).toBe(true);
    expect(show(g.sub(g.call('sin', [xy]), g.call('cos', [xy])))).toBe('sin(x*y) - cos(x*y)');
  });
});

type Setup = ReturnType<typeof setup>;
