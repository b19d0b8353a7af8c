// Reading a tree into the graph while validating it (graph-of-tree.ts): the same errors as validateTree
// whatever the walk meets first, a forged cycle refused instead of walked forever, and the graph
// numbered as a post-order walk numbers it.

import { describe, expect, it } from 'vitest';
import { format, parse, type Expr } from '../../src/index.js';
import { num, variable } from '../../src/ast/builders.js';
import { addNode, callNode, mulNode } from '../../src/ast/expr.js';
import { validateTree } from '../../src/ast/validate.js';
import { postorder } from '../../src/ast/walk.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { Graph } from '../../src/second/graph.js';
import { graphOfTree } from '../../src/second/graph-of-tree.js';
import { GraphTrees } from '../../src/second/graph-tree.js';
import { hessian, jacobian } from '../../src/second/hessian.js';
import { compileHessian } from '../../src/second/hessian-code.js';

// The raw constructors, which check nothing (the builders refuse a forged operand); n-ary as given.
const add = (...args: Expr[]): Expr => addNode(args);
const mul = (...args: Expr[]): Expr => mulNode(args);
const sin = (a: Expr): Expr => callNode('sin', [a]);
const x = variable('x');
const y = variable('y');

/** The error `run` throws (it must throw one). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('nothing thrown');
}

/** A forged node: any kind, any fields, no checks. */
const forged = (fields: Record<string, unknown>): Expr => ({ hash: 0, ...fields }) as unknown as Expr;

/** Forged trees, several with more than one problem, met by the two walks in different orders. */
const INVALID: [string, () => unknown][] = [
  ['not an object', () => null],
  ['a number that is a string', () => add(x, forged({ kind: 'num', value: '0); evil(', exact: null }))],
  ['an unknown kind deep on the left', () => add(mul(forged({ kind: 'evil' }), x), y)],
  ['two problems, one each side', () => add(mul(forged({ kind: 'var', name: 'sin' }), x), sin(forged({ kind: 'num', value: NaN, exact: null })))],
  ['three problems on a chain', () => mul(add(forged({ kind: 'const', name: 'tau' }), forged({ kind: 'neg', args: [] })), forged({ kind: 'call', fn: 'alert', args: [] }))],
  ['a sum of one operand', () => add(x, forged({ kind: 'add', args: [y] }))],
  ['a call of the wrong arity', () => mul(y, forged({ kind: 'call', fn: 'sin', args: [x, y] }))],
  ['a leaf carrying a bad args array', () => add(forged({ kind: 'var', name: 'x', args: [null] }), y)],
  ['args that are not an array', () => add(y, forged({ kind: 'mul', args: 'xy' }))],
];

describe('graphOfTree: validated as read', () => {
  it.each(INVALID)('%s: the InvalidArgumentError validateTree throws, from every caller', (_, make) => {
    const tree = make() as Expr;
    const expected = thrown(() => validateTree(tree));
    expect(expected).toBeInstanceOf(InvalidArgumentError);
    for (const run of [
      () => graphOfTree(new Graph(), tree, () => 0),
      () => hessian(tree),
      () => hessian(tree, ['x', 'y']),
      () => jacobian([parse('x*y'), tree]),
      () => compileHessian(tree, ['x', 'y']),
    ]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(expected.message);
    }
  });

  it('takes a leaf carrying valid args as validateTree does: as the leaf', () => {
    const tree = add(forged({ kind: 'var', name: 'x', args: [y] }), y);
    expect(() => validateTree(tree)).not.toThrow();
    expect(hessian(tree).map((row) => row.map((e) => format(e)))).toEqual([['0', '0'], ['0', '0']]);
  });

  it('checks the tree before the list of variables, as before', () => {
    const error = thrown(() => hessian(forged({ kind: 'evil' }), ['x', 'x']));
    expect(error.message).toBe(thrown(() => validateTree(forged({ kind: 'evil' }))).message);
  });
});

describe('graphOfTree: a node that is its own descendant', () => {
  /** -(x·(-(x·(…)))) whose innermost operand is the outermost node. */
  function cycle(length: number): Expr {
    const top = forged({ kind: 'neg', args: [] });
    let node = top;
    for (let i = 1; i < length; i++) node = forged({ kind: 'neg', args: [mul(x, node)] });
    (top as unknown as { args: Expr[] }).args.push(node);
    return top;
  }

  it.each([1, 2, 1000])('a cycle of %i is refused with an InvalidArgumentError, not walked forever', (length) => {
    const tree = add(y, cycle(length));
    for (const run of [
      () => graphOfTree(new Graph(), tree, () => 0),
      () => hessian(tree),
      () => jacobian([tree]),
      () => compileHessian(tree, ['x', 'y']),
    ]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe('invalid expression tree: a node is its own descendant');
    }
  });

  it('a cycle with another problem: validateTree\'s error, as before', () => {
    const tree = add(cycle(3), forged({ kind: 'evil' }));
    expect(thrown(() => hessian(tree)).message).toBe(thrown(() => validateTree(tree)).message);
  });

  it('a node shared by two branches is no cycle', () => {
    const shared = mul(x, y);
    const tree = add(mul(shared, shared), sin(shared));
    expect(hessian(tree, ['x', 'y']).map((row) => row.map((e) => format(e)))).toEqual(
      hessian(parse('(x*y)*(x*y) + sin(x*y)'), ['x', 'y']).map((row) => row.map((e) => format(e))));
  });
});

describe('graphOfTree: the graph', () => {
  it('numbers the operations in post-order, children left to right, each distinct object once', () => {
    const shared = add(x, num(2));
    const tree = mul(add(shared, mul(num(3), y)), shared, sin(shared));
    const g = new Graph();
    const root = graphOfTree(g, tree, (name) => g.variable(name, -1));
    const trees = new GraphTrees(g);
    const operations = Array.from({ length: g.size }, (_, id) => id).filter((id) => !g.isLeaf(id)).map((id) => format(trees.of(id)));
    // The product of three is read, once its operands are, as (a·b)·c: one graph node more than the tree has.
    expect(operations).toEqual(['x + 2', '3*y', 'x + 2 + 3*y', 'sin(x + 2)', '(x + 2 + 3*y)*(x + 2)', '(x + 2 + 3*y)*(x + 2)*sin(x + 2)']);
    expect(postorder(tree).filter((e) => e.kind !== 'num' && e.kind !== 'var').length).toBe(operations.length - 1);
    expect(operations[operations.length - 1]).toBe(format(trees.of(root)));
  });
});
