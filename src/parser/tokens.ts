// The lexer: the tokens of the input language (CONTRACT.md "Input language"), one Chevrotain token each.
//
// Names are not keywords: whether a name is a function, a constant or a variable is decided by the
// grammar's actions, from the function table, so a new table row needs no new token.

import { createToken, Lexer, type TokenType } from './chevrotain.js';

const DIGITS = [...'0123456789'];
const NAME_START = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'];

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });

// A number is exact when typed as digits only, a float when it has a fraction or an exponent. Digits
// are required after a '.' (`1.` is not a number) and in an exponent (`2e` and `2e+x` are the number 2
// followed by the constant `e`).
//
// Each pair below (integer or decimal, variable or call) is told apart by the lexer, the common one
// first: its pattern refuses to stop where the text goes on as the other (a lookahead that also
// forbids a shorter match), so most tokens are matched by one regular expression, once.
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: Lexer.NA });
export const IntegerLiteral = createToken({
  name: 'IntegerLiteral', pattern: /[0-9]+(?![0-9]|\.[0-9]|[eE][+-]?[0-9])/, start_chars_hint: DIGITS,
  categories: NumberLiteral,
});
export const DecimalLiteral = createToken({
  name: 'DecimalLiteral', pattern: /[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+/,
  start_chars_hint: ['.', ...DIGITS], categories: NumberLiteral,
});

// A name followed by '(' (spaces allowed) is the name of a call: the grammar stays LL(1) without a
// gate. `x(1)` and `sinn(x)` lex as calls too, and the grammar names the error.
export const Identifier = createToken({
  name: 'Identifier', pattern: { exec: matchVariableName }, line_breaks: false, start_chars_hint: NAME_START,
});
export const CallName = createToken({ name: 'CallName', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10;

/**
 * A name not followed by '(': the same as the regular expression
 * /[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_]|[ \t\r\n]*\()/ but a character loop, as names are most of
 * the tokens and that lookahead was a tenth of the time spent parsing.
 */
function matchVariableName(text: string, offset: number): [string] | null {
  const first = text.charCodeAt(offset);
  if (!isNameChar(first) || (first >= 48 && first <= 57)) return null;
  let end = offset + 1;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return text.charCodeAt(next) === 40 ? null : [text.slice(offset, end)];
}

// Categories let one CONSUME take either operator of a level (the Chevrotain calculator's pattern).
// `+` and `-` are also the unary signs.
export const BinaryOperatorToken = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
export const AdditiveOperator = createToken({ name: 'AdditiveOperator', pattern: Lexer.NA });

export const Plus = createToken({ name: 'Plus', pattern: '+', categories: [AdditiveOperator, BinaryOperatorToken] });
export const Minus = createToken({ name: 'Minus', pattern: '-', categories: [AdditiveOperator, BinaryOperatorToken] });
// `**` is the same operator as `^`; it must be tried before `*`.
export const Caret = createToken({ name: 'Caret', pattern: /\^|\*\*/, start_chars_hint: ['^', '*'] });
export const Star = createToken({ name: 'Star', pattern: '*', categories: BinaryOperatorToken });
export const Slash = createToken({ name: 'Slash', pattern: '/', categories: BinaryOperatorToken });
export const LParen = createToken({ name: 'LParen', pattern: '(' });
export const RParen = createToken({ name: 'RParen', pattern: ')' });
export const Comma = createToken({ name: 'Comma', pattern: ',' });

export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, IntegerLiteral, DecimalLiteral, Identifier, CallName,
  Plus, Minus, Caret, Star, Slash, LParen, RParen, Comma,
  NumberLiteral, BinaryOperatorToken, AdditiveOperator,
];

export const lexer = new Lexer(ALL_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: true });
