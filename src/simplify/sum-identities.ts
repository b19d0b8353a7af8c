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
  const squared = squaredFunctions(collected);
  if (squared === undefined) return;
  for (const identity of SUM_IDENTITIES) {
    if (!squared.has(`${identity.f}${identity.inverse ? -2 : 2}`)) continue;
    for (const [monomial, coefficient] of [...collected]) {
      if (monomial === null || collected.get(monomial) !== coefficient) continue;
      const factors = factorsOf(monomial);
      const i = factors.findIndex((f) => squaredArgument(f, identity.f, identity.inverse) !== undefined);
      if (i < 0) continue;
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

/**
 * The functions some monomial holds squared (or to the power -2), as `name2` or `name-2`: one look at the
 * terms for all the identities (there are a dozen); most sums have none, and are done with at once.
 */
function squaredFunctions(collected: Collected): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const monomial of collected.keys()) {
    if (monomial === null) continue;
    for (const f of factorsOf(monomial)) {
      if (f.kind !== 'pow' || f.args[1].kind !== 'num' || Math.abs(f.args[1].value) !== 2) continue;
      const inner = f.args[0];
      if (inner.kind === 'call' && inner.args.length === 1) (found ??= new Set()).add(`${inner.fn}${f.args[1].value}`);
    }
  }
  return found;
}
