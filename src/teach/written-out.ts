// The derivation written out, outermost rule first: D's own rule at each node (through the table
// rows, `rule` of src/diff), applied to placeholders d/dx[u] for the derivatives not yet taken, which
// the following steps fill in, depth first and left to right.

import type { Expr } from '../ast/expr.js';
import { children } from '../ast/expr.js';
import { one, zero } from '../ast/smart.js';
import { substitute } from '../ast/substitute.js';
import { fold } from '../ast/walk.js';
import { rule } from '../diff/differentiate.js';
import { chainSubsteps } from './chain-substeps.js';
import type { DerivationStep } from './derivation-step.js';
import type { OutputBudget } from './output-budget.js';
import { Placeholders } from './placeholders.js';
import { sceneOf, type Scene } from './scene.js';
import { stepRuleOf } from './step-rule.js';

/** The derivative steps of `root` (one order), each with the whole line after it. */
export function writtenOut(root: Expr, variable: string, full: boolean, budget: OutputBudget): DerivationStep[] {
  const scene = sceneOf(root, variable);
  budget.check(leastOutput(scene));
  const placeholders = new Placeholders(root, variable);
  const templates = new Map<Expr, Expr>(); // node → its rule's result, placeholders for its children
  const steps: DerivationStep[] = [];
  const pending: Expr[] = [root]; // a stack: the next derivative to take is on top
  while (pending.length > 0) {
    const node = pending.pop() as Expr;
    if (templates.has(node)) continue; // a shared subtree, already differentiated
    const kids = children(node);
    const written = kids.map((k) => (writtenAsPlaceholder(node, k, scene) ? placeholders.of(k) : undefined));
    templates.set(node, templateOf(node, written, scene));
    for (let i = kids.length - 1; i >= 0; i--) if (written[i]) pending.push(kids[i] as Expr);
    const line = lineOf(root, scene, templates, placeholders);
    const rule = stepRuleOf(node, scene);
    steps.push({
      rule, at: node,
      text: budget.spend(placeholders.text(line)),
      latex: budget.spend(placeholders.latex(line)),
      ...(node.kind === 'call' ? { fn: node.fn } : {}),
      ...(full ? chainSubsteps(node, templates.get(node) as Expr, scene, placeholders, budget) : {}),
    });
  }
  return steps;
}

/**
 * About the fewest characters these steps print, to refuse a huge derivation before printing any of
 * it: a step per distinct varying node, and in every line each varying node of the tree (counted as
 * often as it occurs) leaves a character or more: its operator, its derivative's, or d/dx[…] around
 * it. Halved as a margin (x^1 and -(-u) fold away a character).
 */
function leastOutput(s: Scene): number {
  const occurrences = fold<number>(s.root, (node, kids) => (s.varies(node) ? 1 : 0) + kids.reduce((a, b) => a + b, 0));
  return (s.outermostFirst.filter(s.varies).length * occurrences) / 2;
}

/**
 * A child's derivative is written d/dx[u] and taken in a later step when it varies, and also when it
 * is a constant term of a sum or difference (a person writes d/dx[5], then 0). A constant factor,
 * divisor or exponent is not differentiated at all: its derivative is 0 in the rule itself.
 */
function writtenAsPlaceholder(parent: Expr, child: Expr, s: Scene): boolean {
  return s.varies(child) || parent.kind === 'add' || parent.kind === 'sub' || parent.kind === 'neg';
}

function templateOf(node: Expr, written: readonly (Expr | undefined)[], s: Scene): Expr {
  if (!s.varies(node)) return zero;
  if (s.isVariable(node)) return one;
  return rule(node, written.map((p) => p ?? zero), s.seed);
}

/** The whole line: the root's rule with every derivative taken so far filled in, innermost first. */
function lineOf(root: Expr, s: Scene, templates: ReadonlyMap<Expr, Expr>, placeholders: Placeholders): Expr {
  const filled = new Map<string, Expr>();
  for (let i = s.outermostFirst.length - 1; i >= 0; i--) {
    const node = s.outermostFirst[i] as Expr;
    const template = templates.get(node);
    if (template !== undefined) filled.set(placeholders.of(node).name, substitute(template, filled));
  }
  return filled.get(placeholders.of(root).name) as Expr;
}
