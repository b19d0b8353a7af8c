// "Check my answer": a student's derivative compared with `diff` (checkDerivative): the verdict, a
// point where the two differ, and the mistake named (the classic wrong rule that gives the answer),
// its node highlighted in the expression's tree.

import { checkDerivative, format, parse, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { layoutTree } from './tree-layout.js';
import { sizeCaption, treeFigure } from './tree-svg.js';

export interface CheckView {
  update(expr: Expr, variable: string): void;
}

export function createCheckView(root: HTMLElement): CheckView {
  const answer = h('input', { type: 'text', id: 'check-answer', autocomplete: 'off', spellcheck: 'false', size: 40 });
  const form = h('form', { class: 'check-form', id: 'check-form' },
    h('label', { for: 'check-answer' }, 'Your derivative '), answer, ' ', h('button', { type: 'submit', id: 'check-go' }, 'Check'));
  const result = h('div', { id: 'check-result', 'aria-live': 'polite' });
  let expr: Expr | undefined;
  let variable = 'x';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (expr !== undefined) show(result, verdictOf(answer.value, expr, variable));
  });
  show(root, form, result);
  return {
    update(e, v) {
      expr = e;
      variable = v;
      show(result);
    },
  };
}

function verdictOf(text: string, expr: Expr, variable: string): HTMLElement {
  try {
    const check = checkDerivative(parse(text), expr, variable);
    const parts: (HTMLElement | string)[] = [h('p', { class: `verdict ${check.verdict}`, id: 'check-verdict' }, sentence(check.verdict))];
    if (check.counterexample) {
      const { point, answer, expected } = check.counterexample;
      const at = Object.entries(point).map(([name, value]) => `${name} = ${value}`).join(', ');
      parts.push(h('p', { id: 'check-counterexample' }, `At ${at} your answer is ${answer}, the derivative ${expected}.`));
    }
    if (check.mistake) {
      const { kind, at, message } = check.mistake;
      parts.push(h('p', { id: 'check-mistake', 'data-kind': kind }, h('strong', {}, kind), `: ${message} (at `, h('code', {}, format(at)), ')'));
      const layout = layoutTree(expr);
      parts.push(treeFigure(layout, sizeCaption(layout), (node) => (node.expr === at ? { current: true } : undefined)));
    }
    if (check.verdict !== 'correct') parts.push(h('p', { class: 'note' }, 'The derivative: ', h('code', {}, format(check.expected))));
    return h('div', {}, ...parts);
  } catch (error) {
    return errorBox(error);
  }
}

function sentence(verdict: 'correct' | 'incorrect' | 'undecided'): string {
  switch (verdict) {
    case 'correct': return 'Correct: your answer equals the derivative.';
    case 'incorrect': return 'Not the derivative.';
    case 'undecided': return 'Undecided: too few points where both are defined to be sure.';
  }
}
