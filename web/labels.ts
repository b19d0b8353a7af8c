// What a node of an evaluation tree says in the page's drawings: its operator, function, name or number.

import { assertNever } from '../src/ast/expr.js';
import { format, type Expr } from '../src/index.js';

/** Longest label drawn in full; longer ones (a float's 17 digits, a long name) are cut with `…`. */
export const MAX_LABEL = 10;

/** The node's own label, without its children: `+ − × / ^`, `neg` for unary minus, names, numbers. */
export function nodeLabel(node: Expr): string {
  switch (node.kind) {
    case 'num':
      return format(node);
    case 'var':
      return node.name;
    case 'const':
      return node.name === 'pi' ? 'π' : 'e';
    case 'add':
      return '+';
    case 'sub':
      return '−';
    case 'mul':
      return '×';
    case 'div':
      return '/';
    case 'pow':
      return '^';
    case 'neg':
      // Not `−`: a unary minus has one child, a subtraction two, and the drawing should say which.
      return 'neg';
    case 'call':
      return node.fn;
    default:
      return assertNever(node);
  }
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
