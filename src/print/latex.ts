// `toLatex`: KaTeX-ready LaTeX over the same precedence table and rendering engine as `format`:
// `\frac{a}{b}`, `a \cdot b` (a number coefficient juxtaposed: `2x`, `\frac{1}{3}x`), `x^{2}`,
// each function spelled by the table's `latex` column, `\left( … \right)` where the tree needs them.

import { assertNever, type Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { callTemplate } from './latex-calls.js';
import { latexConstant, latexNumber, latexVariable } from './latex-leaves.js';
import { ATOM, needsParens, OPERATORS, POWER, precedenceOf, UNARY, type OperatorKind, type Precedence } from './precedence.js';
import { pushOperand, render, type Layout, type Piece } from './render.js';

/** How a piece of LaTeX begins, to know whether a number coefficient may sit right before it. */
type Lead = 'digit' | 'minus' | 'letter' | 'fraction' | 'command' | 'other';

interface LatexLayout extends Layout {
  readonly lead: Lead;
}

function leadOf(text: string): Lead {
  if (/^[0-9.]/.test(text)) return 'digit';
  if (text.startsWith('-')) return 'minus';
  if (/^[A-Za-z]/.test(text)) return 'letter';
  if (text.startsWith('\\frac')) return 'fraction';
  return text.startsWith('\\') ? 'command' : 'other';
}

function layout(prec: Precedence, pieces: readonly Piece[], kids: readonly LatexLayout[]): LatexLayout {
  const [first] = pieces;
  const lead = typeof first === 'number' ? (kids[first] as LatexLayout).lead : leadOf(first ?? '');
  return { prec, pieces, lead };
}

const open = '\\left(';
const close = '\\right)';

/**
 * Parentheses as in `format`, and also around an operand that starts with a minus after `+`, `-`,
 * `\cdot` or a unary minus (`a - \left(-b\right)`, `a + \left(-3x\right)`, `-\left(-x\right)`),
 * which text may write but mathematics does not.
 */
const parenthesise = (op: OperatorKind, i: number, kid: LatexLayout): boolean =>
  needsParens(op, i, kid.prec) || ((i > 0 || op === 'neg') && kid.lead === 'minus');

/** `2x`, `-3\sin\left(x\right)`, `\frac{1}{3}x`: an exact number before a name, a command or `\left(`. */
function juxtaposes(node: Expr, kids: readonly LatexLayout[]): boolean {
  const [coefficient] = node.kind === 'mul' ? node.args : [];
  const next = kids[1];
  if (coefficient?.kind !== 'num' || coefficient.exact === null || next === undefined) return false;
  return parenthesise('mul', 1, next) || next.lead === 'letter' || next.lead === 'command';
}

/** The first operand of `op`, parenthesised if need be, after `before`. */
const operand = (op: OperatorKind, kids: readonly LatexLayout[], before: Piece[] = []): Piece[] =>
  pushOperand(before, 0, parenthesise(op, 0, kids[0] as LatexLayout), open, close);

function infix(op: OperatorKind, node: Expr, kids: readonly LatexLayout[], sign: string): LatexLayout {
  const pieces: Piece[] = [];
  const juxtaposed = op === 'mul' && juxtaposes(node, kids);
  kids.forEach((kid, i) => {
    if (i > 0) pieces.push(i === 1 && juxtaposed ? '' : sign);
    pushOperand(pieces, i, parenthesise(op, i, kid), open, close);
  });
  return layout(precedenceOf(op), pieces, kids);
}

function latexLayout(node: Expr, kids: readonly LatexLayout[]): LatexLayout {
  switch (node.kind) {
    case 'num': {
      const { text, prec } = latexNumber(node);
      return layout(prec, [text], kids);
    }
    case 'var':
      return layout(ATOM, [latexVariable(node.name)], kids);
    case 'const':
      return layout(ATOM, [latexConstant(node)], kids);
    case 'add':
    case 'sub':
    case 'mul':
      return infix(node.kind, node, kids, OPERATORS[node.kind].latex);
    case 'div':
      // A fraction binds like a power: `-\frac{a}{b}`, `a \cdot \frac{b}{c}`, but `\left(\frac{a}{b}\right)^{2}`.
      return layout(POWER, ['\\frac{', 0, '}{', 1, '}'], kids);
    case 'pow':
      return layout(POWER, [...operand('pow', kids), '^{', 1, '}'], kids);
    case 'neg':
      return layout(UNARY, operand('neg', kids, [OPERATORS.neg.latex]), kids);
    case 'call': {
      const { prec, pieces } = callTemplate(node.fn, node.args.length);
      return layout(prec, pieces, kids);
    }
    default:
      return assertNever(node);
  }
}

/**
 * KaTeX-ready LaTeX of `expr`: `\frac{a}{b}`, `a \cdot b` with a number coefficient juxtaposed
 * (`2x^{2}`, never two numbers side by side), `x^{2}`, `e^{x}`, `\pi`, `\sqrt{x}`, each function
 * as the function table's `latex` column spells it, floats in exponent form as `1.5 \cdot 10^{-7}`.
 * Iterative and linear in the output; throws `ExpressionTooLargeError` before building anything
 * when the output would pass `MAX_OUTPUT_CHARS` (10,000,000) characters.
 */
export function toLatex(expr: Expr): string {
  validateTree(expr);
  return render(expr, latexLayout, 'the LaTeX', undefined);
}
