// The help texts of the command line, made from the command table.

import { COMMANDS, OPTION_HELP, type CommandSpec } from './commands.js';

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length));
  return [
    'symdiff: derivatives four ways: evaluation, finite differences, symbolic, automatic (forward and reverse mode)',
    '',
    'Usage: symdiff <command> <expr> [arguments] [options]',
    '       symdiff                the REPL (reads standard input line by line when it is not a terminal)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}   ${c.summary}`),
    '',
    'Options:',
    `  ${OPTION_HELP.latex}`,
    `  ${OPTION_HELP.tree}`,
    `  ${OPTION_HELP.json}`,
    `  ${OPTION_HELP.share}`,
    `  ${OPTION_HELP.help} (symdiff <command> --help for one command)`,
    '  --version      the version',
    '',
    'A point is given as name=value arguments (x=1 y=-2 z=pi/4). An argument that is not an option',
    'of the command is an argument, so an expression may start with a minus: symdiff diff "-x^2" x.',
    'Results print as text in the input language, so they can be fed back in.',
    'Exit codes: 0 success, 1 bad input (the message on stderr), 2 bad usage.',
  ].join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  return [
    `Usage: symdiff ${spec.name} ${spec.args}${spec.options.length > 0 ? ' [options]' : ''}`,
    '',
    spec.about,
    '',
    'Options:',
    ...[...spec.options, 'help' as const].map((name) => `  ${OPTION_HELP[name]}`),
    '',
    'Example:',
    `  ${spec.example}`,
  ].join('\n');
}

/** The one line a usage error ends with. */
export function usageHint(spec?: CommandSpec): string {
  return spec === undefined
    ? 'Usage: symdiff <command> <expr> [arguments] [options]; symdiff --help lists the commands'
    : `Usage: symdiff ${spec.name} ${spec.args}; symdiff ${spec.name} --help for more`;
}
