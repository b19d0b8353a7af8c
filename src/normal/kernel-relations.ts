// The kernels that relate to each other: u^(p/q) is the p-th power of the radical u^(1/q), and
// exp(k·u) for an integer k is the k-th power of exp(u) (e^u is exp(u); e^(p/q) is a radical of e).

import { callNode, constNode, powNode } from '../ast/expr.js';
import { exactNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { scale } from '../poly/arithmetic.js';
import { content } from '../poly/content.js';
import { isOnePoly, variable } from '../poly/poly.js';
import { fromPoly, fromRational, pow, type RationalFunction } from './rational-function.js';
import { constantOf, kernel, treeOf, type Normalizer } from './normalizer.js';

/** Roots up to this are radicals with relations; higher ones are left opaque. */
const MAX_ROOT = 64n;

/** Integer multiples up to this are split off an exponential's argument (exp(2x) = exp(x)^2). */
const MAX_MULTIPLE = 64n;

/** base^(p/q) for q > 1: an exact number, or the p-th power of the radical base^(1/q); undefined to leave it whole. */
export function radical(base: RationalFunction, exponent: Rational, n: Normalizer): RationalFunction | undefined {
  const { num: p, den: q } = exponent;
  if (q > MAX_ROOT || p > MAX_MULTIPLE || p < -MAX_MULTIPLE) return undefined;
  const c = constantOf(base);
  if (c !== undefined) {
    if (Q.isZero(c)) return p > 0n ? fromRational(Q.ZERO) : undefined;
    const root = c.num > 0n ? Q.rootExact(c, q) : undefined;
    const value = root && Q.powInteger(root, p);
    if (value !== undefined) return fromRational(value);
  }
  const baseExpr = treeOf(base, n);
  const index = n.kernels.indexOf(powNode(baseExpr, exactNum(Q.rational(1n, q))), { kind: 'root', base, baseExpr, q: Number(q) });
  return pow(fromPoly(variable(index)), Number(p), n.arithmetic);
}

/** exp(u), with an integer multiple of u split off as a power and a constant u as a power of e. */
export function exponential(u: RationalFunction, n: Normalizer): RationalFunction {
  const c = constantOf(u);
  if (c !== undefined) {
    const e = kernel(constNode('e'), n);
    if (c.den === 1n && c.num <= MAX_MULTIPLE && c.num >= -MAX_MULTIPLE) return pow(e, Number(c.num), n.arithmetic) as RationalFunction;
    return radical(e, c, n) ?? exponentialKernel(u, n);
  }
  if (!isOnePoly(u.den)) return exponentialKernel(u, n);
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
