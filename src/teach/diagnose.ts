// Naming a wrong answer's mistake: D run with one rule replaced by its classic wrong version, at one
// node at a time and then at every node it applies to, in the contract's order; then the catch-alls
// (integrated instead, off by a constant factor). No match: no diagnosis, never a guess.

import type { Expr } from '../ast/expr.js';
import { constantFactor } from './constant-factor.js';
import { derivative } from '../diff/differentiate.js';
import { equivalent } from './equivalent.js';
import type { MistakeKind } from './mistake-kind.js';
import type { Settings } from './options.js';
import { probeOf } from './probe.js';
import type { Scene } from './scene.js';
import { show } from './show.js';
import { WRONG_RULES, type WrongRule } from './wrong-rules.js';

export interface Mistake {
  readonly kind: MistakeKind;
  /** The node of the input tree where the wrong rule was applied (the root for the catch-alls). */
  readonly at: Expr;
  readonly message: string;
}

/** Single-node variants tried per wrong rule; past that, only the rule at every node at once. */
const MAX_SITES = 64;
/**
 * Nodes D may visit for the single-node variants of all the rules together: a tree of 10 nodes tries
 * every variant, one of 100,000 nodes only its few outermost nodes (and every rule at all nodes).
 */
const SINGLE_SITE_NODES = 200_000;

export function diagnose(answer: Expr, scene: Scene, expected: Expr, settings: Settings): Mistake | undefined {
  const mayMatch = probeOf(answer, scene.root, settings);
  const matches = (candidate: Expr) => mayMatch(candidate) && equivalent(answer, candidate, settings).verdict === 'equivalent';
  const { root } = scene;
  if (!scene.varies(root)) {
    return matches(root) ? { kind: 'constant-kept', at: root, message: `The derivative of a constant is 0, not ${show(root)} itself.` } : undefined;
  }
  const budget = { nodes: SINGLE_SITE_NODES };
  for (const row of WRONG_RULES) {
    const found = ruleMistake(row, scene, matches, budget);
    if (found) return found;
  }
  // Integrated instead: the answer's derivative (raw, from D) is the expression; probed first, as
  // simplifying the derivative of a large answer can cost far more than evaluating it.
  const answerDerivative = derivative(answer, scene.seed);
  if (probeOf(root, answer, settings)(answerDerivative) && equivalent(answerDerivative, root, settings).verdict === 'equivalent') {
    return { kind: 'antiderivative', at: root, message: `Your answer is an antiderivative of ${show(root)}: differentiating it gives ` +
      `the expression back. The question asks for the derivative, not the integral.` };
  }
  const k = constantFactor(answer, expected, settings);
  return k && { kind: 'constant-factor', at: root, message: `Your answer is ${show(k)} times the right derivative: ` +
    `a constant factor is off (check the coefficients and the signs).` };
}

/** The wrong rule at one node at a time (the outermost ones), then at every node it applies to. */
function ruleMistake(
  row: WrongRule, scene: Scene, matches: (candidate: Expr) => boolean, budget: { nodes: number },
): Mistake | undefined {
  const sites = scene.outermostFirst.filter((e) => row.appliesAt(e, scene));
  const size = scene.outermostFirst.length;
  const singles = Math.min(MAX_SITES, sites.length, Math.floor(budget.nodes / size));
  budget.nodes -= singles * size;
  const tried = sites.slice(0, singles).map((site) => [site]);
  if (sites.length > 1) tried.push(sites);
  for (const at of tried) {
    const wrongHere = new Set(at);
    const variant = derivative(scene.root, scene.seed, (e, t) => (wrongHere.has(e) ? row.wrong(e, t, scene) : undefined));
    if (matches(variant)) {
      const site = at[0] as Expr;
      return { kind: row.kind, at: row.blame?.(site, scene) ?? site, message: row.explain(site, scene) };
    }
  }
  return undefined;
}
