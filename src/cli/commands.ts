// The one-shot commands and their options, as data: the argument parser, the help texts and the
// dispatcher read this table. Loads nothing of the library, so `--help` and usage errors start fast.

export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  latex: { type: 'boolean' },
  tree: { type: 'boolean' },
  json: { type: 'boolean' },
  share: { type: 'boolean' },
  order: { type: 'string' },
  scheme: { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;

export const OPTION_HELP: Readonly<Record<OptionName, string>> = {
  help: '-h, --help     this help',
  latex: '--latex        print LaTeX instead of text',
  tree: '--tree         print the evaluation tree instead of text',
  json: '--json         print one JSON object (shape: docs/cli.md)',
  share: '--share        print each repeated subexpression once, as a line `t1 = …`',
  order: '--order n      the order of the derivative (default 1)',
  scheme: '--scheme s     forward, backward or central (default central)',
};

export type CommandName = 'diff' | 'grad' | 'simplify' | 'eval' | 'tree' | 'latex' | 'fd' | 'backprop';

export interface CommandSpec {
  readonly name: CommandName;
  /** What follows `symdiff <name>` in the usage line. */
  readonly args: string;
  readonly summary: string;
  /** Options besides --help. */
  readonly options: readonly OptionName[];
  /** The bare words the command takes after the expression (`name=value` arguments are the point). */
  readonly words: readonly string[];
  readonly takesPoint: boolean;
  /** The --help text between the usage line and the options. */
  readonly about: string;
  readonly example: string;
}

const PRINTERS: readonly OptionName[] = ['latex', 'tree', 'json', 'share'];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'diff', args: '<expr> [<variable>] [--order n]', summary: 'the simplified derivative',
    options: ['order', ...PRINTERS], words: ['variable'], takesPoint: false,
    about: 'The simplified (partial) derivative. The variable may be left out when the expression has only one.',
    example: 'symdiff diff "cos(x)*exp(x^2)" x --order 2',
  },
  {
    name: 'grad', args: '<expr> [name=value ...]', summary: 'every partial derivative (and its value at a point)',
    options: PRINTERS, words: [], takesPoint: true,
    about: 'One line per partial derivative, `x: ∂f/∂x`, for every variable of the expression (and of the point).\n' +
      'With a point, each line ends with the partial\'s value there, ` = 2.54…` (reverse-mode AD).',
    example: 'symdiff grad "x*y + sin(x)" x=1 y=2',
  },
  {
    name: 'simplify', args: '<expr>', summary: 'the simplified form',
    options: PRINTERS, words: [], takesPoint: false,
    about: 'The canonical simplified form: sums and products collected, exact numbers folded.',
    example: 'symdiff simplify "x*x + 2*x*x"',
  },
  {
    name: 'eval', args: '<expr> [name=value ...]', summary: 'the value at a point',
    options: ['json'], words: [], takesPoint: true,
    about: 'The numeric value at the point (IEEE: 1/0 is Infinity). A value may be any constant expression: x=pi/4.',
    example: 'symdiff eval "x^2 + y" x=3 y=-1',
  },
  {
    name: 'tree', args: '<expr>', summary: 'the evaluation tree, as typed',
    options: ['json'], words: [], takesPoint: false,
    about: 'The evaluation tree of the expression exactly as typed, one node a line.',
    example: 'symdiff tree "cos(x)*exp(x^2)"',
  },
  {
    name: 'latex', args: '<expr>', summary: 'LaTeX, as typed',
    options: ['json'], words: [], takesPoint: false,
    about: 'The expression exactly as typed, in LaTeX (KaTeX-compatible).',
    example: 'symdiff latex "sqrt(x)/2"',
  },
  {
    name: 'fd', args: '<expr> [<variable>] name=value ... [--scheme s]', summary: 'finite differences, step by step',
    options: ['scheme', 'json'], words: ['variable'], takesPoint: true,
    about: 'The finite-difference estimate of the derivative for steps h = 1e-1 … 1e-16, each with its error\n' +
      'against the exact derivative (forward-mode AD); the best row is marked. The point binds every variable.',
    example: 'symdiff fd "cos(x)*exp(x^2)" x x=1 --scheme forward',
  },
  {
    name: 'backprop', args: '<expr> [name=value ...]', summary: 'reverse mode: each node\'s value and adjoint',
    options: ['json'], words: [], takesPoint: true,
    about: 'Reverse-mode AD shown: the evaluation tree with each node\'s value (forward pass) and adjoint\n' +
      '(backward pass, ∂f/∂node). The adjoint of a variable is its partial derivative.',
    example: 'symdiff backprop "x*y + sin(x)" x=1 y=2',
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((spec) => spec.name === name);
}
