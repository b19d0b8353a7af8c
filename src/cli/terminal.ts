// The interactive REPL on a terminal: a prompt, history across sessions, tab completion, multi-line
// input while parentheses are open, colour where supported, and Ctrl-C that clears the line or stops
// a computation. Statements run in a worker thread (worker-client.ts), so this thread stays free to
// hear Ctrl-C; it loads no library code, so the prompt comes at once.

import { createInterface } from 'node:readline';
import { completer } from './completion.js';
import { HISTORY_SIZE, historyPath, historySaver, loadHistory } from './history.js';
import { paintFor } from './paint.js';
import { located, positionText, type Problem } from './report.js';
import { StatementReader } from './statement-reader.js';
import { StatementRunner } from './worker-client.js';
import type { Response } from './worker-protocol.js';

/** Both prompts are this wide, so a caret can be placed under the typed line. */
const PROMPT_WIDTH = 2;
const QUIT = /^\s*:quit\s*$/;

export function runTerminal(): Promise<number> {
  const paint = paintFor(process.stdout);
  const prompt = paint.prompt('> ');
  const more = paint.prompt('. ');
  const runner = new StatementRunner();
  const path = historyPath();
  const rl = createInterface({
    input: process.stdin, output: process.stdout, terminal: true, prompt,
    completer: completer(() => runner.definitions.keys()),
    history: loadHistory(path), historySize: HISTORY_SIZE, removeHistoryDuplicates: true,
  });
  rl.on('history', historySaver(path, (message) => process.stderr.write(`symdiff: ${message}\n`)));
  const reader = new StatementReader();
  /** Lines typed while a statement computes wait their turn; `atPrompt`: typed right after a prompt. */
  const queue: { line: string; atPrompt: boolean }[] = [];
  let busy = false;
  let closed = false;

  const problemLines = (problem: Problem, underPrompt: boolean): string => {
    if (problem.at === undefined) return paint.error(problem.message);
    const { source, offset } = problem.at;
    const message = paint.error(`${problem.message} (${positionText(problem.at)})`);
    // Right under the line just typed when it is on screen unchanged; else the line is shown again.
    if (underPrompt && /^[\x20-\x7e]*$/.test(source) && PROMPT_WIDTH + source.length < (process.stdout.columns || 80)) {
      return `${' '.repeat(PROMPT_WIDTH + offset)}${paint.error('^')}\n${message}`;
    }
    const [line, caret] = located(problem.at).caret.split('\n') as [string, string];
    return `${line}\n${paint.error(caret)}\n${message}`;
  };

  const show = (response: Response, underPrompt: boolean): void => {
    if (response.output !== '') process.stdout.write(`${response.output}\n`);
    if (response.problem !== undefined) process.stderr.write(`${problemLines(response.problem, underPrompt)}\n`);
  };

  const pump = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    while (queue.length > 0 && !closed) {
      const { line, atPrompt } = queue.shift() as { line: string; atPrompt: boolean };
      const statement = reader.push(line);
      if (statement === undefined) continue;
      if (QUIT.test(statement)) {
        rl.close();
        break;
      }
      const response = await runner.run(statement);
      show(response, atPrompt && !statement.includes('\n'));
      if (response.quit === true) rl.close();
    }
    busy = false;
    if (closed) return;
    rl.setPrompt(reader.pending ? more : prompt);
    rl.prompt();
  };

  rl.on('line', (line) => {
    queue.push({ line, atPrompt: !busy });
    void pump();
  });

  rl.on('SIGINT', () => {
    if (busy) {
      // The statement computing is stopped (its reply says "interrupted"), and what was typed ahead dropped.
      queue.length = 0;
      reader.take();
      runner.interrupt();
      return;
    }
    if (rl.line === '' && !reader.pending) {
      process.stdout.write('\n(to leave, press Ctrl-D or type :quit)\n');
      rl.prompt();
      return;
    }
    // Clear the line being typed (end of line, then delete to its start), and any statement begun.
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    if (reader.pending) {
      reader.take();
      process.stdout.write('\n');
      rl.setPrompt(prompt);
      rl.prompt();
    }
  });

  process.stdout.write('symdiff: type an expression, or :help; Ctrl-D leaves\n');
  rl.prompt();
  return new Promise((resolve) => {
    rl.on('close', () => {
      closed = true;
      process.stdout.write('\n');
      void runner.close().then(() => resolve(0));
    });
  });
}
