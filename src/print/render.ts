// The engine behind `format` and `toLatex`: each distinct node is laid out once, as text pieces and
// child slots with the precedence of its top-level operator; the unrolled length is summed bottom-up
// and checked against the limit BEFORE any text is built; then one explicit-stack pass emits the
// pieces into an array joined once (no deep string ropes, no recursion, whatever the depth).

import { ExpressionTooLargeError } from '../errors.js';
import type { Expr } from '../ast/expr.js';
import { foldAll } from '../ast/walk.js';
import type { Precedence } from './precedence.js';

/**
 * The most characters `format` and `toLatex` print (and `formatTree` draws). Past it they throw
 * `ExpressionTooLargeError` before building anything: a DAG with shared subtrees can unroll to
 * 2^100 nodes, which `format(expr, { share: true })` prints in size linear in its distinct nodes.
 */
export const MAX_OUTPUT_CHARS = 10_000_000;

/** A piece of a node's text: literal text, or the index of a child whose text goes there. */
export type Piece = string | number;

export interface Layout {
  /** The precedence of the text's top-level operator (what its parent compares to add parentheses). */
  readonly prec: Precedence;
  readonly pieces: readonly Piece[];
}

/** A node's layout, from the node and its children's layouts (a printer may add fields to them). */
export type LayoutRule<L extends Layout> = (node: Expr, kids: readonly L[]) => L;

/** A node's layout with its children's, and the length of its unrolled text (a double). */
interface Measured<L extends Layout> {
  readonly layout: L;
  readonly kids: readonly Measured<L>[];
  readonly width: number;
}

/** The text of `root` laid out by `rule`; `what` names the output in the error past `limit` characters. */
export function render<L extends Layout>(root: Expr, rule: LayoutRule<L>, what: string, limit = MAX_OUTPUT_CHARS): string {
  const measured = foldAll<Measured<L>>([root], (node, kids) => measure(rule(node, kids.map((k) => k.layout)), kids));
  const top = measured.get(root) as Measured<L>;
  if (top.width > limit) throw new ExpressionTooLargeError(what, limit);
  return emit(top);
}

function measure<L extends Layout>(layout: L, kids: readonly Measured<L>[]): Measured<L> {
  let width = 0;
  for (const piece of layout.pieces) width += typeof piece === 'string' ? piece.length : (kids[piece] as Measured<L>).width;
  return { layout, kids, width };
}

function emit(root: Measured<Layout>): string {
  const out: string[] = [];
  const stack: (string | Measured<Layout>)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as string | Measured<Layout>;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const { layout: { pieces }, kids } = item;
    // Pushed in reverse so they pop in reading order.
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i] as Piece;
      stack.push(typeof piece === 'number' ? (kids[piece] as Measured<Layout>) : piece);
    }
  }
  return out.join('');
}

/** Appends child `i`, between `open` and `close` when it needs parentheses. */
export function pushOperand(pieces: Piece[], i: number, parenthesise: boolean, open: string, close: string): Piece[] {
  if (parenthesise) pieces.push(open, i, close);
  else pieces.push(i);
  return pieces;
}
