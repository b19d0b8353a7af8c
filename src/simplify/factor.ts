// Pulling common factors out of sums: out of every term, 10·e^x + x·e^x = (x + 10)·e^x, and out of
// the terms that share one, y·dx + cos(x)·dx + x·dy = (y + cos(x))·dx + x·dy.

import type { Expr, Num } from '../ast/expr.js';
import { isMinusOneNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { MAX_TERMS_FOR_PARTIAL_FACTORING, SMALL_EXPANSION } from './limits.js';
import { multipliedOut } from './expand.js';
import { compareCanonical } from './order.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

/**
 * g·(t1/g + t2/g + …) for the largest common factor g of the terms: the powers every term shares,
 * and the common part of exact coefficients. Undefined when the terms share nothing. Where there are
 * both, the content may print smaller left inside, (72x² + 6)·e^u against 6·(12x² + 1)·e^u: the
 * smaller of the two (the content out on a tie).
 */
export function factorOut(c: Canon, terms: readonly Expr[], multiplesOfE = false): Expr | undefined {
  if (terms.some((t) => t.kind === 'num')) return undefined;
  const split = terms.map((t) => splitTerm(c, t));
  const common = commonPowers(c, split.map((s) => factorsOf(s.monomial as Expr)), multiplesOfE)
    // A non-finite constant (1/0, 0·log 0) does not divide out: leave it where it is.
    .filter(([base, exponent]) => !c.isNonFiniteConstant(base) && !c.isNonFiniteConstant(exponent));
  let content = commonCoefficient(c, split.map((s) => s.coefficient));
  // -1 alone is no factoring: -(a + b) is canonically -a - b (product.ts).
  if (content !== undefined && common.length === 0 && isMinusOneNum(content)) content = undefined;
  if (common.length === 0 && content === undefined) return undefined;
  const cofactors = split.map(({ coefficient, monomial }) => cofactor(c, coefficient, monomial, common, content));
  const factors = common.map(([base, exponent]) => c.power(base, exponent));
  const out = c.product([...factors, ...(content ? [content] : []), c.sum(cofactors)]);
  if (content === undefined || common.length === 0) return out;
  // The terms' own sum over the powers alone: its forms were chosen with the content out (the same sum
  // but for the content), and are not chosen again.
  const inner = collectedSum(c, split.map(({ coefficient, monomial }) => cofactor(c, coefficient, monomial, common, undefined)));
  const kept = c.product([...factors, inner]);
  return c.pretty(kept).magnitude < c.pretty(out).magnitude ? kept : out;
}

/**
 * Whether every term holds a power of one sum ((x + 1)² and (x + 1)³ in x·(x + 1)² + (x + 1)³): the
 * common factor that multiplying out hides, looked for before factorOut builds anything.
 */
export function sharesASum(c: Canon, terms: readonly Expr[]): boolean {
  if (terms.some((t) => t.kind === 'num')) return false;
  // Most sums have a term without a sum in it: settled before any term is split.
  if (!terms.every((t) => (t.kind === 'mul' ? t.args : [t]).some((f) => baseOf(f).kind === 'add'))) return false;
  return commonPowers(c, terms.map((t) => factorsOf(splitTerm(c, t).monomial as Expr))).some(([base]) => base.kind === 'add');
}

/**
 * A sum with a number term written over the denominator of its terms' common content, (x + 1)/2 for
 * x/2 + 1/2 and (1 - cos(4x))/8 for 1/8 - cos(4x)/8, where that prints smaller; else undefined. Tried
 * on a result only (simplify.ts): as one more candidate of every sum it changed the forms around the
 * sums it rewrote, and a sum of quotients of square roots then took a second simplify to reach its
 * smallest form. (A whole-number content never prints smaller beside a number term: 2*x + 2.)
 */
export function contentOut(c: Canon, result: Expr): Expr | undefined {
  if (result.kind === 'mul') return contentOutOfFactor(c, result);
  return contentOutOfSum(c, result);
}

/**
 * A product with such sums among its factors, their contents joined to the product's coefficient:
 * (x/2 + 5/2)/2 is (x + 5)/4, where the sum alone would give ((x + 5)/2)/2 and a second simplify of
 * x/4 + 5/4 the smaller form (simplify is idempotent).
 */
function contentOutOfFactor(c: Canon, product: Extract<Expr, { kind: 'mul' }>): Expr | undefined {
  if (!product.args.some((f) => f.kind === 'add')) return undefined;
  let changed = false;
  const factors = product.args.map((f) => {
    const out = contentOutOfSum(c, f);
    if (out !== undefined) changed = true;
    return out ?? f;
  });
  if (!changed) return undefined;
  const form = c.product(factors);
  return c.pretty(form).magnitude < c.pretty(product).magnitude ? form : undefined;
}

function contentOutOfSum(c: Canon, sum: Expr): Expr | undefined {
  if (sum.kind !== 'add' || !sum.args.some((t) => t.kind === 'num')) return undefined;
  const split = sum.args.map((t) => splitTerm(c, t));
  const content = commonCoefficient(c, split.map((s) => s.coefficient));
  if (content === undefined || (content.exact as Q.Rational).den === 1n) return undefined;
  const form = c.product([content, c.sum(split.map(({ coefficient, monomial }) => cofactor(c, coefficient, monomial, [], content)))]);
  return c.pretty(form).magnitude < c.pretty(sum).magnitude ? form : undefined;
}

/**
 * A result's sum, or a product's sums, multiplied out and with e^u pulled out of terms that hold e^u,
 * e^(2u), …, where that prints smaller: x^2*(2*b*exp(2*u) + y*exp(u)) + exp(u) is
 * (x^2*(2*b*exp(u) + y) + 1)*exp(u) (GiNaC's exam derivatives). On a result only, as contentOut: as one
 * more way of every sum to share a factor, e^(2u) = (e^u)^2 undid the exponential balance of quotients
 * (exponential-balance.ts) without end, and changed the forms that results were built from, one of
 * them from 22 operators to 53 (the quality corpus, sympy-564).
 */
export function exponentialOut(c: Canon, result: Expr): Expr | undefined {
  if (result.kind === 'add') return smaller(c, result, exponentialOutOfSum(c, result));
  if (result.kind !== 'mul' || !result.args.some((f) => f.kind === 'add')) return undefined;
  let changed = false;
  const factors = result.args.map((f) => {
    const out = f.kind === 'add' ? exponentialOutOfSum(c, f) : undefined;
    if (out !== undefined) changed = true;
    return out ?? f;
  });
  return changed ? smaller(c, result, c.product(factors)) : undefined;
}

function exponentialOutOfSum(c: Canon, sum: Extract<Expr, { kind: 'add' }>): Expr | undefined {
  // Most sums hold fewer than two powers of e, in their terms and the sums among their factors:
  // settled before anything is multiplied out.
  if (exponentialsIn(c, sum.args, true) < 2) return undefined;
  // As the terms stand (b*(4*x*y + 2*a)*exp(2*u) + y*(2*x*y + a)*exp(u) keeps its factors), and
  // multiplied out, where the powers of e sit inside sums (x^2*(2*b*exp(2*u) + y*exp(u)) + exp(u)).
  const asTheyStand = exponentialsIn(c, sum.args, false) >= 2 ? factorOut(c, sum.args, true) : undefined;
  const terms = multipliedOut(c, sum.args, SMALL_EXPANSION);
  const multiplied = terms !== undefined && exponentialsIn(c, terms, false) >= 2 ? factorOut(c, terms, true) : undefined;
  if (asTheyStand === undefined || multiplied === undefined) return asTheyStand ?? multiplied;
  return c.pretty(multiplied).magnitude < c.pretty(asTheyStand).magnitude ? multiplied : asTheyStand;
}

/** The factors e^X of the terms (and, `within`, of the terms of sums among their factors). */
function exponentialsIn(c: Canon, terms: readonly Expr[], within: boolean): number {
  let count = 0;
  for (const t of terms) {
    for (const f of t.kind === 'mul' ? t.args : [t]) {
      if (f === c.e || (f.kind === 'pow' && f.args[0] === c.e)) count++;
      else if (within && f.kind === 'add') count += exponentialsIn(c, f.args, false);
    }
  }
  return count;
}

/** `candidate` where it prints smaller than `form`, else undefined. */
function smaller(c: Canon, form: Expr, candidate: Expr | undefined): Expr | undefined {
  return candidate !== undefined && c.pretty(candidate).magnitude < c.pretty(form).magnitude ? candidate : undefined;
}

/** coefficient·monomial divided by the common powers and content: exponents lowered, no reciprocals. */
function cofactor(c: Canon, coefficient: Num, monomial: Expr | null, common: readonly [Expr, Expr][], content: Num | undefined): Expr {
  const factors: Expr[] = [content ? c.num(Q.mul(coefficient.exact as Q.Rational, Q.inverse(content.exact as Q.Rational) as Q.Rational)) : coefficient];
  if (monomial === null) return factors[0] as Expr; // a number term
  for (const f of factorsOf(monomial)) {
    const shared = common.find(([base]) => base === baseOf(f));
    if (shared === undefined) {
      factors.push(f);
      continue;
    }
    const exponent = f.kind === 'pow' ? f.args[1] : c.one;
    if (exponent === shared[1]) continue; // the whole factor is common
    factors.push(c.power(shared[0], exponentLeft(c, exponent, shared[1])));
  }
  return c.product(factors);
}

/**
 * exponent - shared. Two different shared exponents are most often exact numbers of one sign
 * (commonPowers), whose difference is a number: folded here rather than through a canonical product
 * and sum of numbers (which give the same node, at the cost of two canonical forms per factor left
 * over). Multiples of one monomial (e^(2u) over e^u) go through the canonical sum.
 */
export function exponentLeft(c: Canon, exponent: Expr, shared: Expr): Expr {
  if (exponent.kind === 'num' && shared.kind === 'num' && exponent.exact !== null && shared.exact !== null) {
    return c.num(Q.sub(exponent.exact, shared.exact));
  }
  return c.sum([exponent, c.negate(shared)]);
}

const baseOf = (f: Expr): Expr => (f.kind === 'pow' ? f.args[0] : f);

/**
 * The powers every monomial has: bases common to all, with the smaller exponent when the exponents
 * are exact numbers of one sign, or the exponent they share; with `multiplesOfE`, e^(2u) and e^u
 * share e^u (exponentialOut). Most sums share nothing: they are done with after a look at the first
 * monomial's bases.
 */
function commonPowers(c: Canon, monomials: readonly (readonly Expr[])[], multiplesOfE = false): [Expr, Expr][] {
  const first = monomials[0] ?? [];
  // The first monomial's powers are read in place, and a list made only of those the second shares.
  let common: [Expr, Expr][] | undefined;
  for (let m = 1; m < monomials.length; m++) {
    const factors = monomials[m] as readonly Expr[];
    const next: [Expr, Expr][] = [];
    const count = common === undefined ? first.length : common.length;
    for (let i = 0; i < count; i++) {
      const base = common === undefined ? baseOf(first[i] as Expr) : (common[i] as [Expr, Expr])[0];
      const x = common === undefined ? exponentOf(c, first[i] as Expr) : (common[i] as [Expr, Expr])[1];
      let match: Expr | undefined;
      for (let j = 0; j < factors.length && match === undefined; j++) if (baseOf(factors[j] as Expr) === base) match = factors[j];
      if (match === undefined) continue;
      const y = exponentOf(c, match);
      if (x === y) next.push([base, x]);
      else if (x.kind === 'num' && y.kind === 'num' && x.exact && y.exact && Q.sign(x.exact) === Q.sign(y.exact)) {
        // x^2 and x^3 share x^2; 1/x and 1/x^2 share 1/x^2 (what is left over is x, a positive power).
        next.push([base, Q.compare(x.exact, y.exact) <= 0 ? x : y]);
      } else if (multiplesOfE && base === c.e) {
        // e^(2u) and e^u share e^u (e^(2u) = (e^u)^2 for every u, as e^u > 0; not so for other bases).
        const shared = smallerMultiple(c, x, y);
        if (shared !== undefined) next.push([base, shared]);
      }
    }
    if (next.length === 0) return next;
    common = next;
  }
  return common ?? first.map((f) => [baseOf(f), exponentOf(c, f)]);
}

const exponentOf = (c: Canon, f: Expr): Expr => (f.kind === 'pow' ? f.args[1] : c.one);

/**
 * Of two exponents that are exact multiples of one monomial with one sign (2u and u, -3u and -u), the
 * one nearer 0; undefined for any other pair.
 */
function smallerMultiple(c: Canon, x: Expr, y: Expr): Expr | undefined {
  const [a, b] = [splitTerm(c, x), splitTerm(c, y)];
  if (a.monomial === null || a.monomial !== b.monomial || a.coefficient.exact === null || b.coefficient.exact === null) return undefined;
  const [p, q] = [a.coefficient.exact, b.coefficient.exact];
  if (Q.sign(p) !== Q.sign(q)) return undefined;
  return Q.compare(Q.abs(p), Q.abs(q)) <= 0 ? x : y;
}

/** The gcd of exact coefficients (negative when all are), or undefined when it is 1 or a float is involved. */
export function commonCoefficient(c: Canon, coefficients: readonly Num[]): Num | undefined {
  if (coefficients.some((q) => q.exact === null)) return undefined;
  let num = 0n;
  let den = 1n;
  for (const q of coefficients) {
    const { num: p, den: d } = q.exact as Q.Rational;
    num = gcd(num, p < 0n ? -p : p);
    den = (den * d) / gcd(den, d);
  }
  if (num === 0n) return undefined; // only zero coefficients (0·∞ terms kept on purpose): nothing to pull out
  const allNegative = coefficients.every((q) => q.value < 0);
  const g = Q.rational(allNegative ? -num : num, den);
  return Q.isOne(g) ? undefined : c.num(g);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * g·(Σ t/g over the terms with g) + the other terms, for the base shared by the most terms (at least
 * two, not all: factorOut handles all). Undefined when no base is shared so.
 */
export function factorOutOfSome(c: Canon, terms: readonly Expr[]): Expr | undefined {
  if (terms.length < 3 || terms.length > MAX_TERMS_FOR_PARTIAL_FACTORING) return undefined;
  const monomials = terms.map((t) => (t.kind === 'num' ? [] : factorsOf(splitTerm(c, t).monomial as Expr)));
  const holders = new Map<Expr, number[]>(); // base → the terms that have it
  monomials.forEach((factors, i) => {
    for (const f of factors) {
      const base = baseOf(f);
      const list = holders.get(base);
      if (list) list.push(i);
      else holders.set(base, [i]);
    }
  });
  let best: [Expr, number[]] | undefined;
  for (const [base, list] of holders) {
    if (list.length < 2 || list.length === terms.length) continue;
    if (!best || list.length > best[1].length || (list.length === best[1].length && compareCanonical(base, best[0]) < 0)) {
      best = [base, list];
    }
  }
  if (best === undefined) return undefined;
  const [base, list] = best;
  const [power] = commonPowers(c, list.map((i) => (monomials[i] as Expr[]).filter((f) => baseOf(f) === base)));
  if (power === undefined || c.isNonFiniteConstant(base) || c.isNonFiniteConstant(power[1])) return undefined;
  const g = c.power(base, power[1]);
  const inner = c.sum(list.map((i) => c.product([terms[i] as Expr, c.reciprocal(g)])));
  const others = terms.filter((_, i) => !list.includes(i));
  return c.sum([c.product([g, inner]), ...others]);
}
