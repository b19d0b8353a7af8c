// The two-term Pythagorean identities of rules/trig.ts (1 - sin²u = cos²u, 1 + tan²u = sec²u, …)
// applied to a sum: its terms a·m and r·a·m·F(u) become s·a·m·G(u). A candidate form (candidates.ts),
// kept only where smaller: the polynomials in sin u that cos²u = 1 - sin²u makes (square-substitution.ts)
// must stay possible, so this is a choice by size, not a rewrite made at every sum.

import type { Expr, Num } from '../ast/expr.js';
import { mulNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { SQUARE_COLLAPSES, type SquareCollapse } from './rules/trig.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

/** The rows by the function squared on their left side, for a quick look-up per factor. */
const BY_FUNCTION = new Map<string, SquareCollapse[]>();
for (const row of SQUARE_COLLAPSES) BY_FUNCTION.set(row.from[0], [...(BY_FUNCTION.get(row.from[0]) ?? []), row]);

/** The row whose left side is `f`, with the function's argument; undefined for any other factor. */
function collapsible(f: Expr): { row: SquareCollapse; u: Expr }[] {
  if (f.kind !== 'pow') return [];
  const [base, exponent] = f.args;
  if (base.kind !== 'call' || base.args.length !== 1) return [];
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 1n) return [];
  const rows = BY_FUNCTION.get(base.fn) ?? [];
  return rows.filter((r) => BigInt(r.from[1]) === exponent.exact?.num).map((row) => ({ row, u: base.args[0] as Expr }));
}

/** The sum with every pair a·m, r·a·m·F(u) made one term; undefined where no pair is found. */
export function collapsedSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  let out: Expr[] | undefined;
  const used = new Set<number>();
  split.forEach(({ coefficient, monomial }, i) => {
    if (monomial === null || used.has(i)) return;
    const factors = factorsOf(monomial);
    for (const [j, f] of factors.entries()) {
      for (const { row, u } of collapsible(f)) {
        const rest = factors.filter((_, k) => k !== j);
        // The partner's monomial is the rest of this one's factors (both sorted): compared, not built.
        const partner = split.findIndex((s, k) => k !== i && !used.has(k) && sameFactors(s.monomial, rest) &&
          sameNumber(mulNums(s.coefficient, row.ratio === 1 ? c.one : c.minusOne), coefficient));
        if (partner < 0) continue;
        const { coefficient: a, monomial: m } = split[partner] as { coefficient: Num; monomial: Expr | null };
        used.add(i).add(partner);
        const g = c.power(c.call(row.to[0], [u]), c.num({ num: BigInt(row.to[1]), den: 1n }));
        (out ??= []).push(c.product([row.sign === 1 ? a : c.negate(a), ...(m === null ? [] : [m]), g]));
        return;
      }
    }
  });
  if (out === undefined) return undefined;
  return collectedSum(c, [...out, ...terms.filter((_, i) => !used.has(i))]);
}

function sameFactors(monomial: Expr | null, factors: readonly Expr[]): boolean {
  if (monomial === null) return factors.length === 0;
  const own = factorsOf(monomial);
  return own.length === factors.length && own.every((f, i) => f === factors[i]);
}

const sameNumber = (a: Num | undefined, b: Num): boolean => a !== undefined && a.exact !== null && b.exact !== null &&
  a.exact.num === b.exact.num && a.exact.den === b.exact.den;

/** Whether some term has a factor that a row collapses: most sums have none, and are done with at once. */
export function mayCollapse(c: Canon, terms: readonly Expr[]): boolean {
  return terms.some((t) => {
    const { monomial } = splitTerm(c, t);
    return monomial !== null && factorsOf(monomial).some((f) => collapsible(f).length > 0);
  });
}
