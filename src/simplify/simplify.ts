// simplify: canonical form, then printed back as a person writes it; never larger than its input.

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { Canon } from './canon.js';
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
  const canon = new Canon();
  const memo = toCanonical(canon, roots, new Map());
  const canonical = roots.map((root) => memo.get(root) ?? root);
  const results = shareProducts ? shareSubproducts(canon, canonical) : canonical;
  return roots.map((root, i) => {
    const result = results[i] as Expr;
    return canon.cost(result) <= operatorCount(root) ? canon.printed(result) : root;
  });
}
