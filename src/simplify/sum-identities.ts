// The identities of rules/sum.ts applied to collected like terms: a·f(u)²·m + s·a·g(u)²·m = a·m.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { negNum } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { addTo, type Collected } from './like-terms.js';
import { compareCanonical } from './order.js';
import { SUM_IDENTITIES, type SumIdentity } from './rules/sum.js';
import { factorsOf, joinTerm } from './terms.js';

/** u when f is `name(u)^2` (`name(u)^-2` where `inverse`). */
function squaredArgument(f: Expr, name: FunctionName, inverse = false): Expr | undefined {
  if (f.kind !== 'pow' || f.args[1].kind !== 'num' || f.args[1].value !== (inverse ? -2 : 2)) return undefined;
  const inner = f.args[0];
  return inner.kind === 'call' && inner.fn === name && inner.args.length === 1 ? inner.args[0] : undefined;
}

/** Rewrites the collected terms in place wherever an identity's two terms are both present. */
export function applySumIdentities(c: Canon, collected: Collected): void {
  const functions = functionsOfMonomials(collected);
  if (functions === undefined) return;
  for (const identity of SUM_IDENTITIES) {
    // The term with f(u)^±2 must be there, and g must be a factor of some term: the partner is
    // rest·g(u)^2, and g leaves it only when rest holds a power of g(u) itself. (Building partners
    // that cannot be there was most of what the 100,000-deep tree's tanh sums cost here.)
    if (((functions.get(identity.f) ?? 0) & (identity.inverse ? INVERSE_SQUARED : SQUARED)) === 0) continue;
    if (functions.get(identity.g) === undefined) continue;
    for (const [monomial, coefficient] of [...collected]) {
      if (monomial === null || collected.get(monomial) !== coefficient) continue;
      const factors = factorsOf(monomial);
      let i = 0;
      while (i < factors.length && squaredArgument(factors[i] as Expr, identity.f, identity.inverse) === undefined) i++;
      if (i === factors.length) continue;
      const u = squaredArgument(factors[i] as Expr, identity.f, identity.inverse) as Expr;
      const rest = factors.filter((_, j) => j !== i);
      const partner = c.product([...rest, c.power(c.call(identity.g, [u]), c.num({ num: 2n, den: 1n }))]);
      const partnerCoefficient = collected.get(partner);
      const expected = identity.sign === 1 ? coefficient : negNum(coefficient);
      if (partnerCoefficient === undefined || partnerCoefficient.value !== expected.value) continue;
      collected.delete(monomial);
      collected.delete(partner);
      const remaining = rest.length === 0 ? null : c.product(rest);
      addTo(c, collected, remaining, coefficient);
      if (c.steps !== undefined) traced(c, identity, [joinTerm(c, coefficient, monomial), joinTerm(c, partnerCoefficient, partner)], joinTerm(c, coefficient, remaining));
    }
  }
}

/** The two terms and the one that replaced them, for the trace only. */
function traced(c: Canon, identity: SumIdentity, terms: Expr[], after: Expr): void {
  c.steps?.push({ rule: identity.name, before: c.sumNode(terms.sort(compareCanonical)), after });
}

/** Bits of what functionsOfMonomials knows of a function: it is a factor's base; squared; to the power -2. */
const FACTOR = 1;
const SQUARED = 2;
const INVERSE_SQUARED = 4;

/**
 * The functions whose calls are bases of the monomials' factors, each with whether some factor is the
 * call squared or to the power -2: one look at the terms for all the identities (there are a dozen).
 * Undefined when no factor is a squared call (or to the power -2): most sums, done with at once.
 */
function functionsOfMonomials(collected: Collected): Map<string, number> | undefined {
  let squares = false;
  for (const monomial of collected.keys()) {
    if (monomial === null) continue;
    const factors = factorsOf(monomial);
    for (let i = 0; i < factors.length && !squares; i++) squares = squarePower(factors[i] as Expr) !== 0;
    if (squares) break;
  }
  if (!squares) return undefined;
  const functions = new Map<string, number>();
  for (const monomial of collected.keys()) {
    if (monomial === null) continue;
    const factors = factorsOf(monomial);
    for (let i = 0; i < factors.length; i++) {
      const f = factors[i] as Expr;
      const base = f.kind === 'pow' ? f.args[0] : f;
      if (base.kind !== 'call') continue;
      const power = squarePower(f);
      const bits = power === 2 ? SQUARED : power === -2 ? INVERSE_SQUARED : 0;
      functions.set(base.fn, (functions.get(base.fn) ?? 0) | FACTOR | bits);
    }
  }
  return functions;
}

/** 2 or -2 when f is a call of one argument to that power, else 0. */
function squarePower(f: Expr): number {
  if (f.kind !== 'pow' || f.args[1].kind !== 'num' || Math.abs(f.args[1].value) !== 2) return 0;
  const inner = f.args[0];
  return inner.kind === 'call' && inner.args.length === 1 ? f.args[1].value : 0;
}
