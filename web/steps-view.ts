// The derivation step by step (derivationSteps, from the same D and simplifier as `diff`): each step
// names its rule and shows the whole line after it, and the node it applies to is highlighted in the
// expression's tree. "Hint first" names the rule before the result is shown, for a student to try.

import katex from 'katex';
import { derivationSteps, format, type DerivationStep, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { layoutTree } from './tree-layout.js';
import { sizeCaption, treeFigure } from './tree-svg.js';

/** More steps than this are listed, not typeset one by one (a long derivation still loads fast). */
const MAX_TYPESET_STEPS = 200;

/** What a rule is called on the page. */
export function ruleName(step: DerivationStep): string {
  if (step.rule === 'chain') return `chain rule (${step.fn ?? 'f'})`;
  if (step.rule === 'simplify') return `simplify: ${step.simplifierRule ?? 'rewrite'}`;
  return `${step.rule.replace('-', ' ')} rule`;
}

export interface StepsView {
  update(expr: Expr, variable: string): void;
}

export function createStepsView(root: HTMLElement): StepsView {
  const hint = h('input', { type: 'checkbox', id: 'steps-hint' });
  const status = h('p', { class: 'status', 'aria-live': 'polite', id: 'steps-status' });
  const body = h('div', { class: 'steps-body' });
  let steps: readonly DerivationStep[] = [];
  let expr: Expr | undefined;
  // Revealed: whole steps shown; with hints on, `peek` says the next rule is named but not done.
  let revealed = 0;
  let peek = false;
  const next = () => {
    if (revealed >= steps.length) return;
    if (hint.checked && !peek) peek = true;
    else {
      revealed++;
      peek = false;
    }
    draw();
  };
  const button = (label: string, id: string, run: () => void) => {
    const b = h('button', { type: 'button', id }, label);
    b.addEventListener('click', run);
    return b;
  };
  const controls = h('div', { class: 'controls' },
    button('Next step', 'steps-next', next),
    button('All steps', 'steps-all', () => { revealed = steps.length; peek = false; draw(); }),
    button('Restart', 'steps-restart', () => { revealed = 0; peek = false; draw(); }),
    h('label', { class: 'inline' }, hint, ' hint first (name the rule, then show it)'));
  hint.addEventListener('change', () => { peek = false; draw(); });
  show(root, controls, status, body);

  function draw(): void {
    if (expr === undefined) return;
    const current = steps[revealed - 1];
    const upcoming = peek ? steps[revealed] : undefined;
    const highlighted = (upcoming ?? current)?.at;
    status.textContent = revealed === 0 && !peek
      ? `${steps.length} steps: press Next step`
      : upcoming ? `Hint: the next step uses the ${ruleName(upcoming)}`
        : `Step ${revealed} of ${steps.length}: ${current ? ruleName(current) : ''}`;
    const layout = layoutTree(expr);
    const tree = treeFigure(layout, sizeCaption(layout), (node) => (highlighted !== undefined && node.expr === highlighted ? { current: true } : undefined));
    tree.id = 'steps-tree';
    const list = h('ol', { class: 'steps', id: 'steps-list' }, ...steps.slice(0, revealed).map((step, i) => stepItem(step, i === revealed - 1, i < MAX_TYPESET_STEPS)));
    show(body, tree, list);
  }

  return {
    update(e, variable) {
      try {
        steps = derivationSteps(e, variable).steps;
        expr = e;
        revealed = 0;
        peek = false;
        draw();
      } catch (error) {
        expr = undefined;
        show(body, errorBox(error));
      }
    },
  };
}

function stepItem(step: DerivationStep, current: boolean, typeset: boolean): HTMLElement {
  const line = h('div', { class: 'formula', 'data-text': step.text });
  if (typeset) katex.render(`= ${step.latex}`, line, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
  else line.textContent = `= ${step.text}`;
  return h('li', { class: current ? 'current' : undefined, 'data-rule': step.rule },
    h('span', { class: 'rule' }, ruleName(step)), ' at ', h('code', {}, format(step.at)), line);
}
