// The verified GCD: the heuristic first, the primitive PRS when it gives up, and the answer used only
// after exact division has shown that it divides both inputs (the cofactors are those quotients).

import * as Q from '../ast/rational.js';
import type { Budget } from './budget.js';
import { primitive } from './content.js';
import { divideExact } from './division.js';
import { heuristicGcd, type GcdWithCofactors } from './gcd-heuristic.js';
import { prsGcd } from './gcd-prs.js';
import { constantValue, ONE_POLY, type Poly, type Term } from './poly.js';
import { common, isUnit, type Monomial } from './monomial.js';

export type { GcdWithCofactors } from './gcd-heuristic.js';

/**
 * gcd(a, b) over the rationals, made unit normal (integer coefficients with no common factor, the
 * leading one positive), with the cofactors a/gcd and b/gcd. gcd(0, 0) is taken as 1.
 */
export function gcd(a: Poly, b: Poly, budget: Budget): GcdWithCofactors {
  // A non-zero constant on either side: the GCD is 1, and the cofactors are the inputs themselves (what
  // the general path finds too, after two primitive parts and two divisions by 1).
  if (isNonZeroConstant(a) || isNonZeroConstant(b)) return { gcd: ONE_POLY, cofactorA: a, cofactorB: b };
  if (a.length === 0 || b.length === 0) {
    const g = a.length === 0 && b.length === 0 ? ONE_POLY : primitive(a.length === 0 ? b : a);
    return verified(a, b, g, budget) as GcdWithCofactors;
  }
  const f = primitive(a);
  const g = primitive(b);
  const candidate =
    constantValue(f) !== undefined || constantValue(g) !== undefined ? ONE_POLY
    : f.length === 1 || g.length === 1 ? monomialGcd(f, g)
    : heuristicGcd(f, g, budget)?.gcd;
  const checked = candidate && verified(a, b, primitive(candidate), budget);
  if (checked) return checked;
  // The PRS is exact; its answer is checked all the same, and 1 is the safe divisor if ever it failed.
  return verified(a, b, prsGcd(f, g, budget), budget) ?? (verified(a, b, ONE_POLY, budget) as GcdWithCofactors);
}

const isNonZeroConstant = (p: Poly): boolean => p.length === 1 && isUnit((p[0] as Term).monomial);

function verified(a: Poly, b: Poly, g: Poly, budget: Budget): GcdWithCofactors | undefined {
  const cofactorA = divideExact(a, g, budget);
  const cofactorB = cofactorA && divideExact(b, g, budget);
  return cofactorA && cofactorB ? { gcd: g, cofactorA, cofactorB } : undefined;
}

/** When one side is a single term, the GCD is the monomial of the least powers the other shares. */
function monomialGcd(f: Poly, g: Poly): Poly {
  let least: Monomial | undefined;
  for (const p of [f, g]) for (const { monomial } of p) least = least === undefined ? monomial : common(least, monomial);
  return [{ monomial: least ?? [], coef: Q.ONE } satisfies Term];
}
