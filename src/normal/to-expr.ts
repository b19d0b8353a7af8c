// Back from polynomials to trees, as a person writes them: terms in printing order joined by + and -
// (a positive term first where there is one: 1 - x^2), coefficients in front, radicals as sqrt(u) or
// u^(p/q), exp(k·u) for the k-th power of exp(u), a power of a sum where the polynomial is one, and
// one quotient with the denominator after the bar.

import { assertNever, divNode, mulNode, type Expr, type Num } from '../ast/expr.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { add, call, div, mul, neg as negate, one, pow, sub } from '../ast/smart.js';
import { maxDegree, neg, scale } from '../poly/arithmetic.js';
import { content } from '../poly/content.js';
import { common, powerOf, quotient as monomialQuotient, withPower, type Monomial } from '../poly/monomial.js';
import { perfectPower } from '../poly/perfect-power.js';
import { squareFree } from '../poly/square-free.js';
import { Budget } from '../poly/budget.js';
import { operatorCount } from '../ast/size.js';
import { freeVariables } from '../ast/variables.js';
import { unlessTooLarge } from './budgets.js';
import { divideExact, divideInOne } from '../poly/division.js';
import { constantValue, degreeIn, fromTerms, isOnePoly, variablesOf, type Poly } from '../poly/poly.js';
import type { Kernels } from './kernels.js';
import { printedVariables, printedVariablesOf } from './print-order.js';
import type { RationalFunction } from './rational-function.js';

/**
 * num/den as one quotient (den = 1 prints as the numerator alone). With a budget, a numerator or
 * denominator that is a power of a sum prints as that power.
 */
export function rationalToExpr(rf: RationalFunction, kernels: Kernels, budget?: Budget): Expr {
  if (isOnePoly(rf.den)) return polyToExpr(rf.num, kernels, budget);
  // Fractions in the numerator move to the denominator: (x/2)/(x+1) is x/(2x + 2).
  const clear = Q.rational(content(rf.num).den);
  const num = polyToExpr(scale(rf.num, clear), kernels, budget);
  const den = polyToExpr(scale(rf.den, clear), kernels, budget);
  // divNode, not the smart div, which would pull the sign out: -y/(x^2 + y^2), not -(y/(x^2 + y^2)).
  return divNode(num, den);
}

/** The expanded form: each term of the numerator over the monomial denominator, reduced term by term. */
export function expandedToExpr(rf: RationalFunction, kernels: Kernels): Expr {
  const [bottom] = rf.den;
  if (rf.den.length !== 1 || bottom === undefined) return rationalToExpr(rf, kernels);
  return sumOf(rf.num.map((t) => {
    const shared = common(t.monomial, bottom.monomial);
    return {
      coef: Q.mul(t.coef, Q.inverse(bottom.coef) as Rational),
      above: monomialQuotient(t.monomial, shared) ?? t.monomial,
      below: monomialQuotient(bottom.monomial, shared) ?? bottom.monomial,
    };
  }), kernels);
}

/**
 * The quotient's other spellings, for the simplifier's candidate: each term of the numerator over a
 * monomial denominator ((x^2 + 1)/x is x + 1/x), or a polynomial part and a proper fraction over a
 * denominator in one kernel ((x^2 + 2x + 2)/(x + 1)^2 is 1 + 1/(x + 1)^2). Undefined for a quotient
 * that has neither (a denominator of several kernels, a numerator of lower degree, a one-term numerator).
 * Both equal the quotient wherever it is defined, with the same poles: rf is in lowest terms, so every
 * kernel of a monomial denominator stays below some term, and the remainder is prime to the denominator.
 */
export function splitToExpr(rf: RationalFunction, kernels: Kernels, budget: Budget): Expr | undefined {
  // Not over a number: (x + 1)/2 as x/2 + 1/2 is never smaller, and a sum of such parts prints back whole.
  if (rf.num.length < 2 || constantValue(rf.den) !== undefined) return undefined;
  if (rf.den.length === 1) return expandedToExpr(rf, kernels);
  const [v, other] = variablesOf(rf.den);
  if (v === undefined || other !== undefined || degreeIn(rf.num, v) < degreeIn(rf.den, v)) return undefined;
  // Not in a constant kernel ((3 - sqrt(5))/8 + sqrt(2)/2 + 1 from 1/(sqrt(5) + 1)^2 + …): such a
  // denominator is a number, made rational, and the parts would meet again over it.
  if (freeVariables(kernels.at(v).expr).length === 0) return undefined;
  const { q, r } = divideInOne(rf.num, rf.den, v, budget);
  const whole = polyToExpr(q, kernels, budget);
  if (r.length === 0) return whole; // not met: rf is in lowest terms
  // x - 1/x rather than x + -1/x: a remainder of negative terms only is subtracted.
  const negative = r.every((t) => t.coef.num < 0n);
  const fraction = rationalToExpr({ num: negative ? neg(r) : r, den: rf.den }, kernels, budget);
  return negative ? sub(whole, fraction) : add(whole, fraction);
}

