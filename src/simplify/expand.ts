// Multiplying out: a term with sums among its factors becomes the sum of the products, so that
// terms hidden inside products can meet their like terms (the derivatives of exp(sin x) only stay
// small when (2 sin x + 3)·sin x and 2 sin²x are seen to be like terms).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';

/** Past this many terms the multiplied-out form is not tried (a product of sums can explode). */
export const MAX_EXPANDED_TERMS = 256;

const isSum = (f: Expr): boolean => f.kind === 'add';

/** The terms of `terms` with every product of sums multiplied out; undefined if none has a sum factor. */
export function expandTerms(c: Canon, terms: readonly Expr[]): Expr[] | undefined {
  if (!terms.some((t) => t.kind === 'mul' && t.args.some(isSum))) return undefined;
  const done: Expr[] = [];
  const pending = [...terms];
  while (pending.length > 0) {
    const t = pending.pop() as Expr;
    const sum = t.kind === 'mul' ? t.args.find(isSum) : undefined;
    if (sum === undefined || t.kind !== 'mul') {
      done.push(t);
    } else {
      // (a + b)·rest = a·rest + b·rest; each product may hold a further sum, so it goes back on the list.
      const rest = t.args.filter((f) => f !== sum);
      for (const s of (sum as Extract<Expr, { kind: 'add' }>).args) pending.push(c.product([s, ...rest]));
    }
    if (done.length + pending.length > MAX_EXPANDED_TERMS) return undefined;
  }
  return done;
}
