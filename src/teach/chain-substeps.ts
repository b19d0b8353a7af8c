// 'full' detail: the chain rule written out at a composition f(u) whose inside u is not the variable
// itself, as SymPy Gamma's "let u = …": the outer derivative in u, then times d/dx[u].

import type { Expr } from '../ast/expr.js';
import { children, varNode, withChildren } from '../ast/expr.js';
import { one, zero } from '../ast/smart.js';
import { freeVariables } from '../ast/variables.js';
import { rule } from '../diff/differentiate.js';
import { format } from '../print/format.js';
import { toLatex } from '../print/latex.js';
import type { DerivationStep } from './derivation-step.js';
import type { OutputBudget } from './output-budget.js';
import type { Placeholders } from './placeholders.js';
import type { Scene } from './scene.js';
import { stepRuleOf } from './step-rule.js';

export function chainSubsteps(
  node: Expr, template: Expr, s: Scene, placeholders: Placeholders, budget: OutputBudget,
): { substeps?: DerivationStep[] } {
  const inside = compositionInside(node, s);
  if (inside === undefined) return {};
  const u = varNode(freshName(s.root));
  const outer = withChildren(node, children(node).map((k) => (k === inside ? u : k)));
  const outerDerivative = rule(outer, children(outer).map((k) => (k === u ? one : zero)), (v) => (v === u ? one : zero));
  const x = s.variable;
  const fn = node.kind === 'call' ? { fn: node.fn } : {};
  const line = (rule: DerivationStep['rule'], text: string, latex: string): DerivationStep =>
    ({ rule, at: node, text: budget.spend(text), latex: budget.spend(latex), ...fn });
  return {
    substeps: [
      line('chain', `let ${u.name} = ${format(inside)}`, `\\text{let } ${toLatex(u)} = ${toLatex(inside)}`),
      line(stepRuleOf(node, s), `d/d${u.name}[${format(outer)}] = ${format(outerDerivative)}`,
        `\\frac{d}{d${toLatex(u)}}\\left[${toLatex(outer)}\\right] = ${toLatex(outerDerivative)}`),
      line('chain', `d/d${x}[${format(node)}] = ${placeholders.text(template)}`,
        `\\frac{d}{d${toLatex(varNode(x))}}\\left[${toLatex(node)}\\right] = ${placeholders.latex(template)}`),
    ],
  };
}

/** The one varying argument of a call, base of a power or exponent of an exponential, unless it is the variable. */
function compositionInside(node: Expr, s: Scene): Expr | undefined {
  if (node.kind !== 'call' && node.kind !== 'pow') return undefined;
  const varying = node.args.filter(s.varies);
  const [inside] = varying;
  return varying.length === 1 && inside !== undefined && !s.isVariable(inside) ? inside : undefined;
}

function freshName(root: Expr): string {
  const used = new Set(freeVariables(root));
  const name = ['u', 'v', 'w', 't', 's'].find((n) => !used.has(n));
  if (name !== undefined) return name;
  let i = 1;
  while (used.has(`u${i}`)) i++;
  return `u${i}`;
}
