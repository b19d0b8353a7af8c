// A call's LaTeX as a layout, from the function table's `latex` column only (never a case per
// function): the column is called once per function and arity with placeholder arguments, and the
// result is cut into text and child slots.

import { FUNCTIONS, type FunctionName } from '../ast/functions.js';
import { ATOM, POWER, type Precedence } from './precedence.js';
import type { Piece } from './render.js';

export interface CallTemplate {
  readonly pieces: readonly Piece[];
  /** POWER when the text carries its own top-level superscript (`e^{u}`): as a base it needs parentheses. */
  readonly prec: Precedence;
}

// Private-use characters cannot occur in the table's own LaTeX.
const slot = (i: number): string => `\uE000${i}\uE001`;
const SLOT = /\uE000(\d+)\uE001/;

const templates = new Map<string, CallTemplate>();

export function callTemplate(fn: FunctionName, arity: number): CallTemplate {
  const key = `${fn}/${arity}`;
  let template = templates.get(key);
  if (template === undefined) {
    const parts = FUNCTIONS[fn].latex(Array.from({ length: arity }, (_, i) => slot(i))).split(SLOT);
    // split with a capture group alternates text (even indexes) and slot numbers (odd indexes).
    const pieces = parts.map((part, j) => (j % 2 === 1 ? Number(part) : part)).filter((piece) => piece !== '');
    const text = parts.filter((_, j) => j % 2 === 0).join('');
    template = { pieces, prec: hasTopLevelSuperscript(text) ? POWER : ATOM };
    templates.set(key, template);
  }
  return template;
}

/** A `^` outside every brace group: `e^{}` has one, `\sqrt{}` and `\log_{}\left(\right)` do not. */
function hasTopLevelSuperscript(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '^' && depth === 0) return true;
  }
  return false;
}
