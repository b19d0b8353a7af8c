// A sum of three terms that is a square, a² ± 2ab + b² = (a ± b)² (rules/perfect-square.ts,
// `perfect-square`), or three terms of a longer sum that are: x^2 + 2*x + 1 = (x + 1)^2, exp(2*x) + 2*exp(x) + 1 = (exp(x) + 1)^2, and
// csc(x)^4 - 2*csc(x)^2 + 1 = (csc(x)^2 - 1)^2, whose base then collapses (cot(x)^4). A candidate form
// (candidates.ts), kept where smaller. The square roots of the terms are taken only where they are
// exact on the reals: a positive rational coefficient that is a square, factors raised to even
// integers, and e raised to an even multiple of anything ((e^u)² = e^(2u) for every real u).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { isE, isEvenInteger } from './rules/selectors.js';
import { factorsOf, splitTerm } from './terms.js';

/**
 * Terms of a sum past which no three of them are looked for among the rest (each pair of squares is
 * multiplied out and looked up): x² + 2x + 1 + y is (x + 1)² + y; a derivative's sum of 100 terms is
 * left to the other candidates.
 */
const MAX_TERMS_FOR_PART = 12;
/** Squares among a sum's terms past which no more pairs of them are tried. */
const MAX_SQUARES = 6;

/**
 * (a ± b)² for a sum a² ± 2ab + b² (or its negation), else undefined; in a longer sum, three of its
 * terms made so, beside the rest (x² - 2xy + y² + 1 is (x - y)² + 1).
 */
export function perfectSquare(c: Canon, terms: readonly Expr[]): Expr | undefined {
  if (terms.length < 3 || terms.length > MAX_TERMS_FOR_PART) return undefined;
  // The terms that are squares (or negated squares), each with its root's number: the roots themselves
  // are built only for a pair whose middle term's number 2ab is among the terms' (most sums have none).
  const squares: { index: number; coefficient: Q.Rational; negative: boolean; root?: Expr }[] = [];
  for (let i = 0; i < terms.length && squares.length < MAX_SQUARES; i++) {
    const t = terms[i] as Expr;
    const negative = splitTerm(c, t).coefficient.value < 0;
    const coefficient = rootCoefficient(c, t, negative);
    if (coefficient !== undefined) squares.push({ index: i, coefficient, negative });
  }
  if (squares.length < 2) return undefined;
  const numbers = new Set(terms.map((t) => numberKey(splitTerm(c, t).coefficient.exact)));
  const rootOf = (square: (typeof squares)[number]): Expr => (square.root ??= squareRoot(c, terms[square.index] as Expr, square.negative) as Expr);
  let position: Map<Expr, number> | undefined;
  for (let p = 0; p < squares.length; p++) {
    for (let q = p + 1; q < squares.length; q++) {
      const [a, b] = [squares[p], squares[q]] as [(typeof squares)[number], (typeof squares)[number]];
      if (a.negative !== b.negative) continue;
      const middleNumber = Q.mul(Q.rational(2n), Q.mul(a.coefficient, b.coefficient));
      if (!numbers.has(numberKey(middleNumber)) && !numbers.has(numberKey(Q.negate(middleNumber)))) continue;
      // -(a ± b)²: both squares negative, and the middle term of the opposite sign to ±2ab.
      const twice = c.product([c.num(Q.rational(a.negative ? -2n : 2n)), rootOf(a), rootOf(b)]);
      position ??= new Map(terms.map((t, i) => [t, i]));
      const plus = position.get(twice);
      const minus = plus === undefined ? position.get(c.negate(twice)) : undefined;
      const middle = plus ?? minus;
      if (middle === undefined || middle === a.index || middle === b.index) continue;
      const base = c.sum([rootOf(a), plus !== undefined ? rootOf(b) : c.negate(rootOf(b))]);
      const square = c.power(base, c.num(Q.rational(2n)));
      const rest = terms.filter((_, i) => i !== a.index && i !== b.index && i !== middle);
      return c.sum([a.negative ? c.negate(square) : square, ...rest]);
    }
  }
  return undefined;
}

/** A key for an exact number (a float: none that an exact one has). */
const numberKey = (q: Q.Rational | null): string => (q === null ? 'float' : `${q.num}/${q.den}`);

/**
 * The number of r with r² = t (or -t, `negated`) exactly on the reals, for a term t; undefined where
 * there is no such r. Nothing is built: this runs on every term of most sums.
 */
function rootCoefficient(c: Canon, t: Expr, negated: boolean): Q.Rational | undefined {
  const { coefficient, monomial } = splitTerm(c, t);
  if (coefficient.exact === null || (negated ? coefficient.value >= 0 : coefficient.value <= 0)) return undefined;
  const factors = monomial === null ? [] : factorsOf(monomial);
  if (!factors.every((f) => f.kind === 'pow' && mayHalve(f.args[1], isE(f.args[0])))) return undefined;
  return Q.rootExact(Q.abs(coefficient.exact), 2n);
}

/** r with r² = t (or -t, `negated`) exactly on the reals, for a term t; undefined where there is none of that kind. */
function squareRoot(c: Canon, t: Expr, negated = false): Expr | undefined {
  const root = rootCoefficient(c, t, negated);
  if (root === undefined) return undefined;
  const { monomial } = splitTerm(c, t);
  const roots: Expr[] = [c.num(root)];
  for (const f of monomial === null ? [] : factorsOf(monomial)) {
    const [base, exponent] = (f as Extract<Expr, { kind: 'pow' }>).args;
    roots.push(c.power(base, halved(c, exponent, isE(base)) as Expr));
  }
  return c.product(roots);
}

/** Whether halved() has a half of `exponent`: an even integer, or an even multiple for e. */
function mayHalve(exponent: Expr, baseIsE: boolean): boolean {
  if (exponent.kind === 'num') return isEvenInteger(exponent);
  return baseIsE && exponent.kind === 'mul' && isEvenInteger(exponent.args[0] as Expr);
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
