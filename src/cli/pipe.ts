// The REPL reading a pipe or a file: one statement a line (or several while parentheses are open),
// results on stdout with no prompt and no colour, problems on stderr with their line number; the
// exit code is 1 when any statement failed, and processing goes on after a failure.

import { createInterface } from 'node:readline';
import { located, type Problem } from './report.js';
import { Session, type Reply } from './session.js';
import { StatementReader, type Statement } from './statement-reader.js';

export async function runPipe(): Promise<number> {
  const session = new Session();
  const reader = new StatementReader();
  let failed = false;
  const handle = (statement: Statement): Reply => {
    const reply = session.run(statement.text);
    if (reply.output !== '') process.stdout.write(`${reply.output}\n`);
    if (reply.problem !== undefined) {
      failed = true;
      process.stderr.write(`${problemLines(reply.problem, statement.line)}\n`);
    }
    return reply;
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    for (const statement of reader.push(line)) {
      if (handle(statement).quit === true) return failed ? 1 : 0;
    }
  }
  // The input ended inside parentheses: what was gathered is the last statement.
  if (reader.pending) handle(reader.take());
  return failed ? 1 : 0;
}

/** `line 3: message`, or for a parse error `line 3, column 7: reason` and the caret drawing. */
function problemLines(problem: Problem, firstLine: number): string {
  if (problem.at === undefined) return `line ${firstLine}: ${problem.message}`;
  const { line, column, caret } = located(problem.at);
  return `line ${firstLine + line - 1}, column ${column}: ${problem.message}\n${caret}`;
}
