// The REPL's `:commands`. What follows the command is the expression, then arguments separated by
// commas: bare words (a variable, an order, a scheme) and `name=value` assignments (the point).

import {
  diff, evaluate, format, formatTree, reverseModeTrace, simplify, taylor, toLatex, ExpressionTooLargeError, type Expr, type Scheme,
} from '../index.js';
import { UserError } from './cli-errors.js';
import { chooseVariable } from './choose-variable.js';
import { gradientLines, gradientView } from './gradient-lines.js';
import { hessianLines, hessianView } from './hessian-lines.js';
import { taylorArguments } from './taylor-arguments.js';
import { numberText, unprintedDefinition } from './notation.js';
import { assignmentsIn, firstAssignment, numericPoint, type Assignment } from './point.js';
import { REPL_COMMANDS, replHelp, type ReplCommandName } from './repl-help.js';
import type { Reply, Session } from './session.js';
import { isBlank, splitTopLevel, subSlice, wholeSlice, type Slice } from './slice.js';
import { sweepTable, sweepView } from './sweep-table.js';
import { traceTable } from './trace-table.js';
import { checkText, stepsText } from './teach-commands.js';

interface Arguments {
  readonly command: ReplCommandName;
  /** The expression, or undefined when none was given. */
  readonly term: Slice | undefined;
  readonly words: readonly string[];
  readonly assignments: readonly Assignment[];
}

export function runReplCommand(session: Session, statement: Slice): Reply {
  const head = /^\s*:(\S*)/.exec(statement.text) as RegExpExecArray;
  const name = head[1] as string;
  const spec = REPL_COMMANDS.find((c) => c.name === name);
  if (spec === undefined) throw new UserError(`unknown command ':${name}'; :help lists the commands`);
  return COMMANDS[spec.name](session, argumentsOf(spec.name, subSlice(statement, head[0].length)));
}

function argumentsOf(command: ReplCommandName, rest: Slice): Arguments {
  const [first, ...others] = splitTopLevel(rest) as [Slice, ...Slice[]];
  // `:eval x*y x=1 y=2`: the point may follow the expression without a comma.
  const cut = firstAssignment(first.text);
  const term = cut < 0 ? first : subSlice(first, 0, cut);
  const assignments = cut < 0 ? [] : assignmentsIn(subSlice(first, cut));
  const words: string[] = [];
  for (const piece of others) {
    if (firstAssignment(piece.text) >= 0) assignments.push(...assignmentsIn(piece));
    else if (!isBlank(piece)) words.push(piece.text.trim());
  }
  return { command, term: isBlank(term) ? undefined : term, words, assignments };
}

type Command = (session: Session, args: Arguments) => Reply;

