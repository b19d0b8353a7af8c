// A sum of three terms that is a square, a² ± 2ab + b² = (a ± b)² (rules/perfect-square.ts,
// `perfect-square`): x^2 + 2*x + 1 = (x + 1)^2, exp(2*x) + 2*exp(x) + 1 = (exp(x) + 1)^2, and
// csc(x)^4 - 2*csc(x)^2 + 1 = (csc(x)^2 - 1)^2, whose base then collapses (cot(x)^4). A candidate form
// (candidates.ts), kept where smaller. The square roots of the terms are taken only where they are
// exact on the reals: a positive rational coefficient that is a square, factors raised to even
// integers, and e raised to an even multiple of anything ((e^u)² = e^(2u) for every real u).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { isE } from './rules/selectors.js';
import { factorsOf, splitTerm } from './terms.js';

/** (a ± b)² for a sum a² ± 2ab + b² (or its negation), else undefined. */
export function perfectSquare(c: Canon, terms: readonly Expr[]): Expr | undefined {
  if (terms.length !== 3) return undefined;
  // -(a ± b)²: the squares both negative.
  const negative = terms.filter((t) => splitTerm(c, t).coefficient.value < 0).length >= 2;
  const signed = negative ? terms.map((t) => c.negate(t)) : terms;
  for (let k = 0; k < 3; k++) {
    const a = squareRoot(c, signed[(k + 1) % 3] as Expr);
    const b = a && squareRoot(c, signed[(k + 2) % 3] as Expr);
    if (a === undefined || b === undefined) continue;
    const twice = c.product([c.num(Q.rational(2n)), a, b]);
    const middle = signed[k] as Expr;
    const base = middle === twice ? c.sum([a, b]) : middle === c.negate(twice) ? c.sum([a, c.negate(b)]) : undefined;
    if (base === undefined) continue;
    const square = c.power(base, c.num(Q.rational(2n)));
    return negative ? c.negate(square) : square;
  }
  return undefined;
}

/** r with r² = t exactly on the reals, for a term t; undefined where there is none of that kind. */
function squareRoot(c: Canon, t: Expr): Expr | undefined {
  const { coefficient, monomial } = splitTerm(c, t);
  if (coefficient.exact === null || coefficient.value <= 0) return undefined;
  const root = Q.rootExact(coefficient.exact, 2n);
  if (root === undefined) return undefined;
  const factors: Expr[] = [c.num(root)];
  for (const f of monomial === null ? [] : factorsOf(monomial)) {
    if (f.kind !== 'pow') return undefined;
    const [base, exponent] = f.args;
    const half = halved(c, exponent, isE(base));
    if (half === undefined) return undefined;
    factors.push(c.power(base, half));
  }
  return c.product(factors);
}

/** exponent/2 where that keeps (base^(exponent/2))² = base^exponent: an even integer, or any even multiple for e. */
function halved(c: Canon, exponent: Expr, baseIsE: boolean): Expr | undefined {
  if (exponent.kind === 'num') {
    return exponent.exact !== null && exponent.exact.den === 1n && exponent.exact.num % 2n === 0n
      ? c.num(Q.rational(exponent.exact.num / 2n)) : undefined;
  }
  if (!baseIsE || exponent.kind !== 'mul') return undefined;
  const [lead] = exponent.args;
  if (lead?.kind !== 'num' || lead.exact === null || lead.exact.den !== 1n || lead.exact.num % 2n !== 0n) return undefined;
  return c.product([c.num(Q.rational(lead.exact.num / 2n)), ...exponent.args.slice(1)]);
}
