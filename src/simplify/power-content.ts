// The power-content candidate (rules/power-content.ts): a sum's content taken out of an integer power
// of it, into the product's number: 2·(x/2 - 1/2)^2 = (x - 1)^2/2. The normal form does it for a
// rational function; this is the same step in a product whose other factors are not polynomials (d/dx
// `tan(x + a)/(x/2 - 1/2)` keeps sec and tan beside the square).

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon, Term } from './canon.js';
import { commonCoefficient } from './factor.js';
import { operatorsOf } from './number-into-sum.js';
import { joinTerm, splitTerm } from './terms.js';

/** Terms past which a sum is not looked at. */
const MAX_TERMS = 16;
/** Bits past which content^n is not made (it would print longer than it saves). */
const MAX_BITS = 64;

/**
 * The factors with every power S^n of a sum (n an integer other than 1, S's coefficients exact with a
 * content q other than 1) as q^n·(S/q)^n, where counting the numbers' operators says the product
 * prints smaller (S's coefficients, and the product's number times q^n); undefined where none does.
 * A sum to the power 1 is left to number-into-sum, which goes the other way.
 */
export function contentOutOfPowers(c: Canon, coefficient: Num, factors: readonly Expr[]): Expr[] | undefined {
  if (coefficient.exact === null) return undefined;
  let contents: (Content | undefined)[] | undefined; // made at the first power with a content: most products have none
  let number = coefficient.exact;
  let gain = 0;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    const content = f.kind === 'pow' ? contentOf(c, f.args[0], f.args[1]) : undefined;
    if (content === undefined) continue;
    contents ??= new Array<Content | undefined>(factors.length);
    contents[i] = content;
    number = Q.mul(number, content.scale);
    gain += content.gain;
  }
  if (contents === undefined || gain + operatorsOf(number, true) - operatorsOf(coefficient.exact, true) >= 0) return undefined;
  // Counted smaller: only now are the sums divided.
  const taken = factors.map((f, i) => {
    const content = (contents as (Content | undefined)[])[i];
    if (content === undefined) return f;
    const inverse = Q.inverse(content.q) as Q.Rational;
    const terms = content.split.map(({ coefficient: k, monomial }) => joinTerm(c, c.num(Q.mul(k.exact as Q.Rational, inverse)), monomial));
    return c.power(c.sum(terms), (f as Extract<Expr, { kind: 'pow' }>).args[1]);
  });
  return [c.num(number), ...taken];
}

/** A power's sum as its terms, their content q, q^n, and the operators the coefficients gain (negative: lose) divided by q. */
interface Content {
  readonly split: readonly Term[];
  readonly q: Q.Rational;
  readonly scale: Q.Rational;
  readonly gain: number;
}

function contentOf(c: Canon, base: Expr, exponent: Expr): Content | undefined {
  if (base.kind !== 'add' || base.args.length > MAX_TERMS) return undefined;
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 1n || (exponent.exact.num > -2n && exponent.exact.num < 2n)) return undefined;
  const split = base.args.map((t) => splitTerm(c, t));
  const content = commonCoefficient(c, split.map((s) => s.coefficient));
  if (content === undefined) return undefined;
  const q = content.exact as Q.Rational;
  const scale = Q.powInteger(q, exponent.exact.num, MAX_BITS);
  if (scale === undefined) return undefined;
  const inverse = Q.inverse(q) as Q.Rational;
  let gain = 0;
  for (const { coefficient, monomial } of split) {
    const k = coefficient.exact as Q.Rational;
    gain += operatorsOf(Q.mul(k, inverse), monomial !== null) - operatorsOf(k, monomial !== null);
  }
  return { split, q, scale, gain };
}
