// The power-into-sum candidate (rules/power-into-sum.ts): a sum among a product's factors whose terms
// divide by a base the product holds a power of, multiplied by that base's power to clear the fractions:
// (a - x)^2·(t^2/(a - x)^2 + 1) = t^2 + (a - x)^2. It is the shape D's chain rule leaves at atan(f/g),
// (f'g - fg')/g^2 / (1 + f^2/g^2), where the normal form of the whole would expand g^2 to cancel it.

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { splitFactor } from './terms.js';

/** Terms past which a sum is not looked at: each is multiplied, and most such sums gain nothing. */
const MAX_TERMS = 16;

/**
 * The product's number and its factors with each sum S^n (n = ±1) whose terms divide by a base b that
 * is a factor b^k of the product too as (S·b^j)^n, b^k as b^(k - n·j), where b^j is the largest power
 * of b that the terms divide by: the fractions of S in b cleared, the product's own power of b paying
 * for it. The sums are taken in turn, each seeing the powers the ones before it left, so x·(1 - e/x^2)
 * /(x + e/x) is (x^2 - e)/(x^2 + e) at once (one sum alone prints no smaller). Undefined where no sum
 * qualifies; the caller keeps the result only where it prints smaller.
 */
export function powerIntoSum(c: Canon, coefficient: Num, factors: readonly Expr[]): Expr[] | undefined {
  let out: Expr[] | undefined; // the factors, copied at the first sum taken
  for (let i = 0; i < factors.length; i++) {
    // No object is made for a factor that is not a sum or its reciprocal: this runs for every product.
    const f = (out ?? factors)[i] as Expr; // as the sums before it left it
    const sum = f.kind === 'add' ? f : f.kind === 'pow' && f.args[0].kind === 'add' && unitSign(f.args[1]) !== 0 ? f.args[0] : undefined;
    if (sum?.kind !== 'add' || sum.args.length > MAX_TERMS) continue;
    const n = f.kind === 'pow' ? f.args[1] : c.one;
    const unit = unitSign(n);
    const divisors = divisorsOf(sum.args);
    if (divisors === undefined) continue; // most sums: no term divides by anything
    const current = out ?? factors;
    for (let j = 0; j < current.length; j++) {
      if (j === i) continue;
      const { base, exponent: k } = splitFactor(c, current[j] as Expr);
      const lowest = divisors.get(base);
      if (lowest === undefined || k.kind !== 'num' || k.exact === null || !Q.isInteger(k.exact)) continue;
      const power = c.power(base, c.num(Q.negate(lowest)));
      const into = c.sum(sum.args.map((t) => c.product([power, t])));
      out ??= [...factors];
      out[i] = unit > 0 ? into : c.power(into, n);
      out[j] = c.power(base, c.num(unit > 0 ? Q.add(k.exact, lowest) : Q.sub(k.exact, lowest)));
      break;
    }
  }
  return out && [coefficient, ...out];
}

/**
 * The bases (not numbers) that the terms divide by, each with the lowest (negative, integer) exponent it
 * has among them; undefined where there is none.
 */
function divisorsOf(terms: readonly Expr[]): Map<Expr, Q.Rational> | undefined {
  let divisors: Map<Expr, Q.Rational> | undefined;
  for (const t of terms) {
    if (t.kind !== 'mul') divisors = withDivisor(divisors, t);
    else for (const f of t.args) divisors = withDivisor(divisors, f);
  }
  return divisors;
}

/** `divisors` with factor f's base noted where f is a power of it with a negative integer exponent. */
function withDivisor(divisors: Map<Expr, Q.Rational> | undefined, f: Expr): Map<Expr, Q.Rational> | undefined {
  if (f.kind !== 'pow') return divisors;
  const [base, exponent] = f.args;
  if (base.kind === 'num' || exponent.kind !== 'num' || exponent.exact === null || !Q.isInteger(exponent.exact) || Q.sign(exponent.exact) >= 0) return divisors;
  const known = divisors?.get(base);
  if (known === undefined || Q.compare(exponent.exact, known) < 0) (divisors ??= new Map()).set(base, exponent.exact);
  return divisors;
}

/** 1 or -1 for an exponent 1 or -1, else 0. */
function unitSign(e: Expr): number {
  if (e.kind !== 'num' || e.exact === null || e.exact.den !== 1n) return 0;
  return e.exact.num === 1n ? 1 : e.exact.num === -1n ? -1 : 0;
}
