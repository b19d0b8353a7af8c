// Shapes and the flat-factor test read from the graph agree with the same read from the entries' trees.

import { describe, expect, it } from 'vitest';
import { format, parse, type Expr } from '../../src/index.js';
import { hessian } from '../../src/second/hessian.js';
import { simplifyAll } from '../../src/simplify/simplify.js';
import { flattensQuadratically } from '../../src/diff/flat-factors.js';
import { shapeOf } from '../../src/shapes/shape.js';
import { SweepBudget } from '../../src/second/budget.js';
import { Graph } from '../../src/second/graph.js';
import { graphOfTree } from '../../src/second/graph-of-tree.js';
import { graphFlattensQuadratically } from '../../src/second/graph-flat-factors.js';
import { GraphShapes } from '../../src/second/graph-shapes.js';
import { GraphSweeps } from '../../src/second/graph-sweep.js';
import { GraphTrees } from '../../src/second/graph-tree.js';

/** The upper triangle's raw entries of the Hessian of `text`, as graph nodes. */
function rawHessian(text: string, names: readonly string[]) {
  const g = new Graph();
  const root = graphOfTree(g, parse(text), (name) => g.variable(name, names.indexOf(name)));
  const sweeps = new GraphSweeps(g, new SweepBudget('the Hessian'));
  const entries = sweeps.row(root).flatMap(({ column, entry }) => sweeps.row(entry, column).map((e) => e.entry));
  return { g, entries, trees: new GraphTrees(g) };
}

const chain = (term: string, n: number) => Array.from({ length: n - 1 }, (_, k) => term.replaceAll('A', `x${k + 1}`).replaceAll('B', `x${k + 2}`)).join(' + ');
const xs = (n: number) => Array.from({ length: n }, (_, k) => `x${k + 1}`);

describe('shapes on the graph', () => {
  it.each([
    ['Rosenbrock', chain('100*(B - A^2)^2 + (1 - A)^2', 14), xs(14)],
    ['a trig chain', chain('sin(A*B) + cos(A)^2*exp(B) + tan(A - B)', 14), xs(14)],
    ['a network-like sum', 'tanh(w1*x + b1)*v1 + tanh(w2*x + b2)*v2 - y', ['w1', 'b1', 'v1', 'w2', 'b2', 'v2']],
  ])('group the entries of %s as their trees do', (_, text, names) => {
    const { g, entries, trees } = rawHessian(text, names);
    const shapes = new GraphShapes(g);
    const onGraph = entries.map((e) => shapes.of(e, 64));
    const onTrees = entries.map((e) => shapeOf(trees.of(e), 64));
    // Same classes: two entries share a graph key exactly when they share a tree key.
    for (let i = 0; i < entries.length; i++) {
      expect(onGraph[i]?.names).toEqual(onTrees[i]?.names);
      for (let j = 0; j < i; j++) expect(onGraph[i]?.key === onGraph[j]?.key).toBe(onTrees[i]?.key === onTrees[j]?.key);
    }
    expect(new Set(onGraph.map((s) => s?.key)).size).toBeLessThan(entries.length);
  });
});

describe('the flat-factor test on the graph', () => {
  const logChain = (depth: number) => Array.from({ length: depth }).reduce<string>((inner) => `log(y, ${inner} + 2)`, 'x');
  it.each([
    ['Rosenbrock', chain('100*(B - A^2)^2 + (1 - A)^2', 30), xs(30)],
    ['a log chain of depth 60', logChain(60), ['x', 'y']],
    ['a log chain of depth 3', logChain(3), ['x', 'y']],
  ])('agrees with the trees on %s', (_, text, names) => {
    const { g, entries, trees } = rawHessian(text, names);
    expect(graphFlattensQuadratically(g, entries)).toBe(flattensQuadratically(entries.map((e) => trees.of(e))));
  });

  it('finds the log chain quadratic and Rosenbrock not', () => {
    const rosenbrock = rawHessian(chain('100*(B - A^2)^2 + (1 - A)^2', 30), xs(30));
    const log = rawHessian(logChain(60), ['x', 'y']);
    expect(graphFlattensQuadratically(rosenbrock.g, rosenbrock.entries)).toBe(false);
    expect(graphFlattensQuadratically(log.g, log.entries)).toBe(true);
  });
});

describe('hessian with shapes', () => {
  it('prints the chained Rosenbrock Hessian as simplifying every entry does', () => {
    const names = xs(30);
    const text = chain('100*(B - A^2)^2 + (1 - A)^2', 30);
    const { entries, trees } = rawHessian(text, names);
    const each = simplifyAll(entries.map((e) => trees.of(e)), { shareProducts: true }).map((e) => format(e));
    const H = hessian(parse(text), names);
    const upper = names.flatMap((_, i) => names.slice(i).map((__, k) => H[i]?.[i + k])).filter((e): e is Expr => e !== undefined && format(e) !== '0');
    expect(upper.map((e) => format(e))).toEqual(each);
    expect(new Set(each).size).toBeGreaterThan(30); // not one print for all: the renaming put each entry's own variables in
  });
});
