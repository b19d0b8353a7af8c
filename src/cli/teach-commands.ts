// The teaching commands: `steps` (the derivation line by line) and `check` (a student's answer judged,
// with the mistake named). `check` answers with its own exit code: 0 correct, 3 incorrect, 4 undecided.

import { checkDerivative, derivationSteps, format, type DerivationStep, type DerivativeCheck, type Expr } from '../index.js';
import type { Invocation } from './argv.js';
import { chooseVariable } from './choose-variable.js';
import { jsonNumber, jsonNumbers } from './json-shapes.js';
import { numberText } from './notation.js';
import { parseSlice, wholeSlice } from './slice.js';

export interface Outcome {
  readonly output: string;
  readonly code: number;
}

const VERDICT_CODES = { correct: 0, incorrect: 3, undecided: 4 } as const;

export function stepsOutcome(inv: Invocation, order: number): Outcome {
  const e = expressionIn(inv.expression);
  const variable = chooseVariable(e, inv.words[0]);
  const { steps, result } = derivationSteps(e, variable, { order });
  if (inv.options.json === true) {
    return { code: 0, output: json(inv, { variable, order, steps: steps.map(stepJson), result: format(result) }) };
  }
  return { code: 0, output: stepLines(steps, inv.options.latex === true) };
}

/** The derivation, one rule a line (`:steps` in the REPL too). */
export function stepsText(e: Expr, variable: string, order: number): string {
  return stepLines(derivationSteps(e, variable, { order }).steps, false);
}

function stepLines(steps: readonly DerivationStep[], latex: boolean): string {
  const width = Math.max(...steps.map((s) => label(s).length));
  return steps.map((s) => `${label(s).padEnd(width)}  ${latex ? s.latex : s.text}`).join('\n');
}

export function checkOutcome(inv: Invocation): Outcome {
  const answer = expressionIn(inv.expression);
  const e = expressionIn(inv.words[0] as string);
  const variable = chooseVariable(e, inv.words[1]);
  const check = checkDerivative(answer, e, variable);
  const code = VERDICT_CODES[check.verdict];
  const { counterexample: at, mistake } = check;
  if (inv.options.json === true) {
    const counterexample = at && { point: jsonNumbers(at.point), answer: jsonNumber(at.answer), expected: jsonNumber(at.expected) };
    const named = mistake && { kind: mistake.kind, at: format(mistake.at), message: mistake.message };
    return { code, output: json(inv, { expression: inv.words[0], variable, verdict: check.verdict, expected: format(check.expected),
      ...(counterexample ? { counterexample } : {}), ...(named ? { mistake: named } : {}) }) };
  }
  return { code, output: checkLines(check, e, variable) };
}

/** The verdict, the point where the answer differs and the mistake (`:check` in the REPL too). */
export function checkText(answer: Expr, e: Expr, variable: string): string {
  return checkLines(checkDerivative(answer, e, variable), e, variable);
}

function checkLines(check: DerivativeCheck, e: Expr, variable: string): string {
  const { counterexample: at, mistake } = check;
  const lines = [`${check.verdict}: d/d${variable}[${format(e)}] = ${format(check.expected)}`];
  if (at) {
    const point = Object.entries(at.point).map(([name, x]) => `${name}=${numberText(x)}`).join(' ');
    lines.push(`at ${point}: your answer is ${numberText(at.answer)}, the derivative ${numberText(at.expected)}`);
  }
  if (mistake) lines.push(`mistake (${mistake.kind}, at ${format(mistake.at)}): ${mistake.message}`);
  return lines.join('\n');
}

const expressionIn = (text: string): Expr => parseSlice(wholeSlice(text));

const label = (s: DerivationStep): string => s.rule + (s.fn ? ` ${s.fn}` : '') + (s.simplifierRule ? ` (${s.simplifierRule})` : '');

function stepJson(s: DerivationStep): object {
  return {
    rule: s.rule, ...(s.fn ? { fn: s.fn } : {}), ...(s.simplifierRule ? { simplifierRule: s.simplifierRule } : {}),
    at: format(s.at), text: s.text, latex: s.latex,
  };
}

function json(inv: Invocation, fields: object): string {
  return JSON.stringify({ command: inv.spec.name, input: inv.expression, ...fields }, null, 2);
}
