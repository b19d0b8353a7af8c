// The REPL's commands and its :help text (no library code: the terminal front end completes
// command names before the library has loaded).

export const REPL_COMMANDS = [
  { name: 'diff', usage: ':diff <expr>[, x][, n]', what: 'the n-th derivative in x (x may go when there is one variable)' },
  { name: 'grad', usage: ':grad <expr>[, x=1, y=2]', what: 'every partial derivative, with its value at the point' },
  { name: 'simplify', usage: ':simplify <expr>', what: 'the simplified form' },
  { name: 'eval', usage: ':eval <expr>, x=1, y=2', what: 'the numeric value at the point' },
  { name: 'tree', usage: ':tree <expr>', what: 'the evaluation tree, as typed' },
  { name: 'latex', usage: ':latex <expr>', what: 'LaTeX, as typed' },
  { name: 'fd', usage: ':fd <expr>[, x], x=1[, forward]', what: 'finite differences for h = 1e-1 … 1e-16 (scheme: forward, backward, central)' },
  { name: 'backprop', usage: ':backprop <expr>, x=1, y=2', what: 'reverse mode: each node\'s value and adjoint' },
  { name: 'vars', usage: ':vars', what: 'the definitions' },
  { name: 'forget', usage: ':forget f[, g]', what: 'drop definitions' },
  { name: 'share', usage: ':share on|off', what: 'print each repeated subexpression once (t1 = …), for large results' },
  { name: 'help', usage: ':help', what: 'this help' },
  { name: 'quit', usage: ':quit', what: 'leave (so does Ctrl-D); Ctrl-C clears the line or stops a computation' },
] as const;

export type ReplCommandName = (typeof REPL_COMMANDS)[number]['name'];

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
