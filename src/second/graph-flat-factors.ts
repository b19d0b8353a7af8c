// diff/flat-factors.ts's test on graph nodes: whether simplifying the entries would flatten their
// products into a quadratic mass, counted over the distinct nodes below them without building a tree
// (GraphTrees builds one tree node per graph node, so the counts are the trees' counts).

import { FLAT_FACTORS_PER_NODE } from '../diff/flat-factors.js';
import type { Graph } from './graph.js';

export function graphFlattensQuadratically(g: Graph, entries: readonly number[]): boolean {
  if (entries.length === 0) return false;
  // Two loops, two functions: V8 optimizes a loop on stack replacement on the first call, and code
  // after it that had not run yet bailed out on every later call (once per hessian).
  const reached = new Uint8Array(g.size);
  const distinct = reach(g, entries, reached);
  // The tree test counts the distinct nodes of the sum of the entries: one node more.
  return flatFactors(g, reached) > FLAT_FACTORS_PER_NODE * (distinct + 1);
}

/** Marks in `reached` what the entries reach; how many distinct nodes that is. */
function reach(g: Graph, entries: readonly number[], reached: Uint8Array): number {
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
  return distinct;
}

/**
 * The flat factors of the reached products (mul, div, neg), summed: each one's operands' counts, 1
 * for an operand that is not a product. Children have smaller numbers than their parents: counted upwards.
 */
function flatFactors(g: Graph, reached: Uint8Array): number {
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
  return total;
}
