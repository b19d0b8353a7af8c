// A formula on the page: the library's LaTeX typeset by KaTeX (bundled, no network), or, when the
// LaTeX is too long to typeset quickly, the shared text form with a note saying why.

import katex from 'katex';
import { format, toLatex, type Expr } from '../src/index.js';
import { h } from './dom.js';
import { errorBox } from './error-view.js';

/** LaTeX longer than this is shown as text: KaTeX would take seconds and the result is unreadable anyway. */
export const MAX_TYPESET = 20_000;
/** Text longer than this is cut, with a note. */
const MAX_TEXT = 4_000;

export function formula(expr: Expr, prefix = ''): HTMLElement {
  try {
    const latex = toLatex(expr);
    if (latex.length > MAX_TYPESET) return asText(expr, `${latex.length.toLocaleString('en-US')} characters of LaTeX: too long to typeset, shown as text with repeated parts named`);
    const box = h('div', { class: 'formula', 'data-latex': latex });
    katex.render(prefix + latex, box, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
    return box;
  } catch (error) {
    return errorBox(error);
  }
}

/**
 * The same, typeset only when it first scrolls into view: a table of 200 partials would otherwise cost
 * the page a second of KaTeX up front.
 */
export function lazyFormula(expr: Expr, prefix = ''): HTMLElement {
  const box = h('div', { class: 'formula pending' }, '…');
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    box.replaceWith(formula(expr, prefix));
  }, { rootMargin: '200px' });
  observer.observe(box);
  return box;
}

function asText(expr: Expr, why: string): HTMLElement {
  try {
    const text = format(expr, { share: true });
    const cut = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n… (${(text.length - MAX_TEXT).toLocaleString('en-US')} more characters)` : text;
    return h('div', { class: 'formula-text' }, h('p', { class: 'note' }, why), h('pre', {}, cut));
  } catch (error) {
    return errorBox(error);
  }
}
