// The kernels that relate to each other: u^(p/q) is the p-th power of the radical u^(1/q), and
// exp(k·u) for an integer k is the k-th power of exp(u) (e^u is exp(u); e^(p/q) is a radical of e).

import { callNode, constNode, powNode, type Expr } from '../ast/expr.js';
import { operatorCountAtMost } from '../ast/size.js';
import { exactNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { mul as polyMul, pow as polyPow, scale, scale as polyScale } from '../poly/arithmetic.js';
import { isUnit as isUnitMonomial, scaleExponents } from '../poly/monomial.js';
import { perfectPower } from '../poly/perfect-power.js';
import { content } from '../poly/content.js';
import { constantValue, isOnePoly, variable, type Poly } from '../poly/poly.js';
import { polyToExpr } from './to-expr.js';
import { div, fromPoly, fromRational, mul, pow, type RationalFunction } from './rational-function.js';
import { constantOf, kernel, treeOf, type Normalizer } from './normalizer.js';

/** Roots up to this are radicals with relations; higher ones are left opaque. */
const MAX_ROOT = 64n;

/**
 * The largest written base compared with its normal form: each radical costs at most this many visits,
 * so a chain sqrt(sqrt(…) + 1) 10,000 deep stays linear (a full count per level made it quadratic).
 */
const MAX_SPELLING = 256;

/** Integer multiples up to this are split off an exponential's argument (exp(2x) = exp(x)^2). */
const MAX_MULTIPLE = 64n;

/**
 * base^(p/q) for q > 1: an exact number, or the p-th power of the radical base^(1/q); undefined to leave
 * it whole. `spelled`: the base as the input wrote it.
 */
export function radical(base: RationalFunction, exponent: Rational, n: Normalizer, spelled?: Expr): RationalFunction | undefined {
  const { num: p, den: q } = exponent;
  if (q > MAX_ROOT || p > MAX_MULTIPLE || p < -MAX_MULTIPLE) return undefined;
  const c = constantOf(base);
  if (c !== undefined) {
    if (Q.isZero(c)) return p > 0n ? fromRational(Q.ZERO) : undefined;
    const root = c.num > 0n ? Q.rootExact(c, q) : undefined;
    const value = root && Q.powInteger(root, p);
    if (value !== undefined) return fromRational(value);
  }
  // (N/S²)^(p/2) = N^(p/2)/|S|^p: a denominator that is a square leaves the radical, so
  // 1/(x^2*sqrt(1 - 1/x^2)) meets 1/(abs(x)*sqrt(x^2 - 1)) (the derivatives of acsc(x) and asin(1/x)).
  const s = q === 2n && !isOnePoly(base.den) ? squareRoot(base.den, n) : undefined;
  if (s !== undefined) {
    const top = radical(fromPoly(base.num), exponent, n);
    const bottom = pow(absolute(fromPoly(s), n), -Number(p), n.arithmetic);
    return top && bottom && mul(top, bottom, n.arithmetic);
  }
  const baseExpr = treeOf(base, n);
  const written = n.kernels.asWritten && spelled !== undefined && spellsSmaller(spelled, baseExpr) ? { spelled } : {};
  const index = n.kernels.indexOf(powNode(baseExpr, exactNum(Q.rational(1n, q))), { kind: 'root', base, baseExpr, q: Number(q), ...written });
  return pow(fromPoly(variable(index)), Number(p), n.arithmetic);
}

/**
 * |P| for a rational function P: a number, or |num|/|den| with |v| for each polynomial v a kernel
 * related to v as the square root of v² (so |v|² = v², |v|/v² = 1/|v|).
 */
export function absolute(rf: RationalFunction, n: Normalizer): RationalFunction {
  const c = constantOf(rf);
  if (c !== undefined) return fromRational(Q.abs(c));
  const ofPoly = (signed: Poly): RationalFunction => {
    const value = constantValue(signed);
    if (value !== undefined) return fromRational(Q.abs(value));
    // |v| = |-v|: one kernel for both, its leading coefficient positive, so |1 - x| - |x - 1| is 0.
    const v = (signed[0]?.coef.num ?? 0n) < 0n ? polyScale(signed, Q.MINUS_ONE) : signed;
    const base = fromPoly(polyMul(v, v, n.arithmetic.budget));
    const index = n.kernels.indexOf(callNode('abs', [polyToExpr(v, n.kernels)]), { kind: 'root', base, baseExpr: treeOf(base, n), q: 2, absolute: true });
    return fromPoly(variable(index));
  };
  const den = isOnePoly(rf.den) ? undefined : ofPoly(rf.den);
  const num = ofPoly(rf.num);
  return den === undefined ? num : (div(num, den, n.arithmetic) as RationalFunction);
}

/** S with S² = p, for p a monomial or a perfect even power (its leading coefficient a rational square); else undefined. */
function squareRoot(p: Poly, n: Normalizer): Poly | undefined {
  if (p.length === 1) {
    const [t] = p as [Poly[number]];
    const coef = Q.rootExact(t.coef, 2n);
    if (coef === undefined || t.monomial.some((x, i) => i % 2 === 1 && x % 2 !== 0)) return undefined;
    return [{ monomial: scaleExponents(t.monomial, 1 / 2), coef }];
  }
  const found = perfectPower(p, n.arithmetic.budget);
  if (found === undefined || found.exponent % 2 !== 0) return undefined;
  const coef = Q.rootExact(found.coef, 2n);
  return coef === undefined ? undefined : polyScale(polyPow(found.base, found.exponent / 2, n.arithmetic.budget), coef);
}

/**
 * exp(u), with an integer multiple of u split off as a power, a constant u as a power of e, and a
 * constant term of u as a factor: exp(x + 1) = e·exp(x), so (1 + e·exp(e))·exp(-e) is e + exp(-e).
 */
export function exponential(u: RationalFunction, n: Normalizer): RationalFunction {
  const c = constantOf(u);
  if (c !== undefined) {
    const e = kernel(constNode('e'), n);
    if (c.den === 1n && c.num <= MAX_MULTIPLE && c.num >= -MAX_MULTIPLE) return pow(e, Number(c.num), n.arithmetic) as RationalFunction;
    return radical(e, c, n) ?? exponentialKernel(u, n);
  }
  if (!isOnePoly(u.den)) return exponentialKernel(u, n);
  const constantTerm = u.num.find((t) => isUnitMonomial(t.monomial));
  if (constantTerm !== undefined) {
    const rest = fromPoly(u.num.filter((t) => t !== constantTerm));
    return mul(exponential(fromRational(constantTerm.coef), n), exponential(rest, n), n.arithmetic);
  }
  // u = (p/q)·P with P primitive: exp(u) = exp(P/q)^p.
  const p = content(u.num).num;
  if (p > MAX_MULTIPLE || p < -MAX_MULTIPLE) return exponentialKernel(u, n);
  const argument = fromPoly(scale(u.num, Q.rational(1n, p)));
  return pow(exponentialKernel(argument, n), Number(p), n.arithmetic) as RationalFunction;
}

function exponentialKernel(argument: RationalFunction, n: Normalizer): RationalFunction {
  const index = n.kernels.indexOf(callNode('exp', [treeOf(argument, n)]), { kind: 'exp', argument });
  return fromPoly(variable(index));
}

/** `spelled` prints smaller than `baseExpr`, judged only when it is at most MAX_SPELLING operators. */
export function spellsSmaller(spelled: Expr, baseExpr: Expr): boolean {
  const size = operatorCountAtMost(spelled, MAX_SPELLING);
  return size !== undefined && operatorCountAtMost(baseExpr, size) === undefined;
}
