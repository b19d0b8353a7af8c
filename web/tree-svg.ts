// A laid-out evaluation tree drawn as SVG: one labelled box per node, arrows from operands to their
// operation (left to right, as values flow), and optional notes under each box (value, adjoint).

import { h, s } from './dom.js';
import { nodeLabel, shortLabel } from './labels.js';
import type { Layout, LayoutNode } from './tree-layout.js';

export interface NodeNote {
  readonly value?: string;
  readonly adjoint?: string;
  /** The node the stepper just filled in. */
  readonly current?: boolean;
}

const COLUMN = 92;
const BOX_WIDTH = 64;
const BOX_HEIGHT = 26;
const MARGIN = 14;

let markers = 0;

/** The drawing, with a caption saying how much of the tree it shows. */
export function treeFigure(
  layout: Layout, caption: string, notes?: (node: LayoutNode, index: number) => NodeNote | undefined,
): HTMLElement {
  const row = notes === undefined ? 38 : 62;
  const width = layout.columns * COLUMN - (COLUMN - BOX_WIDTH) + 2 * MARGIN;
  const height = (layout.rows - 1) * row + BOX_HEIGHT + 2 * MARGIN + (notes === undefined ? 0 : 26);
  const at = (n: LayoutNode) => ({ x: MARGIN + n.column * COLUMN, y: MARGIN + n.row * row });
  const marker = `arrow-${++markers}`;
  const edges = layout.nodes.flatMap((node) => {
    if (node.parent < 0) return [];
    const from = at(node);
    const to = at(layout.nodes[node.parent] as LayoutNode);
    const [x1, y1, x2, y2] = [from.x + BOX_WIDTH, from.y + BOX_HEIGHT / 2, to.x - 3, to.y + BOX_HEIGHT / 2];
    const bend = Math.min(40, (x2 - x1) / 2);
    return [s('path', { class: 'edge', d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, 'marker-end': `url(#${marker})` })];
  });
  const boxes = layout.nodes.map((node, i) => nodeBox(node, at(node), notes?.(node, i)));
  const svg = s('svg', {
    class: 'tree', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': caption,
  },
  s('defs', {}, s('marker', { id: marker, viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' },
    s('path', { d: 'M0,0 L8,4 L0,8 z', class: 'arrowhead' }))),
  s('g', {}, ...edges), s('g', {}, ...boxes));
  return h('figure', { class: 'tree-figure' }, h('div', { class: 'scroll' }, svg), h('figcaption', {}, caption));
}

function nodeBox(node: LayoutNode, at: { x: number; y: number }, note: NodeNote | undefined): SVGGElement {
  const full = node.hidden === null ? nodeLabel(node.expr) : `… ${node.hidden.toLocaleString('en-US')} nodes`;
  const label = node.hidden === null ? shortLabel(full) : shortLabel(full, 14);
  const kind = node.hidden !== null ? 'hidden' : node.children.length === 0 ? 'leaf' : 'op';
  const cx = at.x + BOX_WIDTH / 2;
  const below = at.y + BOX_HEIGHT + 13;
  return s('g', { class: `node ${kind}${note?.current ? ' current' : ''}`, 'data-label': full },
    s('title', {}, node.hidden === null ? full : `${full} not drawn (past the drawing's cap)`),
    s('rect', { x: at.x, y: at.y, width: BOX_WIDTH, height: BOX_HEIGHT, rx: kind === 'leaf' ? 13 : 5 }),
    s('text', { x: cx, y: at.y + BOX_HEIGHT / 2, class: 'label' }, label),
    note?.value !== undefined && s('text', { x: cx, y: below, class: 'value' }, note.value),
    note?.adjoint !== undefined && s('text', { x: cx, y: below + 13, class: 'adjoint' }, note.adjoint));
}

/** "7 nodes" or "200 of 1,234 nodes drawn (the rest as … boxes)". */
export function sizeCaption(layout: Layout): string {
  const drawn = layout.nodes.filter((n) => n.hidden === null).length;
  const total = layout.treeNodes.toLocaleString('en-US');
  return layout.truncated
    ? `${drawn.toLocaleString('en-US')} of ${total} nodes drawn; each “… N nodes” box stands for the operands left out`
    : `${total} node${layout.treeNodes === 1 ? '' : 's'}`;
}
