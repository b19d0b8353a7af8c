// A power of a product merged with that product's own factors beside it (rules/power-merge.ts,
// `power-merge`): P^r·f1^(m·e1)·…·fk^(m·ek) = P^(r+m) for P = f1^e1·…·fk^ek and a whole number m >= 1,
// x·√y·√(x·√y) = (x·√y)^(3/2). What is left of a factor's exponent stays beside the power:
// x²·y^(3/2)·√(x·√y) = √y·(x·√y)^(5/2). A product candidate (product.ts), kept only where smaller.
//
// Wherever the left side is defined: P^r is, so each fi^ei is (P is made of them); for a whole m,
// (fi^ei)^m = fi^(ei·m) for every real fi^ei, so the factors make P^m, and P^r·P^m = P^(r+m).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { splitTerm } from './terms.js';

type Pow = Extract<Expr, { kind: 'pow' }>;

const isPowerOfProduct = (f: Expr): f is Pow => f.kind === 'pow' && f.args[0].kind === 'mul';
const baseOf = (f: Expr): Expr => (f.kind === 'pow' ? f.args[0] : f);
const exponentOf = (c: Canon, f: Expr): Expr => (f.kind === 'pow' ? f.args[1] : c.one);

/**
 * The factors with a power of a product that its fellow factors can join made one power; where two
 * can, the one whose product prints smaller (x²·y·√(x·√y)·(y·√x)^(3/2): x²·y joins the first, as
 * (x·√y)^(5/2), and x·y would join the second); undefined where none can.
 */
export function mergedPowers(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  const found: Expr[][] = [];
  // Most products hold no power of a product: settled by a scan.
  for (let i = 0; i < factors.length; i++) {
    if (!isPowerOfProduct(factors[i] as Expr)) continue;
    const merged = mergedInto(c, factors, i);
    if (merged !== undefined) found.push(merged);
  }
  if (found.length < 2) return found[0];
  const sizes = found.map((fs) => c.pretty(c.product(fs)).magnitude);
  return found[sizes.indexOf(Math.min(...sizes))];
}

/** The factors with those that make P^m (m as large as they allow) joined to factor i, P^r; else undefined. */
function mergedInto(c: Canon, factors: readonly Expr[], i: number): Expr[] | undefined {
  const [product, r] = (factors[i] as Pow).args;
  const inner = (product as Extract<Expr, { kind: 'mul' }>).args;
  // A number in P (a coefficient) is left alone: the product's own number is not split to match it.
  if (inner.some((f) => f.kind === 'num')) return undefined;
  const partners: number[] = [];
  let m: Q.Rational | undefined;
  for (const f of inner) {
    const j = factors.findIndex((g, k) => k !== i && baseOf(g) === baseOf(f));
    if (j < 0) return undefined;
    const times = ratio(c, exponentOf(c, factors[j] as Expr), exponentOf(c, f));
    if (times === undefined || Q.compare(times, Q.ONE) < 0) return undefined;
    const whole = Q.rational(times.num / times.den); // floor: times is positive
    m = m === undefined || Q.compare(whole, m) < 0 ? whole : m;
    partners.push(j);
  }
  if (m === undefined) return undefined;
  const count = c.num(m);
  const out: Expr[] = factors.filter((_, k) => k !== i && !partners.includes(k));
  inner.forEach((f, n) => {
    const partner = factors[partners[n] as number] as Expr;
    // exponent - m·e: 0 where the partner is used up.
    const left = c.sum([exponentOf(c, partner), c.negate(c.product([count, exponentOf(c, f)]))]);
    if (!(left.kind === 'num' && left.value === 0)) out.push(c.power(baseOf(f), left));
  });
  out.push(c.power(product, c.sum([r, count])));
  return out;
}

/**
 * a/b as an exact number where a and b are multiples k·u of one u (or both numbers): 2 for y^(4/3)
 * against y^(2/3) and for e^(4y/3) against e^(2y/3); undefined where they are not.
 */
function ratio(c: Canon, a: Expr, b: Expr): Q.Rational | undefined {
  const x = splitTerm(c, a);
  const y = splitTerm(c, b);
  if (x.monomial !== y.monomial || x.coefficient.exact === null || y.coefficient.exact === null) return undefined;
  const inverse = Q.inverse(y.coefficient.exact);
  return inverse === undefined ? undefined : Q.mul(x.coefficient.exact, inverse);
}
