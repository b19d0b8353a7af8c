// Lines gathered into statements: a line that leaves parentheses open goes on on the next line,
// and an empty line ends a statement whatever its parentheses (so a typo cannot swallow a script).

export class StatementReader {
  private lines: string[] = [];

  /** True while a statement has begun and goes on. */
  get pending(): boolean {
    return this.lines.length > 0;
  }

  /** The statement this line completes, or undefined when it goes on. */
  push(line: string): string | undefined {
    if (this.pending && line.trim() === '') return this.take();
    this.lines.push(line);
    const text = this.lines.join('\n');
    return text.trimStart().startsWith('#') || openParentheses(text) <= 0 ? this.take() : undefined;
  }

  /** The statement so far (the end of the input ends it), and a fresh start. */
  take(): string {
    const text = this.lines.join('\n');
    this.lines = [];
    return text;
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
