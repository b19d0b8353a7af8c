// simplifyAll for many small trees of few shapes (the partials of a chained sum: 2,998 Hessian entries
// of Rosenbrock's function in 1,000 variables, of a handful of shapes): each shape is simplified once,
// on its first tree, and the result renamed for the others (renaming.ts). Trees too large to be worth
// a key, and the first of each shape, are simplified together as simplifyAll does, sharing nodes.
//
// A renamed result is what simplifying that tree gives as far as the simplifier depends on the
// structure and the order of names. It also looks at structural hashes, which do not follow a
// renaming, to order unlike operands; a tie broken there can make another, equally valid form (the
// gradient of the chained Rosenbrock function printed its three terms in one order or another, by
// hash; now in one order): the value is the same, and the tests check sizes.

import type { Expr } from '../ast/expr.js';
import { simplifyAll } from '../simplify/simplify.js';
import { Renaming, type Adopted } from './renaming.js';
import { shapeOf, type Shape } from './shape.js';

/**
 * Distinct nodes past which a tree gets no shape key: a key costs a walk of the tree, and large trees
 * rarely repeat (a network's partials all hold its whole forward pass, and share it).
 */
export const MAX_SHAPE_NODES = 64;
/** Below this many trees no key is made: a shape must repeat to pay for the keys (a 3-variable Hessian has 6 entries). */
export const MIN_TREES_FOR_SHAPES = 16;

/** simplifyAll(roots, options), each shape of small tree simplified once. */
export function simplifyTreesByShape(roots: readonly Expr[], options: { shareProducts?: boolean } = {}): Expr[] {
  return simplifyByShape(roots.length, (i) => shapeOf(roots[i] as Expr, MAX_SHAPE_NODES), (i) => roots[i] as Expr, options);
}

/**
 * The simplified trees of `count` items, given each item's shape (undefined: none) and its tree,
 * asked for only for the items simplified (the first of each shape, and those without one).
 */
export function simplifyByShape(count: number, shapeAt: (i: number) => Shape | undefined, treeAt: (i: number) => Expr,
  options: { shareProducts?: boolean } = {}): Expr[] {
  if (count < MIN_TREES_FOR_SHAPES) return simplifyAll(Array.from({ length: count }, (_, i) => treeAt(i)), options);
  const shapes: (Shape | undefined)[] = [];
  const slotOfKey = new Map<string, number>();
  const slots: number[] = []; // per item: where among the simplified trees its result comes from
  const firsts: number[] = []; // per slot: the item simplified there
  for (let i = 0; i < count; i++) {
    const shape = shapeAt(i);
    shapes.push(shape);
    let slot = shape === undefined ? undefined : slotOfKey.get(shape.key);
    if (slot === undefined) {
      slot = firsts.push(i) - 1;
      if (shape !== undefined) slotOfKey.set(shape.key, slot);
    }
    slots.push(slot);
  }
  const simplified = simplifyAll(firsts.map(treeAt), options);
  if (firsts.length === count) return simplified;
  const renaming = new Renaming();
  const adopted: (Adopted | undefined)[] = simplified.map((result, slot) => {
    const shape = shapes[firsts[slot] as number];
    return shape === undefined ? undefined : renaming.adopt(result, shape.names);
  });
  return slots.map((slot, i) => {
    const result = adopted[slot];
    if (result === undefined) return simplified[slot] as Expr;
    return firsts[slot] === i ? result.tree : renaming.renamed(result, (shapes[i] as Shape).names);
  });
}
