// The command line read into an invocation, with node:util parseArgs. Arguments are sorted first:
// only the known option names are options, everything else is an argument, so an expression that
// starts with a minus (`symdiff diff "-x^2" x`) is an expression.

import { parseArgs } from 'node:util';
import { COMMANDS, findCommand, OPTIONS, type CommandSpec, type OptionName } from './commands.js';
import { UsageError } from './cli-errors.js';

export interface Options {
  help?: boolean;
  latex?: boolean;
  tree?: boolean;
  json?: boolean;
  share?: boolean;
  order?: string;
  scheme?: string;
}

export interface Invocation {
  readonly spec: CommandSpec;
  readonly options: Options;
  readonly expression: string;
  /** Bare words after the expression (the variable of `diff` and `fd`). */
  readonly words: readonly string[];
  /** `name=value` arguments: the point. */
  readonly assignments: readonly string[];
}

export type CommandLine =
  | { readonly kind: 'repl' }
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly spec?: CommandSpec }
  | { readonly kind: 'run'; readonly invocation: Invocation };

/** A usage error carries the command it concerns, for the usage line printed after it. */
export class CommandUsageError extends UsageError {
  constructor(message: string, readonly spec?: CommandSpec) {
    super(message);
  }
}

export function readCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'repl' };
  if (first === '--help' || first === '-h') return { kind: 'help' };
  if (first === 'help') return helpTopic(rest);
  if (first === '--version') return { kind: 'version' };
  const spec = findCommand(first);
  if (spec === undefined) throw new CommandUsageError(`unknown command '${first}'`);
  try {
    return invocationOf(spec, rest);
  } catch (e) {
    if (e instanceof UsageError) throw new CommandUsageError(e.message, spec);
    throw e;
  }
}

function helpTopic(rest: readonly string[]): CommandLine {
  if (rest[0] === undefined) return { kind: 'help' };
  const spec = findCommand(rest[0]);
  if (spec === undefined) throw new CommandUsageError(`no help on '${rest[0]}': the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
  return { kind: 'help', spec };
}

function invocationOf(spec: CommandSpec, args: readonly string[]): CommandLine {
  const { options, positionals } = sortArguments(spec, args);
  const parsed = parseOptions(spec, [...options, '--', ...positionals]);
  const values = parsed.values as Options;
  if (values.help === true) return { kind: 'help', spec };
  const [expression, ...more] = parsed.positionals;
  if (expression === undefined) throw new UsageError(`missing the expression`);
  checkNotation(values);
  const assignments = more.filter((arg) => arg.includes('='));
  const words = more.filter((arg) => !arg.includes('='));
  checkArguments(spec, words, assignments);
  return { kind: 'run', invocation: { spec, options: values, expression, words, assignments } };
}

function parseOptions(spec: CommandSpec, args: string[]): { values: unknown; positionals: string[] } {
  try {
    return parseArgs({
      args,
      options: Object.fromEntries(['help', ...spec.options].map((name) => [name, OPTIONS[name as OptionName]])),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // parseArgs says what is wrong (`Option '--json' does not take an argument`) in a TypeError.
    if (/^ERR_PARSE_ARGS/.test(String((e as { code?: unknown }).code))) throw new UsageError((e as Error).message);
    throw e;
  }
}

/** Known options (with the value of one that takes a value) apart from everything else. */
function sortArguments(spec: CommandSpec, args: readonly string[]): { options: string[]; positionals: string[] } {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const name = optionName(arg);
    if (name === undefined) {
      // `--version`, `--lattex`: an option mistyped or misplaced, never meant as -(-version). An
      // expression that starts with a single minus is an expression; one with two goes after `--`.
      if (/^--[A-Za-z]/.test(arg)) {
        const hint = positionals.length === 0 ? ' (an expression that starts with -- goes after a --)' : '';
        throw new UsageError(`'${spec.name}' has no option ${arg.split('=')[0]}${hint}`);
      }
      positionals.push(arg);
      continue;
    }
    if (name !== 'help' && !spec.options.includes(name)) throw new UsageError(`'${spec.name}' has no option --${name}`);
    options.push(arg);
    if (OPTIONS[name].type === 'string' && !arg.includes('=')) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.push(value);
    }
  }
  return { options, positionals };
}

function optionName(arg: string): OptionName | undefined {
  if (arg === '-h') return 'help';
  const match = /^--([a-z]+)(=|$)/.exec(arg);
  const name = match?.[1];
  return name !== undefined && Object.hasOwn(OPTIONS, name) ? (name as OptionName) : undefined;
}

function checkNotation(values: Options): void {
  const notations = (['latex', 'tree', 'json'] as const).filter((name) => values[name] === true);
  if (notations.length > 1) throw new UsageError(`choose one of ${notations.map((n) => `--${n}`).join(', ')}`);
  if (values.share === true && (values.latex === true || values.tree === true)) {
    throw new UsageError('--share goes with the text notation (or --json), not with --latex or --tree');
  }
}

function checkArguments(spec: CommandSpec, words: readonly string[], assignments: readonly string[]): void {
  // A word cannot start with a minus (a variable cannot): it is a mistyped option.
  const option = words.find((word) => /^--?[A-Za-z]/.test(word));
  if (option !== undefined) throw new UsageError(`'${spec.name}' has no option ${option}`);
  if (words.length < (spec.required ?? 0)) throw new UsageError(`missing the ${spec.words[words.length]}`);
  // A last word slot ending in `...` takes any number of words (the variables of `hessian`).
  const variadic = spec.words.at(-1)?.endsWith('...') === true;
  const extra = variadic ? undefined : words[spec.words.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  const first = assignments[0];
  if (first !== undefined && !spec.takesPoint) throw new UsageError(`'${spec.name}' takes no point, got '${first}'`);
  const malformed = assignments.find((arg) => !/^\s*[A-Za-z_]\w*\s*=/.test(arg));
  if (malformed !== undefined) throw new UsageError(`expected name=value, got '${malformed}'`);
}
