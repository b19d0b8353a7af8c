// Multiplying out: a term with sums among its factors becomes the sum of the products, so that
// terms hidden inside products can meet their like terms (the derivatives of exp(sin x) only stay
// small when (2 sin x + 3)·sin x and 2 sin²x are seen to be like terms).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { MAX_EXPANDED_POWER, MAX_EXPANDED_TERMS, MIN_LIKE_TERM_MEETINGS, SMALL_EXPANSION } from './limits.js';

type Sum = Extract<Expr, { kind: 'add' }>;

/** The sum in a factor that multiplies out: the factor itself, or the base of a small power of one. */
function sumIn(f: Expr): Sum | undefined {
  if (f.kind === 'add') return f;
  if (f.kind !== 'pow' || f.args[0].kind !== 'add') return undefined;
  const n = powerOf(f);
  return n >= 2 && n <= MAX_EXPANDED_POWER ? f.args[0] : undefined;
}

/**
 * The power a factor holding a sum raises it to: 1 for the sum itself, the exponent of a power when
 * it is an exact integer, else 0. (Two functions, not a pair: sumIn runs on every factor of every
 * sum the simplifier meets, and a pair per call was the allocation at the top of the square chain.)
 */
function powerOf(f: Expr): number {
  if (f.kind !== 'pow') return 1;
  const exponent = f.args[1];
  return exponent.kind === 'num' && exponent.exact?.den === 1n ? exponent.value : 0;
}

const factorsOfTerm = (t: Expr): readonly Expr[] => (t.kind === 'mul' ? t.args : [t]);
// A term's factors read in place (no list made for a term that is a single factor): the look-aheads
// below run on every sum with a sum among its factors.
const factorCount = (t: Expr): number => (t.kind === 'mul' ? t.args.length : 1);
const factorAt = (t: Expr, i: number): Expr => (t.kind === 'mul' ? (t.args[i] as Expr) : t);

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
export function hasSumFactor(terms: readonly Expr[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Expr;
    for (let j = 0; j < factorCount(t); j++) if (sumIn(factorAt(t, j)) !== undefined) return true;
  }
  return false;
}

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
      const sum = sumIn(factors[i] as Expr) as Sum;
      const n = powerOf(factors[i] as Expr);
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
    const t = terms[i] as Expr;
    for (let j = 0; j < factorCount(t); j++) {
      const f = factorAt(t, j);
      const sum = sumIn(f);
      if (sum === undefined) continue;
      const n = powerOf(f);
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
function signature(term: Expr): number {
  let total = 0;
  for (let i = 0; i < factorCount(term); i++) total += factorSignature(factorAt(term, i));
  return total;
}

/** One factor's part of a signature: hash(base)·exponent, 0 for a number. */
function factorSignature(f: Expr): number {
  if (f.kind === 'num') return 0;
  if (f.kind !== 'pow') return f.hash;
  const exponent = f.args[1];
  return f.args[0].hash * (exponent.kind === 'num' ? exponent.value : exponent.hash / 2 ** 31);
}

/**
 * How many pairs of like terms multiplying out would make meet, up to MIN_LIKE_TERM_MEETINGS, judged
 * on the first level of products by signature; 0 also past the size cap.
 */
function likeTermMeetings(terms: readonly Expr[]): number {
  // Indexed loops and a short list for the signatures seen (most sums have a few terms): this runs on
  // every sum with a sum among its factors, and its iterators and set were most of what it allocated.
  const seen = new SignatureSet();
  let count = 0;
  let meetings = 0;
  for (let i = 0; i < terms.length; i++) {
    // Each term contributes the signatures of its products: rest + one term of each sum factor.
    const t = terms[i] as Expr;
    let rest = 0;
    let sums = 0;
    for (let j = 0; j < factorCount(t); j++) {
      const f = factorAt(t, j);
      if (sumIn(f) === undefined) rest += factorSignature(f);
      else sums++;
    }
    if (sums === 0) {
      if (!seen.add(rest) && ++meetings >= MIN_LIKE_TERM_MEETINGS) return meetings;
      continue;
    }
    let partial = [rest];
    for (let j = 0; j < factorCount(t); j++) {
      const f = factorAt(t, j);
      const sum = sumIn(f);
      if (sum === undefined) continue;
      const inner = new Array<number>(sum.args.length);
      for (let k = 0; k < inner.length; k++) inner[k] = signature(sum.args[k] as Expr);
      for (let k = powerOf(f); k > 0; k--) {
        const next = new Array<number>(partial.length * inner.length);
        let n = 0;
        for (let a = 0; a < partial.length; a++) for (let b = 0; b < inner.length; b++) next[n++] = (partial[a] as number) + (inner[b] as number);
        partial = next;
        if ((count += partial.length) > MAX_EXPANDED_TERMS) return 0;
      }
    }
    for (let k = 0; k < partial.length; k++) {
      if (!seen.add(partial[k] as number) && ++meetings >= MIN_LIKE_TERM_MEETINGS) return meetings;
    }
  }
  return meetings;
}

/** Numbers seen: a list while short, a set past SHORT (a list's look-ups would grow quadratic). */
class SignatureSet {
  private static readonly SHORT = 16;
  private readonly list: number[] = [];
  private set: Set<number> | undefined;

  /** Adds `x`; false when it was there already. */
  add(x: number): boolean {
    if (this.set !== undefined) {
      if (this.set.has(x)) return false;
      this.set.add(x);
      return true;
    }
    if (this.list.includes(x)) return false;
    this.list.push(x);
    if (this.list.length > SignatureSet.SHORT) this.set = new Set(this.list);
    return true;
  }
}
