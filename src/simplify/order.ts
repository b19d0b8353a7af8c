// The canonical order of operands in sums and products: total and deterministic. It only has to be
// consistent (display order is chosen later, by pretty.ts), so beyond kinds and leaves it is the
// structural hash, with a structural comparison to break the rare tie between distinct nodes.

import { children, type Expr, type Kind } from '../ast/expr.js';
import { compareNums } from '../ast/numbers.js';

const RANK: Record<Kind, number> = { num: 0, const: 1, var: 2, pow: 3, call: 4, mul: 5, add: 6, sub: 7, div: 8, neg: 9 };

function compareShallow(a: Expr, b: Expr): number {
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  if (a.kind === 'num' && b.kind === 'num') return compareNums(a, b);
  if ((a.kind === 'var' || a.kind === 'const') && (b.kind === 'var' || b.kind === 'const')) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  }
  if (a.kind === 'call' && b.kind === 'call' && a.fn !== b.fn) return a.fn < b.fn ? -1 : 1;
  return children(a).length - children(b).length;
}

/** Negative when `a` sorts before `b`; 0 only for structurally equal nodes. */
export function compareCanonical(a: Expr, b: Expr): number {
  if (a === b) return 0;
  const shallow = compareShallow(a, b);
  if (shallow !== 0 || a.kind === 'num' || a.kind === 'var' || a.kind === 'const') return shallow;
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  return compareStructurally(a, b);
}

function compareStructurally(a: Expr, b: Expr): number {
  const stack: Expr[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop() as Expr;
    const x = stack.pop() as Expr;
    if (x === y) continue;
    const shallow = compareShallow(x, y);
    if (shallow !== 0) return shallow;
    const xs = children(x);
    const ys = children(y);
    for (let i = xs.length - 1; i >= 0; i--) stack.push(xs[i] as Expr, ys[i] as Expr);
  }
  return 0;
}
