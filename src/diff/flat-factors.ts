// Whether simplifying a sweep's raw derivatives would flatten their products into a quadratic mass:
// on a chain each adjoint is the one before times a local partial, and the simplifier splices a
// product inside a product, so n levels make n products of up to n factors. Counted, not built.

import type { Expr } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';

/**
 * Flat factors per distinct node past which a sweep is taken as quadratic. Measured (factors after
 * flattening / distinct nodes of the sweep): at most 5.2 on the benchmark corpus (prod16; mlp64: 0.7),
 * 22 on the log(y, … + 2) chain of depth 100 and 215 at depth 1,000, where simplifying the gradient's
 * sweep took 13 s.
 */
export const FLAT_FACTORS_PER_NODE = 16;

/** What a sweep's raw derivatives hold: distinct nodes of their sum, and flat factors of their products. */
export interface SweepSize {
  /** dagSize of the sum of the roots (their distinct nodes, and the sum's own). */
  readonly nodes: number;
  readonly quadratic: boolean;
}

/** One walk for both (the gradient also compares its result's size with the sweep's). */
export function sweepSize(roots: readonly Expr[]): SweepSize {
  const order = postorder(roots);
  const nodes = order.length + 1;
  return { nodes, quadratic: roots.length > 0 && flatFactorsExceed(order, FLAT_FACTORS_PER_NODE * nodes) };
}

export function flattensQuadratically(roots: readonly Expr[]): boolean {
  return sweepSize(roots).quadratic;
}

/**
 * Whether the products hold more than `limit` factors once flattened, over the distinct products
 * (`order`: children first). Counted until the limit is passed: on a chain the deepest products, the
 * longest, come first, so a quadratic sweep is known a fraction of the way through.
 */
function flatFactorsExceed(order: readonly Expr[], limit: number): boolean {
  const flat = new Map<Expr, number>();
  let total = 0;
  for (const e of order) {
    if (e.kind !== 'mul' && e.kind !== 'div' && e.kind !== 'neg') continue;
    let count = 0;
    for (const kid of e.args) count += flat.get(kid) ?? 1;
    flat.set(e, count);
    total += count;
    if (total > limit) return true;
  }
  return false;
}
