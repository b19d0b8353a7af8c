// diff/flat-factors.ts's test on graph nodes: whether simplifying the entries would flatten their
// products into a quadratic mass, counted over the distinct nodes below them without building a tree
// (GraphTrees builds one tree node per graph node, so the counts are the trees' counts).

import { FLAT_FACTORS_PER_NODE } from '../diff/flat-factors.js';
import type { Graph } from './graph.js';

export function graphFlattensQuadratically(g: Graph, entries: readonly number[]): boolean {
  if (entries.length === 0) return false;
  // Children have smaller numbers than their parents: mark what the entries reach, then count upwards.
  const reached = new Uint8Array(g.size);
  const stack = [...new Set(entries)];
  for (const id of stack) reached[id] = 1;
  let distinct = stack.length;
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (let j = 0, n = g.arity(id); j < n; j++) {
      const kid = g.arg(id, j);
      if (reached[kid] === 1) continue;
      reached[kid] = 1;
      distinct++;
      stack.push(kid);
    }
  }
  // Flat factors of each product (mul, div, neg): its operands' counts, 1 for an operand that is not one.
  const flat = new Float64Array(g.size);
  let total = 0;
  for (let id = 0; id < g.size; id++) {
    if (reached[id] === 0 || !g.isProduct(id)) continue;
    let count = 0;
    for (let j = 0, n = g.arity(id); j < n; j++) {
      const kid = g.arg(id, j);
      count += g.isProduct(kid) ? (flat[kid] as number) : 1;
    }
    flat[id] = count;
    total += count;
  }
  // The tree test counts the distinct nodes of the sum of the entries: one node more.
  return total > FLAT_FACTORS_PER_NODE * (distinct + 1);
}
