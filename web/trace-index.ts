// Which entry of a reverse-mode trace a drawn node is. The trace lists each class of structurally
// equal subtrees once (the first met); the drawing shows every occurrence, so an occurrence is found
// by identity first, then among the entries with its hash by structural equality.

import { equals, type Expr } from '../src/index.js';

export function traceIndex(entries: readonly { readonly expr: Expr }[]): (expr: Expr) => number | undefined {
  const byNode = new Map<Expr, number>();
  const byHash = new Map<number, number[]>();
  entries.forEach(({ expr }, i) => {
    byNode.set(expr, i);
    const bucket = byHash.get(expr.hash);
    if (bucket === undefined) byHash.set(expr.hash, [i]);
    else bucket.push(i);
  });
  return (expr) => {
    const known = byNode.get(expr);
    if (known !== undefined) return known;
    const found = byHash.get(expr.hash)?.find((i) => equals((entries[i] as { expr: Expr }).expr, expr));
    if (found !== undefined) byNode.set(expr, found);
    return found;
  };
}
