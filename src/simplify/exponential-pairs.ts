// Two exponentials of opposite arguments made one hyperbolic function (rules/trig.ts,
// `hyperbolic-from-exp`): a·m·e^u + a·m·e^(-u) = 2a·m·cosh(u), a·m·e^u - a·m·e^(-u) = 2a·m·sinh(u).
// A candidate form (candidates.ts), kept only where smaller: exp(x) + exp(-x) is 2*cosh(x), and
// e - exp(-1) is 2*sinh(1). Both sides are defined everywhere, so the value never changes.

import type { Expr, Num } from '../ast/expr.js';
import { mulNums, negNum } from '../ast/numbers.js';
import type { Canon, Term } from './canon.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

/** u where the factor is e^u (e itself: 1); undefined for any other factor. */
function exponentOf(c: Canon, f: Expr): Expr | undefined {
  if (f === c.e) return c.one;
  return f.kind === 'pow' && f.args[0] === c.e ? f.args[1] : undefined;
}

/** The position of the monomial's factor e^u (a canonical product holds one at most), or -1. */
function exponentialAt(c: Canon, monomial: Expr): number {
  const factors = factorsOf(monomial);
  for (let j = 0; j < factors.length; j++) if (exponentOf(c, factors[j] as Expr) !== undefined) return j;
  return -1;
}

/** Whether two terms hold an exponential each: the cheap gate, before any partner is built. */
export function mayPairExponentials(c: Canon, terms: readonly Expr[]): boolean {
  let n = 0;
  for (const t of terms) {
    const { monomial } = splitTerm(c, t);
    if (monomial !== null && exponentialAt(c, monomial) >= 0 && ++n >= 2) return true;
  }
  return false;
}

/** The sum with every pair a·m·e^u, ±a·m·e^(-u) made one term; undefined where there is no pair. */
export function pairedExponentials(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  let used: boolean[] | undefined;
  let out: Expr[] | undefined;
  for (let i = 0; i < split.length; i++) {
    const { coefficient: a, monomial } = split[i] as Term;
    if (monomial === null || used?.[i] === true || a.exact === null) continue;
    const j = exponentialAt(c, monomial);
    if (j < 0) continue;
    const factors = factorsOf(monomial);
    // A partner's coefficient (±a) is looked for before its monomial is built: most sums have none.
    if (!split.some((b, k) => k !== i && b.coefficient.exact !== null && (sameExact(b.coefficient, a) || sameExact(negNum(b.coefficient), a)))) continue;
    const u = exponentOf(c, factors[j] as Expr) as Expr;
    const rest = factors.filter((_, k) => k !== j);
    // The partner's monomial, canonical like every term's: compared by identity.
    const partner = c.product([...rest, c.power(c.e, c.negate(u))]);
    for (let k = 0; k < split.length; k++) {
      const b = split[k] as Term;
      if (k === i || used?.[k] === true || b.monomial !== partner || b.coefficient.exact === null) continue;
      const even = sameExact(b.coefficient, a);
      if (!even && !sameExact(negNum(b.coefficient), a)) continue;
      used ??= new Array<boolean>(split.length).fill(false);
      used[i] = true;
      used[k] = true;
      const twice = mulNums(a, c.num({ num: 2n, den: 1n }));
      if (twice === undefined) return undefined;
      (out ??= []).push(c.product([c.numberLike(twice), ...rest, c.call(even ? 'cosh' : 'sinh', [u])]));
      break;
    }
  }
  if (out === undefined) return undefined;
  return collectedSum(c, [...out, ...terms.filter((_, i) => used?.[i] !== true)]);
}

const sameExact = (a: Num, b: Num): boolean =>
  a.exact !== null && b.exact !== null && a.exact.num === b.exact.num && a.exact.den === b.exact.den;
