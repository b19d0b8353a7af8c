// Like terms gathered by monomial, their coefficients added: 2x + 3x = 5x, u - u = 0.

import type { Expr, Num } from '../ast/expr.js';
import { addNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { splitTerm } from './terms.js';

/** Like terms: monomial (null for the constant term) → coefficient. */
export type Collected = Map<Expr | null, Num>;

/** The terms of `terms`, nested sums flattened, gathered by monomial. */
export function collect(c: Canon, terms: readonly Expr[]): { collected: Collected; uncollectable: Expr[] } {
  const collected: Collected = new Map();
  const uncollectable: Expr[] = []; // terms whose coefficients would add up to ±∞: kept apart
  const pending = [...terms];
  while (pending.length > 0) {
    const t = pending.pop() as Expr;
    if (t.kind === 'add') {
      pending.push(...t.args);
      continue;
    }
    const { coefficient, monomial } = splitTerm(c, t);
    addTo(c, collected, monomial, coefficient, () => uncollectable.push(t));
  }
  return { collected, uncollectable };
}

/** coefficient·monomial added to its like term; `overflow` is told when the sum is not finite. */
export function addTo(c: Canon, collected: Collected, monomial: Expr | null, coefficient: Num, overflow = () => {}): void {
  const previous = collected.get(monomial);
  if (previous === undefined) {
    collected.set(monomial, coefficient);
    return;
  }
  const total = addNums(previous, coefficient);
  if (total) collected.set(monomial, c.numberLike(total));
  else overflow();
}
