// The infix text of a tree in the input language with the fewest parentheses that keep the exact
// tree: one layout per node kind over the precedence table, rendered by the shared engine.

import { assertNever, type Expr } from '../ast/expr.js';
import { numberText } from './number-text.js';
import { ATOM, needsParens, OPERATORS, precedenceOf, type OperatorKind } from './precedence.js';
import { pushOperand, render, type Layout, type Piece } from './render.js';

/** `a + b`, `a - b`, `2*x`, `a/b`, `x^2`: operands joined by the operator, each wrapped if it binds looser. */
function infix(op: OperatorKind, kids: readonly Layout[], sign: string): Layout {
  const pieces: Piece[] = [];
  kids.forEach((kid, i) => {
    if (i > 0) pieces.push(sign);
    pushOperand(pieces, i, needsParens(op, i, kid.prec), '(', ')');
  });
  return { prec: precedenceOf(op), pieces };
}

function callPieces(fn: string, arity: number): Piece[] {
  const pieces: Piece[] = [fn, '('];
  for (let i = 0; i < arity; i++) pieces.push(...(i > 0 ? [', ', i] : [i]));
  pieces.push(')');
  return pieces;
}

export function infixLayout(node: Expr, kids: readonly Layout[]): Layout {
  switch (node.kind) {
    case 'num': {
      const { text, prec } = numberText(node);
      return { prec, pieces: [text] };
    }
    case 'var':
    case 'const':
      return { prec: ATOM, pieces: [node.name] };
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      return infix(node.kind, kids, OPERATORS[node.kind].text);
    case 'neg':
      return { prec: precedenceOf('neg'), pieces: pushOperand([OPERATORS.neg.text], 0, needsParens('neg', 0, (kids[0] as Layout).prec), '(', ')') };
    case 'call':
      return { prec: ATOM, pieces: callPieces(node.fn, kids.length) };
    default:
      return assertNever(node);
  }
}

/** The infix text of `expr` (throws ExpressionTooLargeError past `limit` characters). */
export function formatInfix(expr: Expr, limit?: number): string {
  return render(expr, infixLayout, 'the formatted expression', limit);
}
