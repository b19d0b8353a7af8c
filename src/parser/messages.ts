// The lexer's and Chevrotain's errors in the user's terms: one ParseError at the offending character,
// never Chevrotain's wording or its token names.

import { EOF, type ILexingError, type IRecognitionException, type IToken, type TokenType } from './chevrotain.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import { ParseError } from '../errors.js';
import { isConstantName } from '../ast/constants.js';
import { aritiesOf } from './literals.js';
import { CallName, DecimalLiteral, Identifier, IntegerLiteral, LParen, RParen } from './tokens.js';

/** A character the lexer could not read: `unexpected character '#'`, or a '.' without its digits. */
export function lexingError(source: string, error: ILexingError): ParseError {
  const { offset } = error;
  const char = String.fromCodePoint(source.codePointAt(offset) ?? 0);
  // A '.' that does not start a number has no digit after it (`1.`, `1..2`, `x.y`): say where one goes.
  if (char === '.') return new ParseError("expected a digit after '.'", source, offset + 1);
  return new ParseError(`unexpected character ${showCharacter(char)}`, source, offset);
}

function showCharacter(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `'${char}'`;
  // Invisible characters (a no-break space, a control character) are named by their code point.
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code}`;
}

const endsOperand = (t: TokenType): boolean =>
  t === IntegerLiteral || t === DecimalLiteral || t === Identifier || t === RParen;
const startsOperand = (t: TokenType): boolean =>
  t === IntegerLiteral || t === DecimalLiteral || t === Identifier || t === CallName || t === LParen;

/**
 * A syntax error, told from the tokens on each side of the place where parsing stopped rather than
 * from Chevrotain's exception type:
 * - two operands side by side (`2 3`, `x y`, `(x)2`): `expected an operator between '2' and '3'`;
 * - nothing that ends an operand before it (`x+`, `()`, `*x`): `expected an expression`;
 * - after a complete operand, the only token the grammar can demand is ')' (`(x`); any other stray
 *   token is a ')' or ',' with nothing to close or separate: `unexpected ')'`.
 */
export function recognitionError(source: string, tokens: readonly IToken[], error: IRecognitionException): ParseError {
  const next = error.token;
  const atEnd = next.tokenType === EOF;
  const offset = atEnd ? source.length : next.startOffset;
  const previous = tokens[atEnd ? tokens.length - 1 : tokens.indexOf(next) - 1];
  if (previous === undefined || !endsOperand(previous.tokenType)) {
    return new ParseError('expected an expression', source, offset);
  }
  if (!atEnd && startsOperand(next.tokenType)) {
    return new ParseError(`expected an operator between ${showToken(previous)} and ${showToken(next)}`, source, offset);
  }
  if (error.name === 'MismatchedTokenException') return new ParseError("expected ')'", source, offset);
  return new ParseError(`unexpected ${showToken(next)}`, source, offset);
}

/** Why a name followed by '(' cannot be called. */
export const notAFunction = (name: string): string =>
  (isConstantName(name) ? `${quoted(name)} is a constant, not a function` : `unknown function ${quoted(name)}`);

/** `'log' takes 1 or 2 arguments`, `'sin' takes 1 argument`, under the name the user typed. */
export function arityMessage(typed: string, fn: FunctionName): string {
  const arities = aritiesOf(typed, fn);
  const plural = arities.length > 1 || arities[0] !== 1;
  return `${quoted(typed)} takes ${arities.join(' or ')} argument${plural ? 's' : ''}`;
}

const SHOWN_LENGTH = 20;

/** Text in quotes, cut short when long (a 1 MB name is not repeated in full). */
function quoted(text: string): string {
  return `'${text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text}'`;
}

const showToken = (token: IToken): string => quoted(token.image);
