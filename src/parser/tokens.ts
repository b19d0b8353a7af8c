// The lexer: the tokens of the input language (CONTRACT.md "Input language"), one Chevrotain token each.
//
// Names are not keywords: whether a name is a function, a constant or a variable is decided by the
// grammar's actions, from the function table, so a new table row needs no new token.

import { createToken, Lexer, type TokenType } from 'chevrotain';

const NAME_START = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'];

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });

// A number is exact when typed as digits only, a float when it has a fraction or an exponent; the
// lexer tells them apart. Digits are required after a '.' (`1.` is not a number) and in an exponent
// (`2e` and `2e+x` are the number 2 followed by the constant `e`). Decimal is tried first.
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: Lexer.NA });
export const DecimalLiteral = createToken({
  name: 'DecimalLiteral', pattern: /[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+/,
  start_chars_hint: ['.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], categories: NumberLiteral,
});
export const IntegerLiteral = createToken({ name: 'IntegerLiteral', pattern: /[0-9]+/, categories: NumberLiteral });
// A name directly followed by '(' (spaces allowed) is a call's name: telling it apart here keeps the
// grammar LL(1) without a gate, and `x(1)` or `sinn(x)` still reach the grammar, which names the error.
export const CallName = createToken({
  name: 'CallName', pattern: /[A-Za-z_][A-Za-z0-9_]*(?=[ \t\r\n]*\()/, start_chars_hint: NAME_START,
});
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });

// Categories let one CONSUME take either operator of a level (the Chevrotain calculator's pattern).
// `+` and `-` are also the unary signs.
export const BinaryOperatorToken = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
export const AdditiveOperator = createToken({ name: 'AdditiveOperator', pattern: Lexer.NA });

export const Plus = createToken({ name: 'Plus', label: "'+'", pattern: '+', categories: [AdditiveOperator, BinaryOperatorToken] });
export const Minus = createToken({ name: 'Minus', label: "'-'", pattern: '-', categories: [AdditiveOperator, BinaryOperatorToken] });
// `**` is the same operator as `^`; it must be tried before `*`.
export const Caret = createToken({ name: 'Caret', label: "'^'", pattern: /\^|\*\*/, start_chars_hint: ['^', '*'] });
export const Star = createToken({ name: 'Star', label: "'*'", pattern: '*', categories: BinaryOperatorToken });
export const Slash = createToken({ name: 'Slash', label: "'/'", pattern: '/', categories: BinaryOperatorToken });
export const LParen = createToken({ name: 'LParen', label: "'('", pattern: '(' });
export const RParen = createToken({ name: 'RParen', label: "')'", pattern: ')' });
export const Comma = createToken({ name: 'Comma', label: "','", pattern: ',' });

export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, DecimalLiteral, IntegerLiteral, CallName, Identifier, Plus, Minus, Caret, Star, Slash, LParen, RParen, Comma,
  NumberLiteral, BinaryOperatorToken, AdditiveOperator,
];

export const lexer = new Lexer(ALL_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: true });
