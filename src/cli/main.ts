#!/usr/bin/env node
// The `symdiff` command: one-shot commands, or the REPL when run with no arguments. This file loads
// only the argument parser and the help texts; a command loads the library when it runs, so
// `--help` and usage errors answer at once.

import { readFileSync } from 'node:fs';
import { CommandUsageError, readCommandLine, type CommandLine } from './argv.js';
import { commandHelp, generalHelp, usageHint } from './help.js';

async function main(argv: readonly string[]): Promise<number> {
  let line: CommandLine;
  try {
    line = readCommandLine(argv);
  } catch (e) {
    if (!(e instanceof CommandUsageError)) throw e;
    process.stderr.write(`symdiff: ${e.message}\n${usageHint(e.spec)}\n`);
    return 2;
  }
  switch (line.kind) {
    case 'help':
      process.stdout.write(`${line.spec === undefined ? generalHelp() : commandHelp(line.spec)}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'run':
      return (await import('./run-command.js')).runCommand(line.invocation);
    case 'repl':
      // A terminal gets the interactive REPL; a pipe or a file is read as a script.
      return process.stdin.isTTY ? (await import('./terminal.js')).runTerminal() : (await import('./pipe.js')).runPipe();
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

// A reader that goes away (`symdiff < script | head -1`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // The last line of defence: one line, never a stack trace.
    process.stderr.write(`symdiff: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
