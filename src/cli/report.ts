// Any error as the one line a user reads (plus where, for a parse error): never a stack trace.

import { ExpressionTooLargeError, InvalidArgumentError, ParseError, UnboundVariableError } from '../errors.js';
import { UsageError, UserError } from './cli-errors.js';

/** An error as plain data (it crosses from the REPL's worker thread to the terminal). */
export interface Problem {
  readonly message: string;
  /** For a parse error (whose message is then the reason alone): where in the text typed. */
  readonly at?: Location;
}

export interface Location {
  readonly source: string;
  /** The offending character's offset in `source`. */
  readonly offset: number;
}

/** `shareHint` says how to ask for shared printing where the error is shown (`--share`, `:share on`). */
export function problemOf(e: unknown, shareHint: string): Problem {
  if (e instanceof ParseError) return { message: e.reason, at: { source: e.source, offset: e.offset } };
  if (e instanceof ExpressionTooLargeError) {
    // The library's hint names its own API; here the user asks for shared printing with shareHint.
    if (!e.sharing) return { message: e.message };
    return { message: `${e.problem}; ${shareHint} prints each repeated subexpression once` };
  }
  if (e instanceof UnboundVariableError || e instanceof InvalidArgumentError || e instanceof UserError || e instanceof UsageError) {
    return { message: e.message };
  }
  if (e instanceof RangeError) {
    // The library is iterative; this is the safety net for a limit of the engine (string or array length).
    return { message: /call stack/.test(e.message) ? 'too deeply nested for this operation' : `the result is too large (${e.message})` };
  }
  return { message: `internal error: ${e instanceof Error ? e.message : String(e)}`.split('\n')[0] as string };
}

/** The line and column (1-based) of a location, and the offending line with a caret under it. */
export function located(at: Location): { line: number; column: number; caret: string } {
  const e = new ParseError('', at.source, at.offset);
  return { line: e.line, column: e.column, caret: e.caret };
}

/** `column 7`, or `line 2, column 7` in a text of several lines. */
export function positionText(at: Location): string {
  const { line, column } = located(at);
  return at.source.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
}

/** The problem as printed on stderr: the message (with the position), then the caret drawing if any. */
export function problemText(problem: Problem, prefix = ''): string {
  const { message, at } = problem;
  return at === undefined ? `${prefix}${message}` : `${prefix}${message} (${positionText(at)})\n${located(at).caret}`;
}
