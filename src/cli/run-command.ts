// The one-shot commands: each reads its invocation and returns what to print, text or JSON.

import { diff, evaluate, reverseModeTrace, simplify, taylor, toLatex, formatTree, format, type Expr, type Scheme } from '../index.js';
import type { Invocation } from './argv.js';
import { UserError } from './cli-errors.js';
import type { CommandName } from './commands.js';
import { chooseVariable } from './choose-variable.js';
import { gradientLines, gradientView } from './gradient-lines.js';
import { hessianLines, hessianView } from './hessian-lines.js';
import { taylorArguments } from './taylor-arguments.js';
import { jsonNumber, jsonNumbers, traceJson, treeJson } from './json-shapes.js';
import { show, numberText, type Printing } from './notation.js';
import { assignmentsIn, numericPoint } from './point.js';
import { problemOf, problemText } from './report.js';
import { parseSlice, wholeSlice } from './slice.js';
import { sweepTable, sweepView } from './sweep-table.js';
import { traceTable } from './trace-table.js';
import { checkOutcome, stepsOutcome, type Outcome } from './teach-commands.js';

/** Prints the result (stdout) or the problem (stderr); the exit code: 0 (or the command's own), 1 for bad input. */
export function runCommand(invocation: Invocation): number {
  try {
    const { output, code } = commandOutcome(invocation);
    // Nothing at all, rather than an empty line (the gradient of a constant has no lines).
    if (output !== '') process.stdout.write(`${output}\n`);
    return code;
  } catch (e) {
    process.stderr.write(`${problemText(problemOf(e, '--share'), 'symdiff: ')}\n`);
    return 1;
  }
}

/** What the command prints (text or JSON); it throws what the user did wrong. */
export function commandOutput(invocation: Invocation): string {
  return commandOutcome(invocation).output;
}

/** What the command prints and its exit code (`check` says its verdict by the code). */
function commandOutcome(invocation: Invocation): Outcome {
  const outcome = COMMANDS[invocation.spec.name](invocation);
  return typeof outcome === 'string' ? { output: outcome, code: 0 } : outcome;
}

const COMMANDS: Readonly<Record<CommandName, (inv: Invocation) => string | Outcome>> = {
  diff(inv) {
    const e = expressionOf(inv);
    const variable = chooseVariable(e, inv.words[0]);
    const order = orderOf(inv.options.order);
    const result = diff(e, variable, order);
    return inv.options.json === true ? json(inv, { variable, order, result: text(result, inv) }) : show(result, printingOf(inv));
  },
  grad(inv) {
    const point = pointOf(inv);
    const view = gradientView(expressionOf(inv), point);
    if (inv.options.json !== true) return gradientLines(view, printingOf(inv));
    const gradient = Object.fromEntries(view.names.map((name) => [name, text(view.partials[name] as Expr, inv)]));
    const at = point === undefined ? {} : {
      at: { point: jsonNumbers(point), value: jsonNumber(view.value as number), gradient: jsonNumbers(view.values ?? {}) },
    };
    return json(inv, { gradient, ...at });
  },
  hessian(inv) {
    const point = pointOf(inv);
    const view = hessianView(expressionOf(inv), inv.words, point);
    if (inv.options.json !== true) return hessianLines(view, printingOf(inv));
    const hessian = view.matrix.map((row) => row.map((entry) => text(entry, inv)));
    const at = view.values === undefined || point === undefined ? {} : {
      at: { point: jsonNumbers(point), hessian: view.values.map((row) => row.map(jsonNumber)) },
    };
    return json(inv, { variables: view.names, hessian, sparsity: view.nonZeros, ...at });
  },
  taylor(inv) {
    const { variable, at, atText, order } = taylorArguments(inv.words, `symdiff ${inv.spec.name} ${inv.spec.args}`);
    const result = taylor(expressionOf(inv), variable, at, order);
    return inv.options.json === true ? json(inv, { variable, at: atText, order, result: text(result, inv) }) : show(result, printingOf(inv));
  },
  simplify(inv) {
    const result = simplify(expressionOf(inv));
    return inv.options.json === true ? json(inv, { result: text(result, inv) }) : show(result, printingOf(inv));
  },
  eval(inv) {
    const point = pointOf(inv) ?? {};
    const value = evaluate(expressionOf(inv), point);
    return inv.options.json === true ? json(inv, { point: jsonNumbers(point), value: jsonNumber(value) }) : numberText(value);
  },
  tree(inv) {
    const e = expressionOf(inv);
    return inv.options.json === true ? json(inv, treeJson(e)) : formatTree(e);
  },
  latex(inv) {
    const latex = toLatex(expressionOf(inv));
    return inv.options.json === true ? json(inv, { latex }) : latex;
  },
  fd(inv) {
    const e = expressionOf(inv);
    const variable = chooseVariable(e, inv.words[0]);
    const point = pointOf(inv) ?? {};
    const view = sweepView(e, variable, point, inv.options.scheme as Scheme | undefined);
    if (inv.options.json !== true) return sweepTable(view);
    const rows = view.rows.map((row) => ({ h: row.h, estimate: jsonNumber(row.estimate), error: jsonNumber(row.error) }));
    return json(inv, { variable, point: jsonNumbers(point), scheme: view.scheme, exact: jsonNumber(view.exact), rows, best: view.best });
  },
  steps: (inv) => stepsOutcome(inv, orderOf(inv.options.order)),
  check: (inv) => checkOutcome(inv),
  backprop(inv) {
    const e = expressionOf(inv);
    const point = pointOf(inv) ?? {};
    const trace = reverseModeTrace(e, point);
    if (inv.options.json !== true) return traceTable(e, trace);
    return json(inv, { point: jsonNumbers(point), value: jsonNumber(trace.value), gradient: jsonNumbers(trace.gradient), ...traceJson(trace) });
  },
};

/** The --order; the library judges a number (0 and 2.5 are not orders), text that is no number is judged here. */
function orderOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const order = Number(text);
  // Number('0x2') is 2 and Number('1e1') 10: only decimal digits (and a decimal point, for 2.5) are an order.
  if (!/^\s*\d+(\.\d*)?\s*$/.test(text) || Number.isNaN(order)) throw new UserError(`--order must be a positive integer, got '${text}'`);
  return order;
}

const expressionOf = (inv: Invocation): Expr => parseSlice(wholeSlice(inv.expression));

function pointOf(inv: Invocation): Record<string, number> | undefined {
  if (inv.assignments.length === 0) return undefined;
  return numericPoint(inv.assignments.flatMap((arg) => assignmentsIn(wholeSlice(arg))));
}

function printingOf(inv: Invocation): Printing {
  const notation = inv.options.latex === true ? 'latex' : inv.options.tree === true ? 'tree' : 'text';
  return { notation, share: inv.options.share === true };
}

const text = (e: Expr, inv: Invocation): string => format(e, { share: inv.options.share === true });

/** The JSON object of every command: `command` and `input` first, then the command's fields. */
function json(inv: Invocation, fields: object): string {
  return JSON.stringify({ command: inv.spec.name, input: inv.expression, ...fields }, null, 2);
}
