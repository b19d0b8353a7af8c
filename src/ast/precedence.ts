// The precedence ladder of the input language: how tightly each operator binds and how tightly each
// of its operands must bind to be written without parentheses (the operator table's `precedence`
// column; `format` and `toLatex` read it through print/precedence.ts).
//
// Loosest first: `+ -` (left) < `* /` (left) < unary minus < `^` (right) < atoms (numbers, names,
// calls, anything already in parentheses). A printed piece of text carries the precedence of its
// top-level operator; its parent wraps it in parentheses when that is looser than the operand needs.

export const SUM = 1;
export const PRODUCT = 2;
export const UNARY = 3;
export const POWER = 4;
export const ATOM = 5;
export type Precedence = typeof SUM | typeof PRODUCT | typeof UNARY | typeof POWER | typeof ATOM;

/** An operator's own precedence and the loosest precedence each operand may have unparenthesised. */
export interface OperatorPrecedence {
  readonly own: Precedence;
  /** The first operand (and every operand of an n-ary sum or product but the later ones). */
  readonly first: Precedence;
  /** The operands after the first. */
  readonly rest: Precedence;
}

/*
 * Left-associative operators take their own level on the left and a tighter one on the right, so
 * `a - (b - c)` and `a + (b + c)` keep their parentheses (the tree is preserved, not just the value).
 * `^` is right-associative (`a^b^c` is `a^(b^c)`, `(a^b)^c` needs them) and its exponent, as in the
 * grammar, may be a unary minus (`x^-2`). Unary minus takes a power or an atom (`-x^2`, `-(a*b)`).
 */
