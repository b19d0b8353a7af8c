// Naming a wrong answer's mistake: D run with one rule replaced by its classic wrong version, at one
// node at a time and then at every node it applies to, in the contract's order; then the catch-alls
// (integrated instead, off by a constant factor). No match: no diagnosis, never a guess.

import type { Expr } from '../ast/expr.js';
import { simplify } from '../simplify/simplify.js';
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

export function diagnose(answer: Expr, scene: Scene, expected: Expr, settings: Settings): Mistake | undefined {
  const mayMatch = probeOf(answer, scene.root, settings);
  const matches = (candidate: Expr) => mayMatch(candidate) && equivalent(answer, candidate, settings).verdict === 'equivalent';
  const { root } = scene;
  if (!scene.varies(root)) {
    return matches(root) ? { kind: 'constant-kept', at: root, message: `The derivative of a constant is 0, not ${show(root)} itself.` } : undefined;
  }
  for (const row of WRONG_RULES) {
    const found = ruleMistake(row, scene, matches);
    if (found) return found;
  }
  if (equivalent(simplify(derivative(answer, scene.seed)), root, settings).verdict === 'equivalent') {
    return { kind: 'antiderivative', at: root, message: `Your answer is an antiderivative of ${show(root)}: differentiating it gives ` +
      `the expression back. The question asks for the derivative, not the integral.` };
  }
  const k = constantFactor(answer, expected, settings);
  return k && { kind: 'constant-factor', at: root, message: `Your answer is ${show(k)} times the right derivative: ` +
    `a constant factor is off (check the coefficients and the signs).` };
}

/** The wrong rule at one node at a time, outermost first, then at every node it applies to. */
function ruleMistake(row: WrongRule, scene: Scene, matches: (candidate: Expr) => boolean): Mistake | undefined {
  const sites = scene.outermostFirst.filter((e) => row.appliesAt(e, scene));
  const tried = sites.length <= MAX_SITES ? sites.map((site) => [site]) : [];
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
