// simplify: canonical form, then printed back as a person writes it; never larger than its input.
// simplifyTraced does the same and reports which rule or candidate form rewrote what.

import { equals } from '../ast/equality.js';
import type { Expr } from '../ast/expr.js';
import { passesSizeGuard } from './candidates.js';
import { CanonBuilder } from './canon-builder.js';
import { shareSubproducts } from './share.js';
import { toCanonical } from './to-canonical.js';

/**
 * An equivalent expression wherever the input is finite, in canonical form: sums and products
 * flattened and sorted, like terms and factors collected, numbers folded exactly, identities
 * applied, common factors pulled out where that is smaller. Never larger than the input, measured
 * in operator tokens of `format`; idempotent; deterministic.
 */
export function simplify(root: Expr): Expr {
  return simplifyAll([root])[0] as Expr;
}

/**
 * Several expressions simplified together, sharing their common subexpressions; with `shareProducts`,
 * one product is also written through another whose factors it contains (share.ts), for gradients.
 */
export function simplifyAll(roots: readonly Expr[], { shareProducts = false } = {}): Expr[] {
  const canon = new CanonBuilder();
  const memo = toCanonical(canon, roots, new Map());
  const canonical = roots.map((root) => memo.get(root) ?? root);
  const results = shareProducts ? shareSubproducts(canon, canonical) : canonical;
  return roots.map((root, i) => {
    const result = results[i] as Expr;
    return passesSizeGuard(canon, result, root) ? canon.printed(result) : root;
  });
}

/** One rewrite: the rule (or candidate form) that made `after` from `before`, both as `format` prints them. */
export interface SimplificationStep {
  readonly rule: string;
  readonly before: Expr;
  readonly after: Expr;
}

/**
 * simplify(root), with the steps that led there, innermost first: each named rule that fired, each
 * candidate form chosen over the plain one (`expand`, `factor-out`, `horner`, …), and `size-guard`
 * when the input is kept. A node made once and met again is rewritten once, so its steps appear once.
 */
export function simplifyTraced(root: Expr): { result: Expr; steps: SimplificationStep[] } {
  const canon = new CanonBuilder();
  canon.steps = [];
  const canonical = toCanonical(canon, [root], new Map()).get(root) ?? root;
  const steps: SimplificationStep[] = [];
  for (const step of canon.steps) {
    const before = canon.printed(step.before);
    const after = canon.printed(step.after);
    // A change of spelling only (exp(u) kept as e^u, u^1 = u inside a sum) prints the same: not a step.
    if (!equals(before, after)) steps.push({ rule: step.rule, before, after });
  }
  if (passesSizeGuard(canon, canonical, root)) return { result: canon.printed(canonical), steps };
  steps.push({ rule: 'size-guard', before: canon.printed(canonical), after: root });
  return { result: root, steps };
}
