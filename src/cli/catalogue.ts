// The one catalogue of commands: each row is a command of the command line (`symdiff diff …`), of
// the REPL (`:diff …`), or both, with its help texts. The argument parser, the help texts, both
// dispatchers and tab completion read it. Loads nothing of the library, so `--help`, usage errors and
// completion start fast.

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

const PRINTERS = ['latex', 'tree', 'json', 'share'] as const;

export const CATALOGUE = [
  {
    name: 'diff',
    shell: {
      args: '<expr> [<variable>] [--order n]', summary: 'the simplified derivative',
      options: ['order', ...PRINTERS], words: ['variable'], takesPoint: false,
      about: 'The simplified (partial) derivative. The variable may be left out when the expression has only one.',
      example: 'symdiff diff "cos(x)*exp(x^2)" x --order 2',
    },
    repl: { usage: ':diff <expr>[, x][, n]', what: 'the n-th derivative in x (x may go when there is one variable)' },
  },
  {
    name: 'grad',
    shell: {
      args: '<expr> [name=value ...]', summary: 'every partial derivative (and its value at a point)',
      options: PRINTERS, words: [], takesPoint: true,
      about: 'One line per partial derivative, `x: ∂f/∂x`, for every variable of the expression (and of the point).\n' +
        'With a point, each line ends with the partial\'s value there, ` = 2.54…` (reverse-mode AD).',
      example: 'symdiff grad "x*y + sin(x)" x=1 y=2',
    },
    repl: { usage: ':grad <expr>[, x=1, y=2]', what: 'every partial derivative, with its value at the point' },
  },
  {
    name: 'simplify',
    shell: {
      args: '<expr>', summary: 'the simplified form',
      options: PRINTERS, words: [], takesPoint: false,
      about: 'The canonical simplified form: sums and products collected, exact numbers folded.',
      example: 'symdiff simplify "x*x + 2*x*x"',
    },
    repl: { usage: ':simplify <expr>', what: 'the simplified form' },
  },
  {
    name: 'eval',
    shell: {
      args: '<expr> [name=value ...]', summary: 'the value at a point',
      options: ['json'], words: [], takesPoint: true,
      about: 'The numeric value at the point (IEEE: 1/0 is Infinity). A value may be any constant expression: x=pi/4.',
      example: 'symdiff eval "x^2 + y" x=3 y=-1',
    },
    repl: { usage: ':eval <expr>, x=1, y=2', what: 'the numeric value at the point' },
  },
  {
    name: 'tree',
    shell: {
      args: '<expr>', summary: 'the evaluation tree, as typed',
      options: ['json'], words: [], takesPoint: false,
      about: 'The evaluation tree of the expression exactly as typed, one node a line.',
      example: 'symdiff tree "cos(x)*exp(x^2)"',
    },
    repl: { usage: ':tree <expr>', what: 'the evaluation tree, as typed' },
  },
  {
    name: 'latex',
    shell: {
      args: '<expr>', summary: 'LaTeX, as typed',
      options: ['json'], words: [], takesPoint: false,
      about: 'The expression exactly as typed, in LaTeX (KaTeX-compatible).',
      example: 'symdiff latex "sqrt(x)/2"',
    },
    repl: { usage: ':latex <expr>', what: 'LaTeX, as typed' },
  },
  {
    name: 'fd',
    shell: {
      args: '<expr> [<variable>] name=value ... [--scheme s]', summary: 'finite differences, step by step',
      options: ['scheme', 'json'], words: ['variable'], takesPoint: true,
      about: 'The finite-difference estimate of the derivative for steps h = 1e-1 … 1e-16, each with its error\n' +
        'against the exact derivative (forward-mode AD); the best row is marked. The point binds every variable.',
      example: 'symdiff fd "cos(x)*exp(x^2)" x x=1 --scheme forward',
    },
    repl: { usage: ':fd <expr>[, x], x=1[, forward]', what: 'finite differences for h = 1e-1 … 1e-16 (scheme: forward, backward, central)' },
  },
  {
    name: 'backprop',
    shell: {
      args: '<expr> [name=value ...]', summary: 'reverse mode: each node\'s value and adjoint',
      options: ['json'], words: [], takesPoint: true,
      about: 'Reverse-mode AD shown: the evaluation tree with each node\'s value (forward pass) and adjoint\n' +
        '(backward pass, ∂f/∂node). The adjoint of a variable is its partial derivative.',
      example: 'symdiff backprop "x*y + sin(x)" x=1 y=2',
    },
    repl: { usage: ':backprop <expr>, x=1, y=2', what: 'reverse mode: each node\'s value and adjoint' },
  },
  {
    name: 'steps',
    shell: {
      args: '<expr> [<variable>] [--order n]', summary: 'the derivation, step by step',
      options: ['order', 'latex', 'json'], words: ['variable'], takesPoint: false,
      about: 'The derivation as a person writes it, outermost rule first: one line per rule applied (sum, product,\n' +
        'chain with the function, …), derivatives not yet taken written d/dx[u], then the simplification.\n' +
        'The last line is the answer of `diff`.',
      example: 'symdiff steps "cos(x)*exp(x^2)" x',
    },
    repl: { usage: ':steps <expr>[, x][, n]', what: 'the derivation, one rule a line (of order n)' },
  },
  {
    name: 'check',
    shell: {
      args: '<answer> <expr> [<variable>]', summary: 'is the answer the derivative? if not, the mistake',
      options: ['json'], words: ['expression', 'variable'], required: 1, takesPoint: false,
      about: 'Whether <answer> is the derivative of <expr>, and if not, a point where they differ and the mistake\n' +
        '(chain rule, product rule, quotient rule, power rule, …) when a classic wrong rule explains it.\n' +
        'Exit code 0 correct, 3 incorrect, 4 undecided (too few points where both are defined).',
      example: 'symdiff check "-sin(x^2)" "cos(x^2)" x',
    },
    repl: { usage: ':check <answer>, <expr>[, x]', what: 'is the answer the derivative? if not, the mistake' },
  },
  {
    name: 'hessian',
    shell: {
      args: '<expr> [<variable> ...] [name=value ...]', summary: 'every second partial derivative (and its value at a point)',
      options: PRINTERS, words: ['variable...'], takesPoint: true,
      about: 'The Hessian, one line per entry that is not 0, `x, y: ∂²f/∂x∂y`, for the variables named (default:\n' +
        'every variable of the expression, and of the point). It is symmetric: only entries on and above the\n' +
        'diagonal are printed. With a point, each line ends with the entry\'s value there.',
      example: 'symdiff hessian "x^2*y + sin(y)" x=1 y=2',
    },
    repl: { usage: ':hessian <expr>[, x, y][, x=1]', what: 'every second partial derivative, with its value at the point' },
  },
  {
    name: 'taylor',
    shell: {
      args: '<expr> <variable> <at> <order>', summary: 'the Taylor polynomial at a point',
      options: PRINTERS, words: ['variable', 'at', 'order'], takesPoint: false,
      about: 'The Taylor polynomial of the expression in powers of (variable - at), up to and including the power\n' +
        '`order`, with exact coefficients where the values at the point are exact. The point may be any\n' +
        'constant expression: 0, 1/2, pi/4.',
      example: 'symdiff taylor "exp(sin(x))" x 0 6',
    },
    repl: { usage: ':taylor <expr>, x, at, order', what: 'the Taylor polynomial in powers of (x - at)' },
  },
  {
    name: 'vars',
    repl: { usage: ':vars', what: 'the definitions' },
  },
  {
    name: 'forget',
    repl: { usage: ':forget f[, g]', what: 'drop definitions' },
  },
  {
    name: 'share',
    repl: { usage: ':share on|off', what: 'print each repeated subexpression once (t1 = …), for large results' },
  },
  {
    name: 'help',
    repl: { usage: ':help', what: 'this help' },
  },
  {
    name: 'quit',
    repl: { usage: ':quit', what: 'leave (so does Ctrl-D); Ctrl-C clears the line or stops a computation' },
  },
] as const satisfies readonly CatalogueRow[];

export interface ShellSpec {
  /** What follows `symdiff <name>` in the usage line. */
  readonly args: string;
  readonly summary: string;
  /** Options besides --help. */
  readonly options: readonly OptionName[];
  /** The bare words the command takes after the expression (`name=value` arguments are the point). */
  readonly words: readonly string[];
  readonly takesPoint: boolean;
  /** How many of `words` must be given (default none). */
  readonly required?: number;
  /** The --help text between the usage line and the options. */
  readonly about: string;
  readonly example: string;
}

export interface ReplSpec {
  readonly usage: string;
  readonly what: string;
}

interface CatalogueRow {
  readonly name: string;
  readonly shell?: ShellSpec;
  readonly repl?: ReplSpec;
}

type Row = (typeof CATALOGUE)[number];
export type CommandName = Extract<Row, { shell: ShellSpec }>['name'];
export type ReplCommandName = Extract<Row, { repl: ReplSpec }>['name'];
