// derivationSteps: the derivation as a person writes it, produced by the same D and simplifier that
// make diff's answer, so its last line is diff(expr, variable, order).

import type { Expr } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { derivative } from '../diff/differentiate.js';
import { InvalidArgumentError } from '../errors.js';
import { format } from '../print/format.js';
import { toLatex } from '../print/latex.js';
import { simplify } from '../simplify/simplify.js';
import type { Derivation, DerivationOptions, DerivationStep } from './derivation-step.js';
import { OutputBudget } from './output-budget.js';
import { sceneOf } from './scene.js';
import { writtenOut } from './written-out.js';

export function derivationSteps(expr: Expr, variable: string, options: DerivationOptions = {}): Derivation {
  const name = checkVariableName(variable);
  const { order, full } = checkOptions(options);
  const budget = new OutputBudget();
  budget.check(order); // at least one character a derivative
  const steps: DerivationStep[] = [];
  let current = expr;
  for (let k = 0; k < order; k++) {
    const written = writtenOut(current, name, full, budget);
    // The raw derivative from D itself, not from the lines: the same tree diff simplifies.
    const raw = derivative(current, sceneOf(current, name).seed);
    const next = simplify(raw);
    steps.push(...written);
    const last = written[written.length - 1] as DerivationStep;
    const text = format(next);
    if (last.text !== text) steps.push(simplifyStep(raw, next, text, budget));
    current = next;
  }
  return { steps, result: current };
}

/**
 * One step from the written-out derivative to the simplified one. (simplifyTraced, when it lands in
 * src/simplify, names each rewrite; until then the whole of it is named 'canonical-form'.)
 */
function simplifyStep(raw: Expr, result: Expr, text: string, budget: OutputBudget): DerivationStep {
  return { rule: 'simplify', at: raw, text: budget.spend(text), latex: budget.spend(toLatex(result)), simplifierRule: 'canonical-form' };
}

function checkOptions(options: unknown): { order: number; full: boolean } {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(`options must be an object, got ${describe(options)}`);
  const { order = 1, detail = 'brief' } = options as DerivationOptions;
  if (!Number.isInteger(order) || order < 1) throw new InvalidArgumentError(`order must be a positive integer, got ${describe(order)}`);
  if (detail !== 'brief' && detail !== 'full') throw new InvalidArgumentError(`detail must be 'brief' or 'full', got ${describe(detail)}`);
  return { order, full: detail === 'full' };
}
