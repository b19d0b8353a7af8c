// The REPL's commands and its :help text (no library code: the terminal front end completes
// command names before the library has loaded).

import { CATALOGUE, type ReplCommandName } from './catalogue.js';

export type { ReplCommandName } from './catalogue.js';

/** The REPL's commands: the catalogue's rows with a `repl` part. */
export const REPL_COMMANDS: readonly { name: ReplCommandName; usage: string; what: string }[] = CATALOGUE.flatMap((row) =>
  ('repl' in row ? [{ name: row.name as ReplCommandName, ...row.repl }] : []));

export function replHelp(): string {
  const width = Math.max(...REPL_COMMANDS.map((c) => c.usage.length));
  return [
    'Statements (a line with parentheses open goes on on the next line; an empty line or a :command',
    'ends it):',
    '  <expr>                its simplified form, and its value when no variable is left: pi/4 + 1',
    '  name = <expr>         a definition: f = x^2*sin(x), then f + 1, d/dx f, f at x=2',
    '  <expr> at x=2, y=3    the point substituted (exact where it can be), and the value',
    '  d/dx <expr>           the derivative; d^2/dx^2 <expr> the second; d/dx d/dy <expr> a mixed one',
    '  # comment             ignored',
    '',
    'A definition is expanded when it is made: its right side is read with the definitions of that',
    'moment, so f = f + 1 adds 1 to the old f, and redefining f later leaves g = 2*f as it was.',
    'A point value is an expression: x=pi/4, x=-1, x=y+1 (after at; a command needs numbers).',
    'A line that starts with d/dx is a derivative: to divide d by dx, write (d)/dx.',
    '',
    'Commands (what follows the expression is separated by commas; <expr> may be d/dx <expr>):',
    ...REPL_COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.what}`),
  ].join('\n');
}
