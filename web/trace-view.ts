// The evaluation tree at a point, stepped through reverse mode: the forward pass writes each node's
// value, the backward pass each node's adjoint, one node per "Next", or all at once. The controls are
// built once (focus stays on them while stepping); the drawing and the table are redrawn per step.

import { format, reverseModeTrace, type Expr, type TraceNode } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { nodeLabel, shortLabel, shortNumber } from './labels.js';
import { traceIndex } from './trace-index.js';
import { clampStep, forwardDone, stepView, type StepView } from './trace-steps.js';
import type { Layout } from './tree-layout.js';
import { sizeCaption, treeFigure, type NodeNote } from './tree-svg.js';

/** Rows of the trace table shown at once, around the current step. */
const TABLE_ROWS = 120;

interface Shown {
  readonly nodes: readonly TraceNode[];
  readonly layout: Layout;
  readonly lookup: (e: Expr) => number | undefined;
}

export interface TraceView {
  /** A new expression (the stepper restarts after the forward pass) or a new point (it stays). */
  update(expr: Expr, layout: Layout, point: Record<string, number>, restart: boolean): void;
}

export function createTraceView(root: HTMLElement): TraceView {
  const status = h('p', { class: 'status', 'aria-live': 'polite', id: 'trace-status' });
  const body = h('div', { class: 'trace-body' });
  let shown: Shown | undefined;
  let step = 0;
  const go = (to: (n: number) => number) => () => {
    if (shown === undefined) return;
    step = clampStep(shown.nodes.length, to(shown.nodes.length));
    draw();
  };
  const button = (label: string, id: string, to: (n: number) => number, hint: string) => {
    const b = h('button', { type: 'button', id, title: hint }, label);
    b.addEventListener('click', go(to));
    return b;
  };
  const controls = h('div', { class: 'controls', role: 'group', 'aria-label': 'Step through the passes' },
    button('◀◀ Start', 'trace-start', () => 0, 'Before the forward pass'),
    button('◀ Back', 'trace-back', () => step - 1, 'One step back'),
    button('Next ▶', 'trace-next', () => step + 1, 'One more node'),
    button('Forward pass', 'trace-forward', forwardDone, 'All values, no adjoints yet'),
    button('All ▶▶', 'trace-all', (n) => 2 * n, 'Both passes complete'));
  show(root, controls, status, body);

  function draw(): void {
    if (shown === undefined) return;
    const view = stepView(shown.nodes.length, step);
    status.textContent = describe(shown.nodes, view, step);
    show(body, treeFigure(shown.layout, `Evaluation tree: ${sizeCaption(shown.layout)}`, noteFor(shown, view)), table(shown.nodes, view));
  }

  return {
    update(expr, layout, point, restart) {
      try {
        const { nodes } = reverseModeTrace(expr, point);
        shown = { nodes, layout, lookup: traceIndex(nodes) };
        step = restart ? forwardDone(nodes.length) : clampStep(nodes.length, step);
        draw();
      } catch (error) {
        shown = undefined;
        status.textContent = '';
        show(body, errorBox(error));
      }
    },
  };
}

function noteFor(shown: Shown, view: StepView) {
  return (node: { expr: Expr; hidden: number | null }): NodeNote | undefined => {
    if (node.hidden !== null) return undefined;
    const i = shown.lookup(node.expr);
    if (i === undefined) return undefined;
    const entry = shown.nodes[i] as TraceNode;
    return {
      ...(i < view.valuesKnown ? { value: `= ${shortNumber(entry.value)}` } : {}),
      ...(i >= view.adjointsFrom ? { adjoint: `ā ${shortNumber(entry.adjoint)}` } : {}),
      current: i === view.current,
    };
  };
}

function describe(nodes: readonly TraceNode[], view: StepView, step: number): string {
  const n = nodes.length;
  const where = `Step ${step} of ${2 * n}. `;
  if (view.current === null) return `${where}Press Next for the forward pass: each node's value from its operands' values, leaves first.`;
  const entry = nodes[view.current] as TraceNode;
  const name = `node ${view.current + 1} (${nodeLabel(entry.expr)}: ${text(entry.expr, 40)})`;
  if (view.phase === 'forward') return `${where}Forward pass: ${name} has value ${entry.value}.`;
  const why = view.current === n - 1 ? 'the root: ∂f/∂f = 1' : 'the sum over its parents of the parent’s adjoint × ∂parent/∂node';
  return `${where}Backward pass: ${name} has adjoint ${entry.adjoint} (${why}).`;
}

function table(nodes: readonly TraceNode[], view: StepView): HTMLElement {
  const n = nodes.length;
  const from = Math.max(0, Math.min((view.current ?? 0) - TABLE_ROWS / 2, n - TABLE_ROWS));
  const to = Math.min(n, from + TABLE_ROWS);
  const rows = nodes.slice(from, to).map((entry, k) => {
    const i = from + k;
    return h('tr', { class: i === view.current ? 'current' : undefined },
      h('td', {}, String(i + 1)), h('td', { class: 'code' }, text(entry.expr, 48)),
      h('td', { class: 'num' }, i < view.valuesKnown ? String(entry.value) : '·'),
      h('td', { class: 'num', 'data-node': i + 1 }, i >= view.adjointsFrom ? String(entry.adjoint) : '·'));
  });
  const note = n > TABLE_ROWS ? h('p', { class: 'note' }, `Rows ${from + 1}–${to} of ${n} distinct nodes, around the current step.`) : null;
  return h('div', { class: 'trace-table' }, note, h('div', { class: 'scroll' }, h('table', {},
    h('caption', {}, 'Distinct nodes, children before parents (equal subtrees are one node)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'node'),
      h('th', { scope: 'col' }, 'value'), h('th', { scope: 'col' }, 'adjoint ā = ∂f/∂node'))),
    h('tbody', {}, ...rows))));
}

/** A node as text, cut to `max` characters (a printer's size limit becomes the node's label). */
function text(expr: Expr, max: number): string {
  try {
    return shortLabel(format(expr), max);
  } catch {
    return nodeLabel(expr);
  }
}
