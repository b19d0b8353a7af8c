// What a node of an evaluation tree says in the page's drawings: formatTree's label for the node
// (operator, function, name or number), with the typeset glyphs for minus, times and pi.

import { type Expr } from '../src/index.js';
import { nodeLabel as textLabel } from '../src/index.js';

/** Longest label drawn in full; longer ones (a float's 17 digits, a long name) are cut with `…`. */
export const MAX_LABEL = 10;

/** `-` is only ever a subtraction's label, `*` a product's and `pi` the constant's (a reserved name). */
const GLYPHS: ReadonlyMap<string, string> = new Map([['-', '−'], ['*', '×'], ['pi', 'π']]);

/** The node's own label, without its children: `+ − × / ^`, `neg` for unary minus, names, numbers. */
export function nodeLabel(node: Expr): string {
  const label = textLabel(node);
  return GLYPHS.get(label) ?? label;
}

/** A label short enough for a box: long ones keep their start and end. */
export function shortLabel(label: string, max = MAX_LABEL): string {
  if (label.length <= max) return label;
  const head = Math.ceil((max - 1) / 2);
  return `${label.slice(0, head)}…${label.slice(label.length - (max - 1 - head))}`;
}

/** A number for a node's annotation: 4 significant digits, exponent form when very large or small. */
export function shortNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text = magnitude >= 1e5 || magnitude < 1e-3 ? value.toExponential(2) : String(Number(value.toPrecision(4)));
  return text.replaceAll('-', '−');
}