const COMMANDS: Readonly<Record<ReplCommandName, Command>> = {
  diff: (s, args) => {
    const e = expression(s, args);
    const { variable, order } = wordsOf(args, ['variable', 'order']);
    expectNoPoint(args);
    return { output: s.present(diff(e, chooseVariable(e, variable), order ?? 1)) };
  },
  grad: (s, args) => {
    wordsOf(args, []);
    const view = gradientView(expression(s, args), pointOf(s, args));
    return { output: gradientLines(view, { notation: 'text', share: s.share }) };
  },
  hessian: (s, args) => {
    // Every bare word is a variable (each must be a name: the library says so otherwise).
    const view = hessianView(expression(s, args), args.words, pointOf(s, args));
    return { output: hessianLines(view, { notation: 'text', share: s.share }) };
  },
  taylor: (s, args) => {
    expectNoPoint(args);
    const usage = REPL_COMMANDS.find((c) => c.name === 'taylor')?.usage ?? ':taylor';
    const e = expression(s, args);
    const { variable, at, order } = taylorArguments(args.words, usage);
    return { output: s.present(taylor(e, variable, at, order)) };
  },
  simplify: (s, args) => ({ output: format(simplify(expressionAlone(s, args)), { share: s.share }) }),
  eval: (s, args) => {
    wordsOf(args, []);
    return { output: numberText(evaluate(expression(s, args), pointOf(s, args) ?? {})) };
  },
  tree: (s, args) => ({ output: formatTree(expressionAlone(s, args)) }),
  latex: (s, args) => ({ output: toLatex(expressionAlone(s, args)) }),
  fd: (s, args) => {
    const e = expression(s, args);
    const { variable, scheme } = wordsOf(args, ['variable', 'scheme']);
    return { output: sweepTable(sweepView(e, chooseVariable(e, variable), pointOf(s, args) ?? {}, scheme)) };
  },
  backprop: (s, args) => {
    wordsOf(args, []);
    const e = expression(s, args);
    return { output: traceTable(e, reverseModeTrace(e, pointOf(s, args) ?? {})) };
  },
  steps: (s, args) => {
    const e = expression(s, args);
    const { variable, order } = wordsOf(args, ['variable', 'order']);
    expectNoPoint(args);
    return { output: stepsText(e, chooseVariable(e, variable), order ?? 1) };
  },
  check: (s, args) => {
    const answer = expression(s, args);
    const [exprText, ...rest] = args.words;
    if (exprText === undefined) throw new UserError(':check needs the expression after the answer: :check <answer>, <expr>[, x]');
    const e = s.term(wholeSlice(exprText));
    const { variable } = wordsOf({ ...args, words: rest }, ['variable']);
    expectNoPoint(args);
    return { output: checkText(answer, e, chooseVariable(e, variable)) };
  },
  vars: (s, args) => {
    expectNothing(args);
    return { output: definitionsText(s) };
  },
  forget: (s, args) => {
    const names = [...(args.term === undefined ? [] : [args.term.text.trim()]), ...args.words];
    if (names.length === 0) throw new UserError(':forget needs the names to forget');
    const unknown = names.find((name) => !s.definitions.has(name));
    if (unknown !== undefined) throw new UserError(`'${unknown}' is not defined`);
    for (const name of names) s.definitions.delete(name);
    return { output: '', forgotten: names };
  },
  share: (s, args) => {
    const setting = args.term?.text.trim();
    if (setting !== undefined && setting !== 'on' && setting !== 'off') throw new UserError(`:share takes on or off, not '${setting}'`);
    if (setting !== undefined) s.share = setting === 'on';
    return { output: `share ${s.share ? 'on' : 'off'}`, share: s.share };
  },
  help: (_, args) => {
    expectNothing(args);
    return { output: replHelp() };
  },
  quit: (_, args) => {
    expectNothing(args);
    return { output: '', quit: true };
  },
};

function expression(s: Session, args: Arguments): Expr {
  if (args.term === undefined) {
    const usage = REPL_COMMANDS.find((c) => c.name === args.command)?.usage;
    throw new UserError(`:${args.command} needs an expression: ${usage}`);
  }
  return s.term(args.term);
}

/** The expression of a command that takes nothing else. */
function expressionAlone(s: Session, args: Arguments): Expr {
  wordsOf(args, []);
  expectNoPoint(args);
  return expression(s, args);
}

function expectNoPoint(args: Arguments): void {
  const first = args.assignments[0];
  if (first !== undefined) throw new UserError(`:${args.command} takes no point, got '${first.name}=${first.value.text.trim()}'`);
}

function pointOf(s: Session, args: Arguments): Record<string, number> | undefined {
  return args.assignments.length === 0 ? undefined : numericPoint(args.assignments, (v) => s.expand(v));
}

const SCHEMES: readonly string[] = ['forward', 'backward', 'central'];

/** The words by their form: digits are an order, a scheme's name a scheme, an identifier the variable. */
function wordsOf(args: Arguments, wanted: readonly ('variable' | 'order' | 'scheme')[]): { variable?: string; order?: number; scheme?: Scheme } {
  const found: { variable?: string; order?: number; scheme?: Scheme } = {};
  for (const word of args.words) {
    if (wanted.includes('order') && found.order === undefined && /^\d+$/.test(word)) found.order = Number(word);
    else if (wanted.includes('scheme') && found.scheme === undefined && SCHEMES.includes(word)) found.scheme = word as Scheme;
    else if (wanted.includes('variable') && found.variable === undefined && /^[A-Za-z_]\w*$/.test(word)) found.variable = word;
    else throw new UserError(`unexpected '${word}' after :${args.command}'s expression`);
  }
  return found;
}

function expectNothing(args: Arguments): void {
  const extra = args.term?.text.trim() ?? args.words[0] ?? (args.assignments.length > 0 ? 'a point' : undefined);
  if (extra !== undefined) throw new UserError(`:${args.command} takes no arguments, got '${extra}'`);
}

function definitionsText(s: Session): string {
  if (s.definitions.size === 0) return '(no definitions)';
  return [...s.definitions].map(([name, tree]) => {
    try {
      return `${name} = ${format(tree)}`;
    } catch (e) {
      if (!(e instanceof ExpressionTooLargeError)) throw e;
      return unprintedDefinition(name, tree, 'too long to print');
    }
  }).join('\n');
}
