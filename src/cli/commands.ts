// The command line's commands (the catalogue's rows with a `shell` part) and their options, for the
// argument parser, the help texts and the dispatcher.

import { CATALOGUE, type CommandName, type OptionName, type ShellSpec } from './catalogue.js';

export { OPTIONS, type CommandName, type OptionName } from './catalogue.js';

export const OPTION_HELP: Readonly<Record<OptionName, string>> = {
  help: '-h, --help     this help',
  latex: '--latex        print LaTeX instead of text',
  tree: '--tree         print the evaluation tree instead of text',
  json: '--json         print one JSON object (shape: docs/cli.md)',
  share: '--share        print each repeated subexpression once, as a line `t1 = …`',
  order: '--order n      the order of the derivative (default 1)',
  scheme: '--scheme s     forward, backward or central (default central)',
};

export interface CommandSpec extends ShellSpec {
  readonly name: CommandName;
}

export const COMMANDS: readonly CommandSpec[] = CATALOGUE.flatMap((row) =>
  ('shell' in row ? [{ name: row.name as CommandName, ...row.shell }] : []));

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((spec) => spec.name === name);
}
