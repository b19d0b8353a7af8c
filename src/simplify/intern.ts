// Hash-consing: within one simplification, structurally equal nodes are one object, so "like terms"
// and "like factors" are found by identity and a shared subtree stays shared in the result.

import { children, type Expr } from '../ast/expr.js';

function sameNode(a: Expr, b: Expr): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num': {
      const y = b as typeof a;
      if (a.exact === null || y.exact === null) return a.exact === y.exact && Object.is(a.value, y.value);
      return a.exact.num === y.exact.num && a.exact.den === y.exact.den;
    }
    case 'var':
    case 'const':
      return a.name === (b as typeof a).name;
    case 'call':
      if (a.fn !== (b as typeof a).fn) return false;
      break;
    default:
      break;
  }
  // Children are interned already, so comparing them by identity is comparing them structurally.
  const xs = children(a);
  const ys = children(b);
  return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
}

export class Interner {
  private readonly buckets = new Map<number, Expr[]>();

  /** The one node equal to `node` (whose children must be interned already). */
  intern<T extends Expr>(node: T): T {
    const bucket = this.buckets.get(node.hash);
    if (bucket === undefined) {
      this.buckets.set(node.hash, [node]);
      return node;
    }
    for (const other of bucket) if (sameNode(other, node)) return other as T;
    bucket.push(node);
    return node;
  }
}
