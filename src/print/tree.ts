// `formatTree`: the evaluation tree drawn in text, one node a line, children below their parent
// with box-drawing branches; deep subtrees abbreviated to one line.

import { assertNever, children, isLeaf, type Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { foldAll } from '../ast/walk.js';
import { ExpressionTooLargeError } from '../errors.js';
import { numberText } from './number-text.js';
import { MAX_OUTPUT_CHARS } from './render.js';

/** Depth (the root is at depth 0) at which a subtree with an operator is drawn as one line `… (N nodes)`. */
export const MAX_TREE_DEPTH = 64;

/** A node's line: `+ - * / ^` for the operators, `neg` for unary minus, names, numbers as `format` prints them. */
export function nodeLabel(node: Expr): string {
  switch (node.kind) {
    case 'num':
      return numberText(node).text;
    case 'var':
    case 'const':
      return node.name;
    case 'add':
      return '+';
    case 'sub':
      return '-';
    case 'mul':
      return '*';
    case 'div':
      return '/';
    case 'pow':
      return '^';
    case 'neg':
      // Not `-`: a unary minus has one child, a subtraction two, and the drawing should say which.
      return 'neg';
    case 'call':
      return node.fn;
    default:
      return assertNever(node);
  }
}

interface Row {
  readonly node: Expr;
  readonly depth: number;
  /** What precedes the label on this node's line. */
  readonly branch: string;
  /** What precedes its children's branches. */
  readonly indent: string;
}

/**
 * The tree drawn one node a line (shared subtrees drawn wherever they occur). Labels: `+ - * / ^` for
 * the operators (a sum or product of n operands has n children), `neg` for unary minus, function
 * names, numbers and names as `format` prints them. E.g. `cos(x)*exp(x^2)`:
 * ```
 * *
 * ├─ cos
 * │  └─ x
 * └─ exp
 *    └─ ^
 *       ├─ x
 *       └─ 2
 * ```
 * A subtree with an operator at depth `MAX_TREE_DEPTH` (64) is drawn as one line `… (N nodes)`, so a
 * 100,000-deep tree draws in 65 lines. Throws `ExpressionTooLargeError` as soon as the drawing would
 * pass `MAX_OUTPUT_CHARS` (10,000,000) characters (a wide DAG can unroll to 2^64 lines within that depth).
 */
export function formatTree(expr: Expr): string {
  validateTree(expr);
  const sizes = new Map<Expr, number>();
  const lines: string[] = [];
  let length = 0;
  const stack: Row[] = [{ node: expr, depth: 0, branch: '', indent: '' }];
  while (stack.length > 0) {
    const { node, depth, branch, indent } = stack.pop() as Row;
    const abbreviated = depth >= MAX_TREE_DEPTH && !isLeaf(node);
    const line = branch + (abbreviated ? `… (${subtreeSize(node, sizes).toLocaleString('en-US')} nodes)` : nodeLabel(node));
    length += line.length + 1;
    if (length > MAX_OUTPUT_CHARS + 1) throw new ExpressionTooLargeError('the tree drawing', MAX_OUTPUT_CHARS,
      'format(expr, { share: true }) prints each repeated subexpression once');
    lines.push(line);
    if (abbreviated) continue;
    const kids = children(node);
    // Pushed last child first, so the first child is drawn next.
    for (let i = kids.length - 1; i >= 0; i--) {
      const last = i === kids.length - 1;
      stack.push({
        node: kids[i] as Expr, depth: depth + 1, branch: indent + (last ? '└─ ' : '├─ '), indent: indent + (last ? '   ' : '│  '),
      });
    }
  }
  return lines.join('\n');
}

/** Nodes of the unrolled subtree (a double), memoised across the drawing so the whole is linear. */
function subtreeSize(node: Expr, sizes: Map<Expr, number>): number {
  foldAll<number>([node], (_, kids) => kids.reduce((sum, k) => sum + k, 1), sizes);
  return sizes.get(node) as number;
}
