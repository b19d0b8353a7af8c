#!/usr/bin/env node
// The `symdiff` command: one-shot commands, or the REPL when run with no arguments.

process.stderr.write('symdiff: the command line is not implemented yet\n');
process.exitCode = 2;
