// Multiplying out: a term with sums among its factors becomes the sum of the products, so that
// terms hidden inside products can meet their like terms (the derivatives of exp(sin x) only stay
// small when (2 sin x + 3)·sin x and 2 sin²x are seen to be like terms).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { MAX_EXPANDED_POWER, MAX_EXPANDED_TERMS, MIN_LIKE_TERM_MEETINGS, SMALL_EXPANSION } from './limits.js';

type Sum = Extract<Expr, { kind: 'add' }>;

/** The sum in a factor that multiplies out (the factor itself, or the base of a small power), and its power. */
function sumIn(f: Expr): [Sum, number] | undefined {
  if (f.kind === 'add') return [f, 1];
  if (f.kind !== 'pow' || f.args[0].kind !== 'add') return undefined;
  const [base, exponent] = f.args;
  const n = exponent.kind === 'num' && exponent.exact?.den === 1n ? exponent.value : 0;
  return n >= 2 && n <= MAX_EXPANDED_POWER ? [base as Sum, n] : undefined;
}

const factorsOfTerm = (t: Expr): readonly Expr[] => (t.kind === 'mul' ? t.args : [t]);

/**
 * The terms of `terms` with every product of sums multiplied out; undefined if none has a sum factor,
 * or if multiplying out would make no two terms alike (then it can only make the sum longer).
 */
export function expandTerms(c: Canon, terms: readonly Expr[]): Expr[] | undefined {
  if (!hasSumFactor(terms)) return undefined;
  const meetings = likeTermMeetings(terms);
  if (meetings === 0) return undefined;
  const count = expandedCount(terms, MAX_EXPANDED_TERMS);
  if (count > MAX_EXPANDED_TERMS) return undefined; // not tried: over budget
  if (count > SMALL_EXPANSION && meetings < MIN_LIKE_TERM_MEETINGS) return undefined; // one meeting rarely pays for many terms
  return multipliedOut(c, terms);
}

/** Whether some term has a sum among its factors (or a small power of one). */
export const hasSumFactor = (terms: readonly Expr[]): boolean => terms.some((t) => factorsOfTerm(t).some((f) => sumIn(f)));

/** The terms with every product of sums multiplied out, whether or not like terms meet; undefined past `limit` terms. */
export function multipliedOut(c: Canon, terms: readonly Expr[], limit = MAX_EXPANDED_TERMS): Expr[] | undefined {
  if (expandedCount(terms, limit) > limit) return undefined; // not tried: over budget
  const done: Expr[] = [];
  const pending = [...terms];
  while (pending.length > 0) {
    const t = pending.pop() as Expr;
    const factors = factorsOfTerm(t);
    const i = factors.findIndex((f) => sumIn(f));
    if (i < 0) {
      done.push(t);
    } else {
      // (a + b)^n·rest = a·(a + b)^(n-1)·rest + b·(a + b)^(n-1)·rest; each product may hold a further
      // sum, so it goes back on the list.
      const [sum, n] = sumIn(factors[i] as Expr) as [Sum, number];
      const rest = factors.filter((_, j) => j !== i);
      if (n > 1) rest.push(c.power(sum, c.num({ num: BigInt(n - 1), den: 1n })));
      for (const s of sum.args) pending.push(c.product([s, ...rest]));
    }
    if (done.length + pending.length > MAX_EXPANDED_TERMS) return undefined;
  }
  return done;
}

/**
 * How many terms multiplying `terms` out makes, counted without building them, or `budget + 1` as
 * soon as the count exceeds `budget`. A sum nested in a factor is multiplied out too, so its count
 * multiplies; each nested sum gets what is left of the budget (at least one less per level), so the
 * recursion is at most `budget` deep however deep the tree, and each sum's count is remembered.
 */
function expandedCount(terms: readonly Expr[], budget: number): number {
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const left = budget - total - (terms.length - 1 - i); // every later term makes at least one
    let count = 1;
    for (const f of factorsOfTerm(terms[i] as Expr)) {
      const found = sumIn(f);
      if (found === undefined) continue;
      const [sum, n] = found;
      const inner = sumCount(sum, Math.floor((left / count) ** (1 / n) + 1e-9));
      count *= inner ** n;
      if (count > left) return budget + 1;
    }
    total += count;
  }
  return total;
}

/** Counts of sums already looked at: the exact count, or -b when it is known to exceed b. */
const counted = new WeakMap<Expr, number>();

function sumCount(sum: Sum, budget: number): number {
  const known = counted.get(sum);
  if (known !== undefined && (known > 0 || -known >= budget)) return known > 0 ? known : budget + 1;
  if (budget < sum.args.length) return budget + 1; // each term makes at least one
  const count = expandedCount(sum.args, budget);
  counted.set(sum, count > budget ? -budget : count);
  return count;
}

// A cheap look ahead: the monomials multiplying out would make, as signatures.

/**
 * A number that is the same for like monomials: Σ hash(base)·exponent over the factors, numbers left
 * out, so x·x and x^2 agree. (Two unlike monomials agreeing by chance only costs a useless try.)
 */
function signature(factors: readonly Expr[]): number {
  let total = 0;
  for (const f of factors) {
    if (f.kind === 'num') continue;
    const [base, exponent] = f.kind === 'pow' ? f.args : [f, undefined];
    const weight = exponent === undefined ? 1 : exponent.kind === 'num' ? exponent.value : exponent.hash / 2 ** 31;
    total += base.hash * weight;
  }
  return total;
}

/**
 * How many pairs of like terms multiplying out would make meet, up to MIN_LIKE_TERM_MEETINGS, judged
 * on the first level of products by signature; 0 also past the size cap.
 */
function likeTermMeetings(terms: readonly Expr[]): number {
  const seen = new Set<number>();
  let count = 0;
  let meetings = 0;
  for (const t of terms) {
    // Each term contributes the signatures of its products: rest + one term of each sum factor.
    let partial = [signature(factorsOfTerm(t).filter((f) => !sumIn(f)))];
    for (const f of factorsOfTerm(t)) {
      const found = sumIn(f);
      if (found === undefined) continue;
      const inner = found[0].args.map((s) => signature(factorsOfTerm(s)));
      for (let k = 0; k < found[1]; k++) {
        partial = partial.flatMap((p) => inner.map((q) => p + q));
        if ((count += partial.length) > MAX_EXPANDED_TERMS) return 0;
      }
    }
    for (const sig of partial) {
      if (seen.has(sig) && ++meetings >= MIN_LIKE_TERM_MEETINGS) return meetings;
      seen.add(sig);
    }
  }
  return meetings;
}
