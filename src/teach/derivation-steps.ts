// derivationSteps: the derivation as a person writes it, produced by the same D and simplifier that
// make diff's answer, so its last line is diff(expr, variable, order).

import type { Expr } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { equals } from '../ast/equality.js';
import { derivative } from '../diff/differentiate.js';
import { diff } from '../diff/diff.js';
import { InvalidArgumentError } from '../errors.js';
import { format } from '../print/format.js';
import { toLatex } from '../print/latex.js';
import { simplifyTraced } from '../simplify/simplify.js';
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
    const simplified = simplifyTraced(raw);
    steps.push(...written);
    const last = written[written.length - 1] as DerivationStep;
    const text = format(simplified.result);
    if (last.text !== text) steps.push(simplifyStep(raw, simplified, text, budget));
    current = simplified.result;
  }
  // Past the first order diff may take the derivatives as polynomials in the kernels (sin(x), cos(x),
  // …) where trees grow larger: then the last line writes the result out that way.
  const answer = order >= 2 ? diff(expr, name, order) : current;
  if (!equals(answer, current)) {
    steps.push({
      rule: 'simplify', at: current, text: budget.spend(format(answer)), latex: budget.spend(toLatex(answer)),
      simplifierRule: 'expand',
    });
  }
  return { steps, result: answer };
}

/**
 * The step from the written-out derivative to the simplified one, named by the simplifier's last
 * rewrite; each named rewrite (simplifyTraced) is a substep, its own line `before = after`. Without
 * one, the change is the simplifier's canonical form itself (like terms and factors collected,
 * numbers and the written-out 1s and 0s folded), named 'canonical-form'.
 */
function simplifyStep(raw: Expr, simplified: Traced, text: string, budget: OutputBudget): DerivationStep {
  const rewrites = simplified.steps.map((r): DerivationStep => ({
    rule: 'simplify', at: r.after, simplifierRule: r.rule,
    text: budget.spend(`${format(r.before)} = ${format(r.after)}`),
    latex: budget.spend(`${toLatex(r.before)} = ${toLatex(r.after)}`),
  }));
  const last = rewrites[rewrites.length - 1];
  return {
    rule: 'simplify', at: raw, text: budget.spend(text), latex: budget.spend(toLatex(simplified.result)),
    simplifierRule: last?.simplifierRule ?? 'canonical-form',
    ...(rewrites.length > 0 ? { substeps: rewrites } : {}),
  };
}

type Traced = ReturnType<typeof simplifyTraced>;

function checkOptions(options: unknown): { order: number; full: boolean } {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(`options must be an object, got ${describe(options)}`);
  const { order = 1, detail = 'brief' } = options as DerivationOptions;
  if (!Number.isInteger(order) || order < 1) throw new InvalidArgumentError(`order must be a positive integer, got ${describe(order)}`);
  if (detail !== 'brief' && detail !== 'full') throw new InvalidArgumentError(`detail must be 'brief' or 'full', got ${describe(detail)}`);
  return { order, full: detail === 'full' };
}
