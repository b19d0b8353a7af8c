// Identities between the terms of a sum, as data: a·f(u)²·m + s·a·g(u)²·m = a·m.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { negNum } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import type { Collected } from './sum.js';
import { addTo } from './sum.js';
import { factorsOf } from './terms.js';

export interface SumIdentity {
  readonly name: string;
  readonly formula: string;
  /** f(u)² + sign·g(u)² = 1 */
  readonly f: FunctionName;
  readonly g: FunctionName;
  readonly sign: 1 | -1;
  readonly examples: { readonly fires: readonly [string, string]; readonly not: readonly [string, string] };
}

export const SUM_IDENTITIES: readonly SumIdentity[] = [
  { name: 'pythagoras', formula: 'sin²u + cos²u = 1', f: 'sin', g: 'cos', sign: 1,
    examples: { fires: ['3*x*sin(x)^2 + 3*x*cos(x)^2', '3*x'], not: ['sin(x)^2 + cos(2*x)^2', 'cos(2*x)^2 + sin(x)^2'] } },
  { name: 'hyperbolic-pythagoras', formula: 'cosh²u - sinh²u = 1', f: 'cosh', g: 'sinh', sign: -1,
    examples: { fires: ['cosh(x)^2 - sinh(x)^2', '1'], not: ['cosh(x)^2 + sinh(x)^2', 'cosh(x)^2 + sinh(x)^2'] } },
];

/** u when f is `name(u)^2`. */
function squaredArgument(f: Expr, name: FunctionName): Expr | undefined {
  if (f.kind !== 'pow' || f.args[1].kind !== 'num' || f.args[1].value !== 2) return undefined;
  const inner = f.args[0];
  return inner.kind === 'call' && inner.fn === name && inner.args.length === 1 ? inner.args[0] : undefined;
}

/** Rewrites the collected terms in place wherever an identity's two terms are both present. */
export function applySumIdentities(c: Canon, collected: Collected): void {
  for (const identity of SUM_IDENTITIES) {
    if (!hasSquareOf(collected, identity.f)) continue;
    for (const [monomial, coefficient] of [...collected]) {
      if (monomial === null || collected.get(monomial) !== coefficient) continue;
      const factors = factorsOf(monomial);
      const i = factors.findIndex((f) => squaredArgument(f, identity.f) !== undefined);
      if (i < 0) continue;
      const u = squaredArgument(factors[i] as Expr, identity.f) as Expr;
      const rest = factors.filter((_, j) => j !== i);
      const partner = c.product([...rest, c.power(c.call(identity.g, [u]), c.num({ num: 2n, den: 1n }))]);
      const partnerCoefficient = collected.get(partner);
      const expected = identity.sign === 1 ? coefficient : negNum(coefficient);
      if (partnerCoefficient === undefined || partnerCoefficient.value !== expected.value) continue;
      collected.delete(monomial);
      collected.delete(partner);
      addTo(c, collected, rest.length === 0 ? null : c.product(rest), coefficient);
    }
  }
}

/** Whether some monomial has a factor f(u)^2: most sums have none, and are done with at once. */
function hasSquareOf(collected: Collected, f: FunctionName): boolean {
  for (const monomial of collected.keys()) {
    if (monomial !== null && factorsOf(monomial).some((g) => squaredArgument(g, f) !== undefined)) return true;
  }
  return false;
}
