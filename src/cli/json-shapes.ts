// The `--json` shapes (docs/cli.md): numbers JSON can hold, and trees as flat lists of nodes
// (children by index, children before parents), so any depth and any sharing serialise without
// recursion and in size linear in the distinct nodes.

import { children, nodeLabel, postorder, type Expr } from '../index.js';
import { traceLookup, type Trace } from './trace-table.js';

/** A JSON number, or the string `"NaN"`, `"Infinity"` or `"-Infinity"` (which JSON cannot hold). */
export type JsonNumber = number | string;

export const jsonNumber = (v: number): JsonNumber => (Number.isFinite(v) ? v : String(v));

/** Every value of a record made JSON-safe; keys (`__proto__` included) stay own data properties. */
export const jsonNumbers = (values: Record<string, number>): Record<string, JsonNumber> =>
  Object.fromEntries(Object.entries(values).map(([name, v]) => [name, jsonNumber(v)]));

export interface JsonNode {
  /** `+ - * / ^`, `neg`, a function name, a variable or constant name, a number as `format` prints it. */
  readonly label: string;
  readonly children: number[];
}

/** The distinct nodes of the tree, children first; `root` is the index of the root (the last). */
export function treeJson(root: Expr): { nodes: JsonNode[]; root: number } {
  const order = postorder(root);
  const index = new Map(order.map((node, i) => [node, i]));
  const nodes = order.map((node) => ({ label: nodeLabel(node), children: children(node).map((kid) => index.get(kid) as number) }));
  return { nodes, root: nodes.length - 1 };
}

/** The trace's nodes (structurally equal subtrees merged) with their values and adjoints. */
export function traceJson(trace: Trace): { nodes: (JsonNode & { value: JsonNumber; adjoint: JsonNumber })[]; root: number } {
  const lookup = traceLookup(trace);
  const index = new Map(trace.nodes.map((entry, i) => [entry, i]));
  const nodes = trace.nodes.map((entry) => ({
    label: nodeLabel(entry.expr),
    children: children(entry.expr).map((kid) => index.get(lookup(kid)) as number),
    value: jsonNumber(entry.value),
    adjoint: jsonNumber(entry.adjoint),
  }));
  return { nodes, root: nodes.length - 1 };
}
