// Pure layout of an evaluation tree drawn left to right, as the lecture draws it: leaves in the left
// column, each operation one column right of its highest operand, the root alone on the right, so a
// value flows left to right. Shared subtrees are drawn wherever they occur (a tree, not a DAG).
// Iterative throughout, and capped: breadth first from the root, a node whose operands no longer fit
// the budget (or lie too deep) gets one placeholder `… N nodes` for the operands left out.

import { children, foldAll, type Expr } from '../src/index.js';

export interface LayoutOptions {
  /** Most nodes drawn (placeholders not counted). */
  readonly maxNodes: number;
  /** Deepest level drawn below the root (the root is level 0). */
  readonly maxDepth: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { maxNodes: 200, maxDepth: 40 };

export interface LayoutNode {
  /** The subtree this box draws; for a placeholder, the first operand it stands for. */
  readonly expr: Expr;
  /** Tree nodes a placeholder stands for; null for a drawn node. */
  readonly hidden: number | null;
  /** Index of the parent in `nodes`, -1 for the root. */
  readonly parent: number;
  /** Indices of the operands in `nodes`, in order. */
  readonly children: readonly number[];
  /** 0 for leaves, the root rightmost. */
  readonly column: number;
  /** From the top; a parent sits midway between its first and last operand. */
  readonly row: number;
}

export interface Layout {
  /** The root first, then breadth first. */
  readonly nodes: readonly LayoutNode[];
  readonly columns: number;
  readonly rows: number;
  /** Nodes of the whole tree, shared subtrees counted each time (a double: a DAG can pass 2^53). */
  readonly treeNodes: number;
  /** Whether placeholders stand for part of the tree. */
  readonly truncated: boolean;
}

interface Draft {
  expr: Expr;
  hidden: number | null;
  parent: number;
  depth: number;
  children: number[];
}

export function layoutTree(root: Expr, options: LayoutOptions = DEFAULT_LAYOUT): Layout {
  const sizes = new Map<Expr, number>();
  const sizeOf = (e: Expr): number =>
    foldAll([e], (_, kids: number[]) => kids.reduce((sum, k) => sum + k, 1), sizes).get(e) as number;
  const drafts = breadthFirst(root, options, (kids) => kids.reduce((sum, k) => sum + sizeOf(k), 0));
  const columns = columnsOf(drafts);
  const rows = rowsOf(drafts);
  const nodes = drafts.map((d, i): LayoutNode => ({
    expr: d.expr, hidden: d.hidden, parent: d.parent, children: d.children,
    column: columns[i] as number, row: rows[i] as number,
  }));
  return {
    nodes,
    columns: (columns[0] as number) + 1,
    rows: Math.max(...rows) + 1,
    treeNodes: sizeOf(root),
    truncated: drafts.some((d) => d.hidden !== null),
  };
}

/** The drawn nodes breadth first from the root, with a placeholder wherever operands are left out. */
function breadthFirst(root: Expr, options: LayoutOptions, hiddenSize: (kids: readonly Expr[]) => number): Draft[] {
  const drafts: Draft[] = [{ expr: root, hidden: null, parent: -1, depth: 0, children: [] }];
  let drawn = 1;
  for (let i = 0; i < drafts.length; i++) {
    const node = drafts[i] as Draft;
    if (node.hidden !== null) continue;
    const kids = children(node.expr);
    const room = node.depth + 1 > options.maxDepth ? 0 : Math.max(0, options.maxNodes - drawn);
    const shown = Math.min(kids.length, room);
    for (const kid of kids.slice(0, shown)) {
      node.children.push(drafts.length);
      drafts.push({ expr: kid, hidden: null, parent: i, depth: node.depth + 1, children: [] });
    }
    drawn += shown;
    if (shown < kids.length) {
      const left = kids.slice(shown);
      node.children.push(drafts.length);
      drafts.push({ expr: left[0] as Expr, hidden: hiddenSize(left), parent: i, depth: node.depth + 1, children: [] });
    }
  }
  return drafts;
}

/** Column = height: 0 for a leaf, else one more than the highest operand (children come after parents). */
function columnsOf(drafts: readonly Draft[]): number[] {
  const columns = new Array<number>(drafts.length).fill(0);
  for (let i = drafts.length - 1; i > 0; i--) {
    const parent = (drafts[i] as Draft).parent;
    columns[parent] = Math.max(columns[parent] as number, (columns[i] as number) + 1);
  }
  return columns;
}

/** Leaves take consecutive rows in reading order (depth first); a parent sits midway between its operands. */
function rowsOf(drafts: readonly Draft[]): number[] {
  const rows = new Array<number>(drafts.length).fill(0);
  let nextLeaf = 0;
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const kids = (drafts[i] as Draft).children;
    if (kids.length === 0) rows[i] = nextLeaf++;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as number);
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    const kids = (drafts[i] as Draft).children;
    if (kids.length > 0) rows[i] = ((rows[kids[0] as number] as number) + (rows[kids[kids.length - 1] as number] as number)) / 2;
  }
  return rows;
}