export function polyToExpr(p: Poly, kernels: Kernels, budget?: Budget): Expr {
  const power = budget && perfectPower(p, budget);
  const first = power
    ? sumOf([{ coef: power.coef, above: [], below: [], factor: pow(polyToExpr(power.base, kernels), power.exponent) }], kernels)
    : sumOf(p.map((t) => ({ coef: t.coef, above: t.monomial, below: [] })), kernels);
  // A perfect power's base may itself have repeated factors: ((x + 1)^2*(x + 3))^2 prints as
  // (x + 1)^4*(x + 3)^2, smaller than (x^3 + 5x^2 + 7x + 3)^2 in any nesting.
  // Not where the power's base is of degree 1 (the sigmoid's (e^x + 1)^2): it has no factor to repeat.
  const factored = budget && p.length >= 3 && !(power && maxDegree(power.base) < 2) ? withRepeatedFactors(p, kernels) : undefined;
  const best = factored !== undefined && operatorCount(factored) < operatorCount(first) ? factored : first;
  // Only where there are radicals at all: most results (the sigmoid's) have none, and pay nothing here.
  const radical = budget && kernels.roots.length > 0 ? unlessTooLarge(() => withRadicalPower(p, kernels, budget)) : undefined;
  return radical !== undefined && operatorCount(radical) < operatorCount(best) ? radical : best;
}

/**
 * p as u^(j + m/q)·rest, for a radical k = u^(1/q) that every term holds to the power m ≥ 1 or more and
 * whose base u divides the rest j times: the denominator u·sqrt(u) of a second derivative prints as
 * u^(3/2), its base as the input spelled it, where multiplied out it was u's terms each times sqrt(u).
 * The first radical of p that gathers so; undefined where none does.
 */
function withRadicalPower(p: Poly, kernels: Kernels, budget: Budget): Expr | undefined {
  for (const r of variablesOf(p)) {
    const role = kernels.at(r).role;
    if (role.kind !== 'root' || role.absolute === true || !isOnePoly(role.base.den) || constantValue(role.base.num) !== undefined) continue;
    const m = p.reduce((least, t) => Math.min(least, powerOf(t.monomial, r)), Infinity);
    if (m === 0) continue; // not in every term: no radical to gather (whole powers of u are withRepeatedFactors')
    let rest = fromTerms(p.map((t) => ({ monomial: withPower(t.monomial, r, powerOf(t.monomial, r) - m), coef: t.coef })));
    let j = 0;
    for (let q = divideExact(rest, role.base.num, budget); q !== undefined; q = divideExact(rest, role.base.num, budget)) {
      rest = q;
      j++;
    }
    if (j === 0) continue; // k alone in every term: each term prints it already
    const gathered = rootPower(role.spelled ?? role.baseExpr, Q.add(Q.rational(BigInt(j)), Q.rational(BigInt(m), BigInt(role.q))));
    const value = constantValue(rest);
    return value !== undefined ? mul(exactNum(value), gathered) : mul(polyToExpr(rest, kernels, budget), gathered);
  }
  return undefined;
}

/**
 * Coefficient bits the heuristic GCD of the square-free split may reach (then the PRS takes over). The
 * budget counts terms, not bits: at the default 4,096, nested images of a denominator in six kernels
 * took 0.75 s of bigint GCDs for one first derivative (found by fuzzing).
 */
const REPEATED_FACTOR_BITS = 512;
/**
 * Kernels past which a polynomial is not split into square-free factors: each kernel nests the GCD's
 * images once more. The denominator of d/dx (((x + 0.5)*(1 - e))^-2/(csc(x) + 4 + x*pi - erf(x))), in
 * six kernels, took 0.4 s here for one first derivative (found by fuzzing); no result of the quality
 * corpus or the benchmark corpus has a repeated factor in more than this many.
 */
const MAX_KERNELS_FOR_REPEATED_FACTORS = 4;

/**
 * p written as its square-free factors' powers, (x + 1)^3*(x + 3) for x^4 + 6x^3 + 12x^2 + 10x + 3,
 * where some factor repeats: a denominator in lowest terms then prints no larger than the product it
 * came from, so cancelling a common factor pays. Under a budget of its own: a GCD too large is no form.
 */
