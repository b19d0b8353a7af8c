// An error shown where the thing it stops would have been: a parse error with the typed line and a
// caret under the offending character, any other error by its name and message. Never a blank page.

import { ParseError } from '../src/index.js';
import { h } from './dom.js';

export function errorBox(error: unknown): HTMLElement {
  if (error instanceof ParseError) {
    return h('div', { class: 'error', role: 'alert' },
      h('p', { class: 'reason' }, `${error.name}: ${error.reason} (column ${error.column}${error.line > 1 ? `, line ${error.line}` : ''})`),
      h('pre', { class: 'caret' }, error.caret));
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return h('div', { class: 'error', role: 'alert' }, h('p', { class: 'reason' }, text));
}
