// parse: text to the exact expression tree it spells, or exactly one ParseError saying what is wrong
// and where. The lexer, the grammar and the parser instance are built once, at module load.

import type { Expr } from '../ast/expr.js';
import { ParseError } from '../errors.js';
import { ExpressionParser, MAX_NESTING } from './grammar.js';
import { lexingError, recognitionError } from './messages.js';
import { lexer } from './tokens.js';

export { MAX_NESTING } from './grammar.js';

const parser = new ExpressionParser();

export function parse(source: string): Expr {
  if (typeof source !== 'string') throw new ParseError('expected a string', '', 0);
  const { tokens, errors } = lexer.tokenize(source);
  // A stray character is reported first, even when a syntax error comes before it.
  const lexError = errors[0];
  if (lexError !== undefined) throw lexingError(source, lexError);
  if (tokens.length === 0) throw new ParseError('empty input', source, 0);
  try {
    const tree = parser.run(source, tokens);
    const error = parser.errors[0];
    if (error !== undefined) throw recognitionError(source, tokens, error);
    return tree;
  } catch (e) {
    // The nesting limit keeps recursion shallow; this is the safety net for a caller already deep
    // in its own stack.
    if (e instanceof RangeError) {
      throw new ParseError(`nested too deeply for the stack (the limit is ${MAX_NESTING} levels)`, source, parser.position());
    }
    throw e;
  } finally {
    parser.release();
  }
}
