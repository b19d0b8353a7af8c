// Sharing subproducts between results: when one product's factors include all of another's, it is
// written as that product times the rest (v·s·x becomes (v·s)·x when v·s is a result too), so the
// DAG holds v·s once. The gradient of a network then costs one multiplication per weight more than
// the gradient of its bias: 7 distinct operators per hidden unit of the 1/k/1 network.
//
// A nested product prints as the flat one (`v*s*x`), so sizes as trees do not change.

import { withChildren, type Expr } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';
import type { Canon } from './canon.js';
import { MAX_SHARED_PRODUCT_CANDIDATES } from './limits.js';

export function shareSubproducts(c: Canon, roots: readonly Expr[]): Expr[] {
  const order = postorder(roots);
  const products = order.filter((e): e is Extract<Expr, { kind: 'mul' }> => e.kind === 'mul');
  if (products.length < 2) return [...roots];
  const containing = new Map<Expr, Extract<Expr, { kind: 'mul' }>[]>(); // factor → products that have it
  for (const p of products) {
    for (const f of p.args) {
      const list = containing.get(f);
      if (list) list.push(p);
      else containing.set(f, [p]);
    }
  }
  const rewritten = new Map<Expr, Expr>();
  const r = (e: Expr): Expr => rewritten.get(e) ?? e;
  for (const e of order) {
    const inner = e.kind === 'mul' ? largestSubproduct(e, containing) : undefined;
    if (e.kind === 'mul' && inner !== undefined) {
      const rest = e.args.filter((f) => !inner.args.includes(f));
      rewritten.set(e, c.productNode([r(inner), ...rest.map(r)]));
    } else if (e.kind !== 'num' && e.kind !== 'var' && e.kind !== 'const') {
      const kids = e.args.map(r);
      if (kids.some((k, i) => k !== e.args[i])) rewritten.set(e, c.intern(withChildren(e, kids)));
    }
  }
  return roots.map(r);
}

/** The product with the most factors, all among the factors of `p` (first found on ties). */
function largestSubproduct(p: Extract<Expr, { kind: 'mul' }>,
  containing: Map<Expr, Extract<Expr, { kind: 'mul' }>[]>): Extract<Expr, { kind: 'mul' }> | undefined {
  if (p.args.length < 3) return undefined;
  const own = new Set(p.args);
  const seen = new Set<Expr>();
  let best: Extract<Expr, { kind: 'mul' }> | undefined;
  let budget = MAX_SHARED_PRODUCT_CANDIDATES;
  for (const f of p.args) {
    for (const q of containing.get(f) ?? []) {
      if (seen.has(q) || q === p || q.args.length >= p.args.length || (best && q.args.length <= best.args.length)) continue;
      seen.add(q);
      if (q.args.every((g) => own.has(g))) best = q;
      if (--budget === 0) return best;
    }
  }
  return best;
}
