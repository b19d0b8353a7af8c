// parse: text to the exact expression tree it spells, or exactly one ParseError saying what is wrong
// and where. The lexer, the grammar and the parser instance are built once, at module load.

import type { Expr } from '../ast/expr.js';
import { ParseError } from '../errors.js';
import { ExpressionParser, MAX_NESTING } from './grammar.js';
import { lexingError, recognitionError } from './messages.js';
import { lexer } from './tokens.js';

export { MAX_NESTING } from './grammar.js';

const parser = new ExpressionParser();

/** The tree `source` spells, exactly as typed; a ParseError for any invalid input. */
export function parse(source: string): Expr {
  if (typeof source !== 'string') throw new ParseError('expected a string', '', 0);
  try {
    return parseText(source);
  } catch (e) {
    // The nesting limit keeps recursion shallow; this is the safety net for a caller that is already
    // deep in its own stack when it calls parse.
    if (e instanceof RangeError) {
      const reason = `nested too deeply for the stack (the limit is ${MAX_NESTING} levels)`;
      throw new ParseError(reason, source, parser.position());
    }
    throw e;
  } finally {
    // Forget the input, so a large one is not kept alive. Left with no stack at all, give up tidying:
    // the next parse replaces the input anyway, and nothing but a ParseError may leave parse.
    try {
      parser.release();
    } catch {
      // nothing to do
    }
  }
}

function parseText(source: string): Expr {
  const { tokens, errors } = lexer.tokenize(source);
  // A stray character is reported first, even when a syntax error comes before it.
  const lexError = errors[0];
  if (lexError !== undefined) throw lexingError(source, lexError);
  if (tokens.length === 0) throw new ParseError('empty input', source, 0);
  const tree = parser.run(source, tokens);
  const error = parser.errors[0];
  if (error !== undefined) throw recognitionError(source, tokens, error);
  return tree;
}
