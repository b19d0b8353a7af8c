// simplifyAll for many small trees of few shapes (the partials of a chained sum: 2,998 Hessian entries
// of Rosenbrock's function in 1,000 variables, of a handful of shapes): each shape is simplified once,
// on its first tree, and the result renamed for the others (renaming.ts). Trees too large to be worth
// a key, and the first of each shape, are simplified together as simplifyAll does, sharing nodes.
//
// A renamed result is what simplifying that tree gives as far as the simplifier depends on the
// structure and the order of names. It also looks at structural hashes, which do not follow a
// renaming, to order unlike operands; a tie broken there could in principle make another, equally
// valid form: the value is the same, and the tests check sizes on the benchmark inputs.

import type { Expr } from '../ast/expr.js';
import { simplifyAll } from '../simplify/simplify.js';
import { Renaming } from './renaming.js';
import { shapeOf, type Shape } from './shape.js';

/**
 * Distinct nodes past which a tree gets no shape key: a key costs a walk of the tree, and large trees
 * rarely repeat (a network's partials all hold its whole forward pass, and share it).
 */
export const MAX_SHAPE_NODES = 64;

export function simplifyByShape(roots: readonly Expr[], options: { shareProducts?: boolean } = {}): Expr[] {
  const shapes = roots.map((root) => shapeOf(root, MAX_SHAPE_NODES));
  const slotOfKey = new Map<string, number>();
  const slots: number[] = []; // per root: where among the simplified trees its result comes from
  const firsts: number[] = []; // per slot: the root simplified there
  roots.forEach((_, i) => {
    const key = shapes[i]?.key;
    let slot = key === undefined ? undefined : slotOfKey.get(key);
    if (slot === undefined) {
      slot = firsts.push(i) - 1;
      if (key !== undefined) slotOfKey.set(key, slot);
    }
    slots.push(slot);
  });
  const simplified = simplifyAll(firsts.map((i) => roots[i] as Expr), options);
  if (firsts.length === roots.length) return simplified;
  const renaming = new Renaming();
  const adopted = simplified.map((result, slot) => {
    const shape = shapes[firsts[slot] as number];
    return shape === undefined ? undefined : renaming.adopt(result, shape.names);
  });
  return roots.map((_, i) => {
    const slot = slots[i] as number;
    const result = adopted[slot];
    if (result === undefined) return simplified[slot] as Expr;
    return firsts[slot] === i ? result.tree : renaming.renamed(result, (shapes[i] as Shape).names);
  });
}
