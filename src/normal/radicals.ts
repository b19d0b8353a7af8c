// Relations of radicals: a kernel k = u^(1/q) satisfies k^q = u, so powers of k at or past q are
// reduced (sqrt(u)^2 = u), and a radical over its own base cancels (sqrt(2·pi)/(2·pi) = 1/sqrt(2·pi)).

import { mul as polyMul } from '../poly/arithmetic.js';
import { PolynomialTooLarge } from '../poly/budget.js';
import { divideExact } from '../poly/division.js';
import { powerOf, withPower } from '../poly/monomial.js';
import { constantValue, fromTerms, isOnePoly, variable, variablesOf, type Poly, type Term } from '../poly/poly.js';
import * as Q from '../ast/rational.js';
import type { Kernels } from './kernels.js';
import {
  add, div, fromPoly, mul, pow, quotient, type Arithmetic, type RationalFunction,
} from './rational-function.js';

/** Nested radicals reduce in a few rounds; more means a relation feeding itself. */
const MAX_ROUNDS = 64;

/** `rf` with every power k^e (e ≥ q) of a radical k = u^(1/q) rewritten as k^(e mod q)·u^(e div q). */
export function reduceRadicals(rf: RationalFunction, kernels: Kernels, arithmetic: Arithmetic): RationalFunction {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Only the radicals rf uses are looked at: a tree may hold 100,000 of them.
    const used = [...new Set([...variablesOf(rf.num), ...variablesOf(rf.den)])];
    const r = used.find((i) => kernels.at(i).role.kind === 'root' && (reducible(rf.num, i, kernels) || reducible(rf.den, i, kernels)));
    if (r === undefined) return rf;
    const num = reduceKernel(rf.num, r, kernels, arithmetic);
    const den = reduceKernel(rf.den, r, kernels, arithmetic);
    rf = div(num, den, arithmetic) ?? rf;
  }
  throw new PolynomialTooLarge('radicals that do not reduce');
}

const rootOf = (kernels: Kernels, r: number) => {
  const role = kernels.at(r).role;
  if (role.kind !== 'root') throw new RangeError(`kernel ${r} is not a radical`);
  return role;
};

function reducible(p: Poly, r: number, kernels: Kernels): boolean {
  const { q } = rootOf(kernels, r);
  return p.some((t) => powerOf(t.monomial, r) >= q);
}

function reduceKernel(p: Poly, r: number, kernels: Kernels, arithmetic: Arithmetic): RationalFunction {
  const { q, base } = rootOf(kernels, r);
  const groups = new Map<number, Term[]>();
  for (const t of p) {
    const e = powerOf(t.monomial, r);
    const m = Math.floor(e / q);
    let group = groups.get(m);
    if (group === undefined) groups.set(m, (group = []));
    group.push({ monomial: withPower(t.monomial, r, e % q), coef: t.coef });
  }
  let sum: RationalFunction = fromPoly([]);
  for (const [m, terms] of groups) {
    const power = pow(base, m, arithmetic) as RationalFunction;
    sum = add(sum, mul(fromPoly(fromTerms(terms)), power, arithmetic), arithmetic);
  }
  return sum;
}

/**
 * k/u = 1/k^(q-1) for a radical k = u^(1/q) over a polynomial u: the radical in the numerator cancels
 * against its base in the denominator; for square roots also u/k = k. Each step makes the form smaller.
 */
export function lowerRadicals(rf: RationalFunction, kernels: Kernels, arithmetic: Arithmetic): RationalFunction {
  const { budget } = arithmetic;
  for (const r of new Set([...variablesOf(rf.num), ...variablesOf(rf.den)])) {
    if (kernels.at(r).role.kind !== 'root') continue;
    const { q, base } = rootOf(kernels, r);
    // A numeric base (sqrt(2)) would only trade sqrt(2)/2 for 1/sqrt(2): no smaller, so not done.
    if (!isOnePoly(base.den) || constantValue(base.num) !== undefined) continue;
    const k = variable(r);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const numOverK = divideExact(rf.num, k, budget);
      const denOverBase = numOverK && divideExact(rf.den, base.num, budget);
      if (numOverK && denOverBase) {
        rf = quotient(numOverK, polyMul(denOverBase, pow(fromPoly(k), q - 1, arithmetic)?.num ?? k, budget), arithmetic);
        continue;
      }
      const numOverBase = q === 2 ? divideExact(rf.num, base.num, budget) : undefined;
      const denOverK = numOverBase && divideExact(rf.den, k, budget);
      if (numOverBase && denOverK) {
        rf = quotient(polyMul(numOverBase, k, budget), denOverK, arithmetic);
        continue;
      }
      break;
    }
  }
  return rf;
}

/**
 * `rf` with the base v of each radical k = v^(1/q) written as k^q, where v is a lone kernel (x, or
 * sin(x)) with no other radical: then the numerator and the denominator are polynomials in k, and their
 * GCD sees what it could not see in v, (x - 1)/(sqrt(x) - 1) = (k² - 1)/(k - 1) = sqrt(x) + 1 and
 * (sqrt(x) - sqrt(y))/(x - y) = 1/(sqrt(x) + sqrt(y)). v = k^q holds wherever k is defined. Powers of
 * k at or past q are reduced again when printed; past the budget, rf as it was.
 */
export function radicalsAsGenerators(rf: RationalFunction, kernels: Kernels, arithmetic: Arithmetic): RationalFunction {
  const used = new Set([...variablesOf(rf.num), ...variablesOf(rf.den)]);
  const generators = new Map<number, { r: number; q: number; inverse: Q.Rational }>(); // base kernel → its radical
  const shared = new Set<number>();
  for (const r of used) {
    const role = kernels.at(r).role;
    if (role.kind !== 'root' || !isOnePoly(role.base.den)) continue;
    const lone = loneMultiple(role.base.num);
    if (lone === undefined) continue;
    if (generators.has(lone.v)) shared.add(lone.v);
    generators.set(lone.v, { r, q: role.q, inverse: lone.inverse });
  }
  for (const v of shared) generators.delete(v);
  if (![...generators.keys()].some((v) => used.has(v))) return rf;
  try {
    // v^e = (r^q/c)^e where the radical r is (c·v)^(1/q).
    const substituted = (p: Poly): Poly => fromTerms(p.map((t) => {
      let monomial = t.monomial;
      let coef = t.coef;
      for (const [v, { r, q, inverse }] of generators) {
        const e = powerOf(monomial, v);
        if (e === 0) continue;
        monomial = withPower(withPower(monomial, v, 0), r, powerOf(monomial, r) + q * e);
        if (!Q.isOne(inverse)) coef = Q.mul(coef, Q.powInteger(inverse, BigInt(e)) as Q.Rational);
      }
      return { monomial, coef };
    }));
    return quotient(substituted(rf.num), substituted(rf.den), arithmetic);
  } catch (error) {
    if (error instanceof PolynomialTooLarge) return rf;
    throw error;
  }
}

/**
 * The kernel v and 1/c when p is c·v (a number times v to the power 1): √(3x) stands for x = √(3x)²/3,
 * so x/√(3x) is √(3x)/3.
 */
function loneMultiple(p: Poly): { v: number; inverse: Q.Rational } | undefined {
  const [t] = p;
  if (p.length !== 1 || t === undefined || t.monomial.length !== 2 || t.monomial[1] !== 1) return undefined;
  const inverse = Q.inverse(t.coef);
  return inverse === undefined ? undefined : { v: t.monomial[0] as number, inverse };
}
