// Selectors on canonical nodes, named after the algebra: a term is coefficient × monomial, a factor
// is base ^ exponent.

import type { Expr, Num } from '../ast/expr.js';
import type { Canon, Term } from './canon.js';

export function splitTerm(c: Canon, t: Expr): Term {
  if (t.kind === 'num') return { coefficient: t, monomial: null };
  if (t.kind === 'mul' && t.args[0]?.kind === 'num') return c.termOf(t);
  return { coefficient: c.one, monomial: t };
}

/** coefficient × the rest of a product whose first factor is a number (Canon memoises it). */
export function splitProduct(c: Canon, t: Extract<Expr, { kind: 'mul' }>): Term {
  const [coefficient, ...rest] = t.args as [Num, ...Expr[]];
  return { coefficient, monomial: rest.length === 1 ? (rest[0] as Expr) : c.productNode(rest) };
}

/** coefficient × monomial as a canonical term (the monomial's factors are canonical already). */
export function joinTerm(c: Canon, coefficient: Num, monomial: Expr | null): Expr {
  if (monomial === null) return coefficient;
  if (coefficient.value === 1 || coefficient.value === 0) return coefficient.value === 1 ? monomial : coefficient;
  return c.productNode([coefficient, ...factorsOf(monomial)]);
}

/** The factors of a monomial: a product's operands, or the monomial alone. */
export function factorsOf(monomial: Expr): readonly Expr[] {
  return monomial.kind === 'mul' ? monomial.args : [monomial];
}

export interface Factor {
  readonly base: Expr;
  readonly exponent: Expr;
}

export function splitFactor(c: Canon, f: Expr): Factor {
  return f.kind === 'pow' ? { base: f.args[0], exponent: f.args[1] } : { base: f, exponent: c.one };
}

/** Whether the monomial's factors are `factors` without the one at `skip` (1 when there are none left). */
export function sameFactorsBut(monomial: Expr | null, factors: readonly Expr[], skip: number): boolean {
  if (monomial === null) return factors.length === 1;
  const own = factorsOf(monomial);
  if (own.length !== factors.length - 1) return false;
  for (let i = 0, k = 0; i < own.length; i++, k++) {
    if (k === skip) k++;
    if (own[i] !== factors[k]) return false;
  }
  return true;
}
