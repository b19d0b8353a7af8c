// The derivative: the raw tree D gives rule by rule (`differentiate`) and the simplified one (`diff`),
// each as LaTeX and with its size as a tree (shared subtrees counted each time) and as a DAG (distinct
// nodes); the simplified derivative's tree drawn, the raw one's on demand.

import { dagSize, diff, differentiate, format, toLatex, treeSize, variable as variableNode, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { formula } from './formula.js';
import { layoutTree } from './tree-layout.js';
import { sizeCaption, treeFigure } from './tree-svg.js';

/** Largest derivative (in tree nodes) also shown as text; measured first, as a DAG can unroll to megabytes. */
const MAX_TEXT_NODES = 400;

export function derivativeView(root: HTMLElement, expr: Expr, variable: string): void {
  try {
    const raw = differentiate(expr, variable);
    const simplified = diff(expr, variable);
    const d = `\\frac{\\partial}{\\partial ${toLatex(variableNode(variable))}}`;
    show(root,
      h('h3', {}, 'Raw, rule by rule (differentiate)'), withId(formula(raw, `${d} = `), 'derivative-raw'),
      h('h3', {}, 'Simplified (diff)'), withId(formula(simplified, `${d} = `), 'derivative-simplified'),
      asText(simplified),
      sizes(raw, simplified),
      h('h3', {}, 'Tree of the simplified derivative'), drawing(simplified, 'derivative-tree'),
      lazyTree('Tree of the raw derivative', raw));
  } catch (error) {
    show(root, errorBox(error));
  }
}

function sizes(raw: Expr, simplified: Expr): HTMLElement {
  const n = (v: number) => h('td', { class: 'num' }, v.toLocaleString('en-US'));
  return h('table', { class: 'sizes', id: 'derivative-sizes' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, 'tree nodes'), h('th', { scope: 'col' }, 'DAG nodes'))),
    h('tbody', {},
      h('tr', {}, h('th', { scope: 'row' }, 'raw'), n(treeSize(raw)), n(dagSize(raw))),
      h('tr', {}, h('th', { scope: 'row' }, 'simplified'), n(treeSize(simplified)), n(dagSize(simplified)))));
}

/** The simplified derivative as input text, to copy into the expression field (short ones only). */
function asText(e: Expr): HTMLElement | null {
  if (treeSize(e) > MAX_TEXT_NODES) return null;
  return h('p', { class: 'as-text' }, 'As text: ', h('code', { id: 'derivative-text' }, format(e)));
}

function drawing(expr: Expr, id: string): HTMLElement {
  const layout = layoutTree(expr);
  return withId(treeFigure(layout, sizeCaption(layout)), id);
}

/** A tree drawn only when its disclosure is first opened. */
function lazyTree(title: string, expr: Expr): HTMLElement {
  const details = h('details', {}, h('summary', {}, title));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) details.append(drawing(expr, 'raw-derivative-tree'));
  }, { once: false });
  return details;
}

function withId(element: HTMLElement, id: string): HTMLElement {
  element.id = id;
  return element;
}
