// Lines gathered into statements: a line that leaves parentheses open goes on on the next line,
// and an empty line ends a statement whatever its parentheses (so a typo cannot swallow a script).
// So does a line that starts with `:`: `:` is not in the input language, so such a line is a
// command, never the rest of an expression (`(x +` then `:quit` leaves).

/** A statement, and the number (from 1) of the line it starts on. */
export interface Statement {
  readonly text: string;
  readonly line: number;
}

export class StatementReader {
  private lines: string[] = [];
  private linesRead = 0;
  private firstLine = 1;

  /** True while a statement has begun and goes on. */
  get pending(): boolean {
    return this.lines.length > 0;
  }

  /** The statements this line completes, in order: none while one goes on, two when a command ends one. */
  push(line: string): Statement[] {
    this.linesRead++;
    if (this.pending && line.trim() === '') return [this.take()];
    const ended = this.pending && line.trimStart().startsWith(':') ? [this.take()] : [];
    if (!this.pending) this.firstLine = this.linesRead;
    this.lines.push(line);
    const text = this.lines.join('\n');
    return text.trimStart().startsWith('#') || openParentheses(text) <= 0 ? [...ended, this.take()] : ended;
  }

  /** The statement so far (the end of the input ends it), and a fresh start. */
  take(): Statement {
    const statement = { text: this.lines.join('\n'), line: this.firstLine };
    this.lines = [];
    return statement;
  }
}

function openParentheses(text: string): number {
  let open = 0;
  for (const c of text) {
    if (c === '(') open++;
    else if (c === ')') open--;
  }
  return open;
}
