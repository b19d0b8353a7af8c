// The expression as the parser read it: typeset, with its size as a tree and as a DAG.

import { dagSize, treeSize, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { formula } from './formula.js';

export function expressionView(root: HTMLElement, expr: Expr): void {
  const tree = treeSize(expr);
  const dag = dagSize(expr);
  show(root,
    formula(expr, 'f = '),
    h('p', { class: 'note', id: 'expression-size' },
      `Size: ${tree.toLocaleString('en-US')} nodes as a tree, ${dag.toLocaleString('en-US')} as a DAG (each shared node counted once).`));
}
