// Whether simplifying a sweep's raw derivatives would flatten their products into a quadratic mass:
// on a chain each adjoint is the one before times a local partial, and the simplifier splices a
// product inside a product, so n levels make n products of up to n factors. Counted, not built.

import { addNode, type Expr } from '../ast/expr.js';
import { dagSize } from '../ast/size.js';
import { postorder } from '../ast/walk.js';

/**
 * Flat factors per distinct node past which a sweep is taken as quadratic. Measured (factors after
 * flattening / distinct nodes of the sweep): at most 5.2 on the benchmark corpus (prod16; mlp64: 0.7),
 * 22 on the log(y, … + 2) chain of depth 100 and 215 at depth 1,000, where simplifying the gradient's
 * sweep took 13 s.
 */
export const FLAT_FACTORS_PER_NODE = 16;

export function flattensQuadratically(roots: readonly Expr[]): boolean {
  return roots.length > 0 && flatFactorCount(roots) > FLAT_FACTORS_PER_NODE * dagSize(addNode(roots));
}

/** How many factors the products hold once flattened, over the distinct products, without building any. */
function flatFactorCount(roots: readonly Expr[]): number {
  const flat = new Map<Expr, number>();
  let total = 0;
  for (const e of postorder(roots)) {
    if (e.kind !== 'mul' && e.kind !== 'div' && e.kind !== 'neg') continue;
    let count = 0;
    for (const kid of e.args) count += flat.get(kid) ?? 1;
    flat.set(e, count);
    total += count;
  }
  return total;
}