function withRepeatedFactors(p: Poly, kernels: Kernels): Expr | undefined {
  if (variablesOf(p).length > MAX_KERNELS_FOR_REPEATED_FACTORS) return undefined;
  const form = unlessTooLarge(() => squareFree(p, new Budget(1_000, 64, 100_000, REPEATED_FACTOR_BITS)));
  if (form === undefined) return undefined;
  const powers = form.factors.map((f) => pow(polyToExpr(f.base, kernels), f.exponent)).reduce((a, b) => mul(a, b));
  const [only] = form.rest;
  if (form.rest.length === 1 && only !== undefined) return sumOf([{ coef: only.coef, above: only.monomial, below: [], factor: powers }], kernels);
  return mul(polyToExpr(form.rest, kernels), powers);
}

interface PrintedTerm {
  readonly coef: Rational;
  readonly above: Monomial;
  readonly below: Monomial;
  /** A factor that is not a kernel power (the power of a sum). */
  readonly factor?: Expr;
  /** The term's number as a float, its floats folded in: then `coef` is its sign alone (±1). */
  readonly float?: number;
}

function sumOf(given: readonly PrintedTerm[], kernels: Kernels): Expr {
  const terms = withFloatsFolded(given, kernels);
  const sorted = terms.length < 2 ? terms.slice() : inPrintingOrder(terms, kernels);
  // Written with a positive term first where there is one: 1 - x^2 rather than -x^2 + 1.
  const firstPositive = sorted.findIndex((t) => t.coef.num > 0n);
  if (firstPositive > 0) sorted.unshift(...sorted.splice(firstPositive, 1));
  let sum: Expr | undefined;
  for (const t of sorted) {
    const negative = t.coef.num < 0n;
    if (sum === undefined) sum = termOf(t, negative, kernels);
    else sum = negative ? sub(sum, termOf(t, false, kernels)) : add(sum, termOf(t, false, kernels));
  }
  return sum ?? exactNum(Q.ZERO);
}

/**
 * The terms with their float kernels folded into the number, and terms alike but for floats made one:
 * a float is a kernel of the exact polynomials (expand(2 - 4*(x + 0.5)) holds 4·k for k = 0.5), but
 * is printed as the simplifier folds it, 2 - 4*x - 2.0 made -4*x. A group of terms that all vanish
 * drops out (x + 0.0 is x); one with no float is left exact.
 */
