// Reverse mode drawn: the evaluation tree as `formatTree` draws it, with each node's forward value
// and backward adjoint beside it, so the two passes of the lecture's blackboard can be read off.

import { children, equals, formatTree, MAX_TREE_DEPTH, reverseModeTrace, type Expr, type TraceNode } from '../index.js';
import { numberText } from './notation.js';

export type Trace = ReturnType<typeof reverseModeTrace>;

/** The trace entry of any node of the traced tree (entries merge structurally equal subtrees). */
export function traceLookup(trace: Trace): (node: Expr) => TraceNode {
  const found = new Map<Expr, TraceNode>(trace.nodes.map((entry) => [entry.expr, entry]));
  const byHash = new Map<number, TraceNode[]>();
  for (const entry of trace.nodes) byHash.set(entry.expr.hash, [...(byHash.get(entry.expr.hash) ?? []), entry]);
  return (node) => {
    let entry = found.get(node);
    if (entry === undefined) {
      entry = byHash.get(node.hash)?.find((candidate) => equals(candidate.expr, node)) as TraceNode;
      found.set(node, entry);
    }
    return entry;
  };
}

/** The nodes in the order `formatTree` draws its lines: pre-order, nothing below an abbreviated subtree. */
function drawingOrder(root: Expr): Expr[] {
  const order: Expr[] = [];
  const stack: { node: Expr; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Expr; depth: number };
    order.push(node);
    if (depth >= MAX_TREE_DEPTH && children(node).length > 0) continue;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as Expr, depth: depth + 1 });
  }
  return order;
}

export function traceTable(root: Expr, trace: Trace): string {
  const drawing = formatTree(root).split('\n');
  const lookup = traceLookup(trace);
  const cells = drawingOrder(root).map((node) => {
    const entry = lookup(node);
    return [numberText(entry.value), numberText(entry.adjoint)];
  });
  // reduce, not Math.max(...): a drawing can have millions of lines.
  const treeWidth = drawing.reduce((width, line) => Math.max(width, line.length), 0);
  const valueWidth = cells.reduce((width, [value]) => Math.max(width, (value as string).length), 'value'.length);
  const row = (tree: string, value: string, adjoint: string) => `${tree.padEnd(treeWidth)}  ${value.padEnd(valueWidth)}  ${adjoint}`;
  return [row('', 'value', 'adjoint'), ...drawing.map((line, i) => row(line, ...(cells[i] as [string, string])))].join('\n');
}
