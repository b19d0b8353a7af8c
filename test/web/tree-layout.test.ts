// The page's tree layout: leaves on the left, the root on the right (the lecture's drawing), a parent
// midway between its operands, the cap on drawn nodes, and no recursion on deep trees.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, diff, parse, sin, treeSize, variable, type Expr } from '../../src/index.js';
import { nodeLabel } from '../../web/labels.js';
import { layoutTree, type Layout } from '../../web/tree-layout.js';
import { arbExpr, arbSharedExpr } from '../arbitraries.js';

/** The layout as text: one line per distinct row, top to bottom, each label at 6 characters per column. */
function picture(layout: Layout): string {
  const rows = [...new Set(layout.nodes.map((n) => n.row))].sort((a, b) => a - b);
  const lines = rows.map(() => [] as string[]);
  for (const node of layout.nodes) {
    (lines[rows.indexOf(node.row)] as string[])[node.column] = node.hidden === null ? nodeLabel(node.expr) : `…${node.hidden}`;
  }
  return lines.map((line) => Array.from(line, (label) => (label ?? '').padEnd(6)).join('').trimEnd()).join('\n');
}

describe('layoutTree', () => {
  it.each([
    ['cos(x)*exp(x^2)', `
x     cos
                  ×
x
      ^     exp
2`],
    ['x + y*z', `
x
            +
y
      ×
z`],
    ['-(a - 1)/b', `
a
      −     neg
1
                  /
b`],
  ])('%s', (source, drawing) => {
    expect(`\n${picture(layoutTree(parse(source)))}`).toBe(drawing);
  });

  it('puts the root alone in the rightmost column, every operand left of its operation', () => {
    const layout = layoutTree(parse('sin(x)^2 + cos(x)^2 - 1'));
    expect(layout.nodes.filter((n) => n.column === layout.columns - 1)).toEqual([layout.nodes[0]]);
    for (const node of layout.nodes.slice(1)) expect(node.column).toBeLessThan((layout.nodes[node.parent] as { column: number }).column);
  });

  it('caps a 250-level nesting at the depth limit with one placeholder for the rest', () => {
    const source = `${'sin('.repeat(250)}x${')'.repeat(250)}`;
    const layout = layoutTree(parse(source), { maxNodes: 200, maxDepth: 40 });
    const hidden = layout.nodes.filter((n) => n.hidden !== null);
    expect({ drawn: layout.nodes.length - hidden.length, hidden: hidden.map((n) => n.hidden), total: layout.treeNodes, truncated: layout.truncated })
      .toEqual({ drawn: 41, hidden: [210], total: 251, truncated: true });
  });

  it('caps a wide tree by the node budget, one placeholder per node whose operands were cut', () => {
    const terms = Array.from({ length: 300 }, (_, i) => `x${i}`).join(' + ');
    const layout = layoutTree(parse(terms), { maxNodes: 50, maxDepth: 1000 });
    expect(layout.nodes.filter((n) => n.hidden === null).length).toBe(50);
    expect(layout.nodes.length).toBeLessThanOrEqual(100);
  });

  it('lays out a 100,000-deep tree without recursion', () => {
    let e: Expr = variable('x');
    for (let i = 0; i < 100_000; i++) e = add(sin(e), 1);
    const layout = layoutTree(e);
    expect(layout.treeNodes).toBe(300_001);
    expect(layout.nodes.length).toBeLessThan(250);
  });

  it('counts an astronomically large unrolled DAG without unrolling it', () => {
    let e: Expr = variable('x');
    for (let i = 0; i < 80; i++) e = add(e, e);
    const layout = layoutTree(e);
    expect(layout.treeNodes).toBe(2 ** 81 - 1);
    expect(layout.truncated).toBe(true);
  });

  it('accounts for every tree node, drawn or in a placeholder, and never overlaps two boxes', () => {
    const trees = fc.oneof(arbExpr({ maxDepth: 6 }), arbSharedExpr(), arbExpr().map((e) => diff(e, 'x')));
    fc.assert(fc.property(trees, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 12 }), (e, maxNodes, maxDepth) => {
      const layout = layoutTree(e, { maxNodes, maxDepth });
      const counted = layout.nodes.reduce((sum, n) => sum + (n.hidden ?? 1), 0);
      const places = new Set(layout.nodes.map((n) => `${n.column},${n.row}`));
      return counted === treeSize(e) && places.size === layout.nodes.length
        && layout.nodes.filter((n) => n.hidden === null).length <= maxNodes;
    }), { seed: 42, numRuns: 300 });
  });
});