function withFloatsFolded(terms: readonly PrintedTerm[], kernels: Kernels): readonly PrintedTerm[] {
  const isFloat = (v: number): boolean => kernels.at(v).expr.kind === 'num';
  const holdsFloat = (m: Monomial): boolean => {
    for (let i = 0; i < m.length; i += 2) if (isFloat(m[i] as number)) return true;
    return false;
  };
  if (!terms.some((t) => holdsFloat(t.above) || holdsFloat(t.below))) return terms;
  const groups = new Map<string, { term: PrintedTerm; value: number; floats: boolean }>();
  terms.forEach((t, n) => {
    let value = Q.toNumber(t.coef);
    const rest = (m: Monomial, up: boolean): number[] => {
      const kept: number[] = [];
      for (let i = 0; i < m.length; i += 2) {
        const [v, e] = [m[i] as number, m[i + 1] as number];
        if (!isFloat(v)) kept.push(v, e);
        else value = up ? value * (kernels.at(v).expr as Num).value ** e : value / (kernels.at(v).expr as Num).value ** e;
      }
      return kept;
    };
    const floats = holdsFloat(t.above) || holdsFloat(t.below);
    const [above, below] = [rest(t.above, true), rest(t.below, false)];
    const key = t.factor === undefined ? `${above.join(',')}/${below.join(',')}` : `#${n}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { term: { ...t, above, below }, value, floats });
    else groups.set(key, { term: group.term, value: group.value + value, floats: true });
  });
  const folded: PrintedTerm[] = [];
  for (const { term, value, floats } of groups.values()) {
    if (!Number.isFinite(value)) return terms; // a float 0 below, or an overflow: left as the kernels are
    if (!floats) folded.push(term);
    else if (value !== 0) folded.push({ ...term, coef: value < 0 ? Q.MINUS_ONE : Q.ONE, float: Math.abs(value) });
  }
  return folded.length > 0 ? folded : [{ coef: Q.ONE, above: [], below: [], float: 0 }];
}

/**
 * The terms sorted as comparePrinted orders them (highest powers above first, then lowest below), each
 * term's powers laid out once in the kernels' printing order: comparing two terms is then a walk along
 * two arrays, not a sort of their kernels (a 744-term derivative was sorted with 7,000 such sorts).
 */
function inPrintingOrder(terms: readonly PrintedTerm[], kernels: Kernels): PrintedTerm[] {
  const monomials: Monomial[] = [];
  for (const t of terms) monomials.push(t.above, t.below);
  const order = printedVariablesOf(kernels, monomials);
  // One kernel (e^x + 1, and most denominators): the same comparison on its powers alone, no layouts.
  if (order.length <= 1) {
    const v = order[0] ?? 0;
    return terms.slice().sort((a, b) => powerOf(b.above, v) - powerOf(a.above, v) || powerOf(a.below, v) - powerOf(b.below, v));
  }
  const layout = (m: Monomial): number[] => order.map((v) => powerOf(m, v));
  const keyed = terms.map((t) => ({ t, above: layout(t.above), below: layout(t.below) }));
  const lexicographic = (a: readonly number[], b: readonly number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return 0;
  };
  keyed.sort((a, b) => lexicographic(b.above, a.above) || lexicographic(a.below, b.below));
  return keyed.map((k) => k.t);
}

/** ±|c|·(kernel powers above)/(kernel powers below); reciprocal kernels go below. */
function termOf(t: PrintedTerm, negative: boolean, kernels: Kernels): Expr {
  const top: Expr[] = t.factor ? [t.factor] : [];
  const bottom: Expr[] = [];
  for (const i of factorsFirstNumbers(printedVariables(kernels, t.above, t.below), kernels)) {
    const up = powerOf(t.above, i);
    const down = powerOf(t.below, i);
    const role = kernels.at(i).role;
    if (up > 0 && role.kind === 'reciprocal') bottom.push(power(role.of, up));
    else if (up > 0) top.push(kernelPower(i, up, kernels));
    if (down > 0) bottom.push(kernelPower(i, down, kernels));
  }
  if (t.float !== undefined) return floatTerm(t.float, negative, top, bottom);
  const size = Q.abs(t.coef);
  // The sign rides on the number where there is one (-2*x), else on the product (-x); one flat product,
  // so 3*x*y prints without the parentheses of 3*(x*y).
  const factors = size.num === 1n && top.length > 0 ? top : [exactNum(Q.rational(negative ? -size.num : size.num)), ...top];
  const product = factors.length === 1 ? (factors[0] as Expr) : mulNode(factors);
  const numerator = negative && size.num === 1n && top.length > 0 ? negate(product) : product;
  // `one` for a whole number (most terms): mul(one, f) is f, as it would be for a new 1.
  const denominator = bottom.reduce<Expr>((acc, f) => mul(acc, f), size.den === 1n ? one : exactNum(Q.rational(size.den)));
  return denominator.kind === 'num' && denominator.value === 1 ? numerator : divNode(numerator, denominator);
}

/** ±float·(top)/(bottom): a float 1 beside other factors is no factor, as the simplifier prints it (x, not 1.0*x). */
function floatTerm(size: number, negative: boolean, top: Expr[], bottom: Expr[]): Expr {
  const factors = size === 1 && top.length > 0 ? top : [floatNum(negative ? -size : size), ...top];
  const product = factors.length === 1 ? (factors[0] as Expr) : mulNode(factors);
  const numerator = negative && size === 1 && top.length > 0 ? negate(product) : product;
  return bottom.length === 0 ? numerator : divNode(numerator, bottom.reduce((acc, f) => mul(acc, f)));
}

/**
 * A term's kernels with the floats first: a float is a kernel (not exact, so not a coefficient), and
 * is written where a person writes a number, 0.5*x*sqrt(2), not x*0.5*sqrt(2). Terms still sort by
 * the printing order.
 */
function factorsFirstNumbers(order: number[], kernels: Kernels): number[] {
  const floats = order.filter((i) => kernels.at(i).expr.kind === 'num');
  return floats.length === 0 ? order : [...floats, ...order.filter((i) => kernels.at(i).expr.kind !== 'num')];
}

const power = (base: Expr, e: number): Expr => (e === 1 ? base : pow(base, e));

/** base^exponent as it prints: a whole power, sqrt(base), or base^(p/q). */
function rootPower(base: Expr, exponent: Rational): Expr {
  if (Q.isInteger(exponent)) return power(base, Number(exponent.num));
  return exponent.num === 1n && exponent.den === 2n ? call('sqrt', base) : pow(base, exactNum(exponent));
}

/** The kernel's e-th power as it prints: u^(e/q) for a radical, exp(e·u) for an exponential. */
export function kernelPower(index: number, e: number, kernels: Kernels): Expr {
  const { expr, role } = kernels.at(index);
  switch (role.kind) {
    case 'plain':
      return power(role.spelled ?? expr, e);
    case 'root':
      if (role.absolute === true) return power(expr, e); // |P|, its powers reduced below 2 already
      return rootPower(role.spelled ?? role.baseExpr, Q.rational(BigInt(e), BigInt(role.q)));
    case 'exp':
      if (e === 1) return expr;
      return call('exp', rationalToExpr({ num: scale(role.argument.num, Q.rational(BigInt(e))), den: role.argument.den }, kernels));
    case 'reciprocal':
      return div(one, power(role.of, e));
    default:
      return assertNever(role);
  }
}
