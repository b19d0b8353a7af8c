// The catalogue of errors a user can meet: typed values raised at the boundary, in the user's terms.

/** Invalid input text. `offset` is 0-based; `line` and `column` are 1-based. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** The message without its position, e.g. `expected ')'`. */
  readonly reason: string;
  readonly source: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(reason: string, source: string, offset: number) {
    const at = locate(source, offset);
    super(`${reason} (line ${at.line}, column ${at.column})`);
    this.reason = reason;
    this.source = source;
    this.offset = offset;
    this.line = at.line;
    this.column = at.column;
  }

  /** The offending line with a caret under the offending character (long lines are cut around it). */
  get caret(): string {
    return renderCaret(this.source, this.offset);
  }
}

/** A variable had no value in the scope or point. */
export class UnboundVariableError extends Error {
  override readonly name = 'UnboundVariableError';
  readonly variable: string;
  constructor(variable: string) {
    super(`unbound variable '${variable}'`);
    this.variable = variable;
  }
}

/** A bad argument to a library function: a bad variable name, order, step, scheme or builder argument. */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
}

/** A printer's output would pass its documented size limit. */
export class ExpressionTooLargeError extends Error {
  override readonly name = 'ExpressionTooLargeError';
  /** What is too long: `the formatted expression would be longer than 10,000,000 characters`. */
  readonly problem: string;
  /** Whether printing with `share` is the way out (the command line says so in its own terms). */
  readonly sharing: boolean;

  /**
   * `hint` says what to do instead; by default (`sharing`), print with `share`, linear in distinct nodes.
   * `unit` is what `limit` counts: characters of printed text, or the entries of a matrix and the nodes
   * of a sweep, whose limits are not lengths (`would have more than 16,000,000 entries`).
   */
  constructor(what: string, limit: number, hint?: string, unit: 'characters' | 'entries' | 'nodes' = 'characters') {
    const amount = `${limit.toLocaleString('en-US')} ${unit}`;
    const problem = unit === 'characters' ? `${what} would be longer than ${amount}` : `${what} would have more than ${amount}`;
    super(`${problem}; ${hint ?? SHARE_HINT}`);
    this.problem = problem;
    this.sharing = hint === undefined;
  }
}

const SHARE_HINT = 'try format(expr, { share: true }), which prints each repeated subexpression once';

function locate(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const CARET_WINDOW = 60;

function renderCaret(source: string, offset: number): string {
  // (lastIndexOf with a negative start still looks at index 0: a text starting with a newline.)
  const lineStart = offset === 0 ? 0 : source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  const lineEnd = newline === -1 ? source.length : newline;
  // A very long line (a 1 MB input) is cut to a window around the offending character.
  const from = Math.max(lineStart, offset - CARET_WINDOW);
  const to = Math.min(lineEnd, offset + CARET_WINDOW);
  const head = from > lineStart ? '…' : '';
  const tail = to < lineEnd ? '…' : '';
  const text = head + source.slice(from, to).replace(/\t/g, ' ') + tail;
  return `${text}\n${' '.repeat(head.length + offset - from)}^`;
}
