// The gradient for several variables: each simplified partial (`gradient`, one symbolic reverse sweep
// sharing subexpressions between partials) beside its value at the point by reverse-mode AD
// (`valueAndGrad`). The symbolic column is built once per expression; the numbers per point.

import { distinctOperatorCount, gradient, toLatex, valueAndGrad, variable, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { formula, lazyFormula } from './formula.js';

/** Up to this many partials are typeset at once; more are typeset as they scroll into view. */
const EAGER = 16;

export type PointUpdate = (point: Record<string, number>) => void;

export function gradientView(root: HTMLElement, expr: Expr, names: readonly string[]): PointUpdate {
  if (names.length === 0) {
    show(root, h('p', { class: 'note' }, 'No variables: the gradient is empty.'));
    return () => {};
  }
  try {
    const partials = gradient(expr, [...names]);
    const cells = new Map<string, HTMLElement>();
    const rows = names.map((name) => {
      const cell = h('td', { class: 'num', 'data-variable': name });
      cells.set(name, cell);
      const symbol = `\\frac{\\partial f}{\\partial ${toLatex(variable(name))}} = `;
      const typeset = names.length > EAGER ? lazyFormula : formula;
      return h('tr', {}, h('td', {}, typeset(partials[name] as Expr, symbol)), cell);
    });
    const value = h('p', { class: 'gradient-value' });
    const shared = distinctOperatorCount(...Object.values(partials));
    show(root,
      h('p', { class: 'note' }, `All ${names.length} partials together hold ${shared.toLocaleString('en-US')} distinct operators (shared subexpressions counted once).`),
      value,
      h('div', { class: 'scroll gradient-table' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'partial (symbolic, simplified)'), h('th', { scope: 'col' }, 'at the point (reverse mode)'))),
        h('tbody', {}, ...rows))));
    return (point) => {
      try {
        const result = valueAndGrad(expr, point);
        value.textContent = `f = ${result.value} at the point.`;
        for (const [name, cell] of cells) cell.textContent = String(result.gradient[name]);
      } catch (error) {
        show(value, errorBox(error));
      }
    };
  } catch (error) {
    show(root, errorBox(error));
    return () => {};
  }
}
