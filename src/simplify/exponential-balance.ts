// A quotient of sums of exponentials of one argument balanced (rules/exponential-balance.ts,
// `exponential-balance`): numerator and denominator multiplied by e^(-m·u), m the middle of the
// denominator's multiples of u, so that their exponentials pair into hyperbolic functions:
// (e^(2x) - 1)/(e^(2x) + 1) = (e^x - e^(-x))/(e^x + e^(-x)) = tanh(x). A product candidate
// (product.ts), kept only where the product prints smaller. e^(-m·u) is never 0, so the value is the
// same wherever the input is defined.

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { splitTerm } from './terms.js';

/** A term coefficient·e^(k·u) (k = 0: a number). */
interface Multiple {
  readonly coefficient: Num;
  readonly k: Q.Rational;
}

/** The argument u shared by every exponential read so far (by identity: canonical nodes are shared). */
interface Shared {
  u: Expr | undefined;
}

/** The exponent of e^X as k·u, with u checked against (or set as) the shared one; else undefined. */
function multipleOfU(c: Canon, exponent: Expr, shared: Shared): Q.Rational | undefined {
  let k: Q.Rational = Q.ONE;
  let u = exponent;
  if (exponent.kind === 'num') return undefined; // e^2 is a number, not a multiple of u
  if (exponent.kind === 'mul' && exponent.args[0]?.kind === 'num' && exponent.args[0].exact !== null) {
    k = exponent.args[0].exact;
    const rest = exponent.args.slice(1);
    u = rest.length === 1 ? (rest[0] as Expr) : c.product(rest);
  }
  if (shared.u === undefined) shared.u = u;
  return shared.u === u ? k : undefined;
}

/** The sum's terms as multiples of one u, or undefined where a term is anything else. */
function multiplesOf(c: Canon, sum: Expr, shared: Shared): Multiple[] | undefined {
  if (sum.kind !== 'add') return undefined;
  const out: Multiple[] = [];
  for (const t of sum.args) {
    const { coefficient, monomial } = splitTerm(c, t);
    if (coefficient.exact === null) return undefined;
    if (monomial === null) {
      out.push({ coefficient, k: Q.ZERO });
      continue;
    }
    const exponent = monomial === c.e ? c.one : monomial.kind === 'pow' && monomial.args[0] === c.e ? monomial.args[1] : undefined;
    const k = exponent === undefined ? undefined : multipleOfU(c, exponent, shared);
    if (k === undefined) return undefined;
    out.push({ coefficient, k });
  }
  return out;
}

/** A sum with a term e^X or c·e^X. Read without splitting terms: it is asked of every factor of every product. */
function isSumOfExponentials(c: Canon, f: Expr): boolean {
  if (f.kind !== 'add') return false;
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i] as Expr;
    if (isExponential(c, t) || (t.kind === 'mul' && t.args.length === 2 && t.args[0]?.kind === 'num' && isExponential(c, t.args[1] as Expr))) return true;
  }
  return false;
}

const isExponential = (c: Canon, f: Expr): boolean => f === c.e || (f.kind === 'pow' && f.args[0] === c.e);

/** Whether some factor is a sum of exponentials, or the reciprocal of one. */
function hasSumOfExponentials(c: Canon, factors: readonly Expr[]): boolean {
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (isSumOfExponentials(c, f) || (f.kind === 'pow' && f.args[1] === c.minusOne && isSumOfExponentials(c, f.args[0]))) return true;
  }
  return false;
}

/** The middle of the multiples k, (lowest + highest)/2. */
function middle(terms: readonly Multiple[]): Q.Rational {
  const ks = terms.map((t) => t.k);
  const lowest = ks.reduce((a, b) => (Q.compare(a, b) <= 0 ? a : b));
  const highest = ks.reduce((a, b) => (Q.compare(a, b) >= 0 ? a : b));
  return Q.mul(Q.add(lowest, highest), { num: 1n, den: 2n });
}

/** Whether every term c·e^(k·u) with k ≠ m has a partner ±c·e^((2m - k)·u): the sum shifted by m pairs. */
function pairsAround(terms: readonly Multiple[], m: Q.Rational): boolean {
  return terms.every((t) => Q.equal(t.k, m) || terms.some((p) => Q.equal(Q.add(t.k, p.k), Q.add(m, m)) &&
    Q.equal(Q.abs(p.coefficient.exact as Q.Rational), Q.abs(t.coefficient.exact as Q.Rational))));
}

/**
 * The factors with e^(j·u)·N/D made e^((j + mN - mD)·u)·(N·e^(-mN·u))/(D·e^(-mD·u)), each sum shifted
 * by the middle m of its multiples of u so that its terms pair: D the one sum divided by, N the one
 * multiplied by, e^(j·u) the exponential factor (j = 0 without one); every term of N and D c·e^(k·u)
 * for one u. Undefined where the product has no such sum (a sum N alone only beside an e^(j·u)), or
 * every sum is balanced already.
 */
export function balancedExponentials(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold no sum of exponentials: settled by a scan that allocates nothing (the filters
  // below were a twelfth of what a 1,000-deep gradient allocated).
  if (!hasSumOfExponentials(c, factors)) return undefined;
  const over = factors.filter((f) => f.kind === 'pow' && f.args[1] === c.minusOne && isSumOfExponentials(c, f.args[0]));
  const times = factors.filter((f) => isSumOfExponentials(c, f));
  if (over.length > 1 || times.length > 1 || over.length + times.length === 0) return undefined;
  const shared: Shared = { u: undefined };
  const denominator = over[0]?.kind === 'pow' ? over[0] : undefined;
  const d = denominator === undefined ? undefined : multiplesOf(c, denominator.args[0], shared);
  if (denominator !== undefined && d === undefined) return undefined;
  // A sum multiplied by that is not of the same u stays as it is, one factor among the others.
  const n = times[0] === undefined ? undefined : multiplesOf(c, times[0], shared);
  const u = shared.u;
  if (u === undefined) return undefined;
  // The exponential factor e^(j·u), if the product has one.
  const exponential = factors.find((f) => f.kind === 'pow' && f.args[0] === c.e && multipleOfU(c, f.args[1], { u }) !== undefined);
  if (d === undefined && exponential === undefined) return undefined;
  const j = exponential?.kind === 'pow' ? (multipleOfU(c, exponential.args[1], { u }) as Q.Rational) : Q.ZERO;
  const mD = d === undefined ? Q.ZERO : middle(d);
  // N shifted by its own middle where its terms then pair (e^x - e^(-x)), else by what leaves no
  // exponential factor: (e^(-x) + 2)/(e^(-2x) - 1) = (1 + 2e^x)/(e^(-x) - e^x), not e^(x/2)·….
  const mN = n === undefined ? Q.ZERO : pairsAround(n, middle(n)) ? middle(n) : Q.sub(mD, j);
  if (Q.isZero(mN) && Q.isZero(mD)) return undefined;
  const power = (k: Q.Rational): Expr => c.power(c.e, c.product([c.num(k), u]));
  const shifted = (terms: readonly Multiple[], m: Q.Rational): Expr => c.sum(terms.map(({ coefficient, k }) => {
    const moved = Q.sub(k, m);
    return Q.isZero(moved) ? coefficient : c.product([coefficient, power(moved)]);
  }));
  const rest = factors.filter((f) => f !== denominator && (n === undefined || f !== times[0]) && f !== exponential);
  const out = [...rest, power(Q.sub(Q.add(j, mN), mD))];
  if (n !== undefined) out.push(shifted(n, mN));
  if (d !== undefined) out.push(c.power(shifted(d, mD), c.minusOne));
  return out;
}
