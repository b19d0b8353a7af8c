// The interactive REPL on a terminal: a prompt, history across sessions, tab completion, multi-line
// input while parentheses are open, colour where supported, and Ctrl-C that clears the line or stops
// a computation. Statements run in a worker thread (worker-client.ts), so this thread stays free to
// hear Ctrl-C; it loads no library code, so the prompt comes at once.

import { createInterface, type Interface } from 'node:readline';
import { completer } from './completion.js';
import { HISTORY_SIZE, historyPath, historySaver, loadHistory } from './history.js';
import { paintFor, type Paint } from './paint.js';
import { located, positionText, type Problem } from './report.js';
import { StatementReader } from './statement-reader.js';
import { StatementRunner } from './worker-client.js';
import type { Response } from './worker-protocol.js';

/** Both prompts are this wide, so a caret can be placed under the typed line. */
const PROMPT_WIDTH = 2;
const QUIT = /^\s*:quit\s*$/;

export function runTerminal(): Promise<number> {
  return new TerminalRepl().run();
}

class TerminalRepl {
  private readonly paint: Paint = paintFor(process.stdout);
  private readonly prompt = this.paint.prompt('> ');
  private readonly more = this.paint.prompt('. ');
  private readonly runner = new StatementRunner();
  private readonly reader = new StatementReader();
  private readonly rl: Interface;
  /** Lines typed while a statement computes wait their turn; `atPrompt`: typed right after a prompt. */
  private readonly queue: { line: string; atPrompt: boolean }[] = [];
  private busy = false;
  private closed = false;

  constructor() {
    const path = historyPath();
    this.rl = createInterface({
      input: process.stdin, output: process.stdout, terminal: true, prompt: this.prompt,
      completer: completer(() => this.runner.definitions.keys()),
      history: loadHistory(path), historySize: HISTORY_SIZE, removeHistoryDuplicates: true,
    });
    this.rl.on('history', historySaver(path, (message) => process.stderr.write(`symdiff: ${message}\n`)));
    this.rl.on('line', (line) => {
      this.queue.push({ line, atPrompt: !this.busy });
      void this.pump();
    });
    this.rl.on('SIGINT', () => this.interrupt());
  }

  run(): Promise<number> {
    process.stdout.write('symdiff: type an expression, or :help; Ctrl-D leaves\n');
    this.rl.prompt();
    return new Promise((resolve) => {
      this.rl.on('close', () => {
        this.closed = true;
        process.stdout.write('\n');
        // Ctrl-D ends the input, and with it a statement left open, which is answered first (as at
        // the end of piped input). One that is computing is not waited for.
        const open = this.reader.pending && !this.busy ? this.reader.take().text : undefined;
        void (async () => {
          if (open !== undefined) this.show(await this.runner.run(open), false);
          await this.runner.close();
          resolve(0);
        })();
      });
    });
  }

  /** Runs the queued lines one statement at a time, then prompts again. */
  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    while (this.queue.length > 0 && !this.closed) {
      const { line, atPrompt } = this.queue.shift() as { line: string; atPrompt: boolean };
      for (const { text } of this.reader.push(line)) {
        // :quit needs no worker (which may still be loading the library).
        if (QUIT.test(text)) {
          this.rl.close();
          break;
        }
        const response = await this.runner.run(text);
        // The caret goes under the typed line only when the statement is that line, on screen as typed.
        this.show(response, atPrompt && text === line);
        if (response.quit === true) {
          this.rl.close();
          break;
        }
      }
    }
    this.busy = false;
    if (this.closed) return;
    this.rl.setPrompt(this.reader.pending ? this.more : this.prompt);
    this.rl.prompt();
  }

  private show(response: Response, underPrompt: boolean): void {
    if (response.output !== '') process.stdout.write(`${response.output}\n`);
    if (response.problem !== undefined) process.stderr.write(`${this.problemLines(response.problem, underPrompt)}\n`);
  }

  /** The message; for a parse error first the caret, right under the typed line when it is on screen unchanged. */
  private problemLines(problem: Problem, underPrompt: boolean): string {
    const { error } = this.paint;
    if (problem.at === undefined) return error(problem.message);
    const { source, offset } = problem.at;
    const message = error(`${problem.message} (${positionText(problem.at)})`);
    if (underPrompt && /^[\x20-\x7e]*$/.test(source) && PROMPT_WIDTH + source.length < (process.stdout.columns || 80)) {
      return `${' '.repeat(PROMPT_WIDTH + offset)}${error('^')}\n${message}`;
    }
    const [line, caret] = located(problem.at).caret.split('\n') as [string, string];
    return `${line}\n${error(caret)}\n${message}`;
  }

  /** Ctrl-C: stop the computation, or clear the line (and any statement begun), or say how to leave. */
  private interrupt(): void {
    if (this.busy) {
      // The statement's reply says "interrupted"; what was typed ahead is dropped.
      this.queue.length = 0;
      this.reader.take();
      this.runner.interrupt();
      return;
    }
    if (this.rl.line === '' && !this.reader.pending) {
      process.stdout.write('\n(to leave, press Ctrl-D or type :quit)\n');
      this.rl.prompt();
      return;
    }
    // End of line, then delete to its start: readline's own way to empty the line.
    this.rl.write(null, { ctrl: true, name: 'e' });
    this.rl.write(null, { ctrl: true, name: 'u' });
    if (this.reader.pending) {
      this.reader.take();
      process.stdout.write('\n');
      this.rl.setPrompt(this.prompt);
      this.rl.prompt();
    }
  }
}
