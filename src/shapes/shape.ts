// The shape of a tree: its structure with the variables replaced by their rank among the tree's own
// variables (in the order of their names, the order the simplifier sorts and prints variables in).
// Two trees of one shape differ only by an order-preserving renaming of their variables:
// ∂²/∂x2² and ∂²/∂x3² of a chained sum are `1200*x2^2 - 400*x3 + 202` and `1200*x3^2 - 400*x4 + 202`.

import { assertNever, type Expr } from '../ast/expr.js';
import { postorderUpTo } from '../ast/walk.js';

export interface Shape {
  /** Equal keys: equal structures (sharing included) up to an order-preserving renaming. */
  readonly key: string;
  /** The tree's variables by rank: names[k] is the variable written `v{k}` in the key. */
  readonly names: readonly string[];
}

/** The shape of `root`, or undefined when it has more than `limit` distinct nodes (not worth a key). */
export function shapeOf(root: Expr, limit: number): Shape | undefined {
  const order = postorderUpTo(root, limit);
  if (order === undefined) return undefined;
  const names = [...new Set(order.flatMap((e) => (e.kind === 'var' ? [e.name] : [])))].sort(compareNames);
  const rank = new Map(names.map((name, k) => [name, k]));
  // Each node by its index in the post-order: the same DAG gives the same indexes, sharing included.
  const index = new Map<Expr, number>();
  const tokens: string[] = [];
  for (const e of order) {
    index.set(e, index.size);
    tokens.push(tokenOf(e, rank, index));
  }
  return { key: tokens.join(';'), names };
}

/** The order of names the simplifier uses (order.ts, display-order.ts): UTF-16 code units. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tokenOf(e: Expr, rank: ReadonlyMap<string, number>, index: ReadonlyMap<Expr, number>): string {
  switch (e.kind) {
    // Exact and float numbers apart: 2 and 2.0 simplify differently.
    case 'num': return e.exact === null ? `f${e.value}` : `q${e.exact.num}/${e.exact.den}`;
    case 'var': return `v${rank.get(e.name) as number}`;
    case 'const': return `c${e.name}`;
    case 'call': return `${e.fn}(${e.args.map((k) => index.get(k)).join(',')})`;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow': return `${e.kind}(${e.args.map((k) => index.get(k)).join(',')})`;
    default: return assertNever(e);
  }
}
