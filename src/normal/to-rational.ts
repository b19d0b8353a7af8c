// From trees to rational functions over kernels, bottom-up, once per distinct node (foldAll: no
// recursion, whatever the depth). A kernel's own arguments are normalised before it is numbered, so
// sin(x + x) and sin(2x) are one kernel.

import { assertNever, divNode, withChildren, type Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import { one, call as smartCall } from '../ast/smart.js';
import { foldAll } from '../ast/walk.js';
import { nodeValue } from '../evaluate/node-value.js';
import { mul as polyMul, scale } from '../poly/arithmetic.js';
import { content } from '../poly/content.js';
import { gcd } from '../poly/gcd.js';
import { constantValue, variable } from '../poly/poly.js';
import { absolute, exponential, radical, spellsSmaller } from './kernel-relations.js';
import { lowerRadicals, radicalsAsGenerators, reduceRadicals } from './radicals.js';
import {
  add, div, fromPoly, fromRational, mul, negate, pow, sub, type RationalFunction,
} from './rational-function.js';
import { constantOf, kernel, treeOf, type Normalizer } from './normalizer.js';
import { asSinCos } from './trig-spellings.js';
import { expandedToExpr, polyToExpr, rationalToExpr, splitToExpr } from './to-expr.js';
import { unlessTooLarge } from './budgets.js';
import { operatorCount } from '../ast/size.js';

/** The rational function of each distinct node of `roots`. */
export function toRational(roots: readonly Expr[], n: Normalizer): Map<Expr, RationalFunction> {
  return foldAll<RationalFunction>(roots, (node, kids) => {
    const rf = combine(node, kids, n);
    return n.kernels.roots.length > 0 && isProduct(node) ? reduceRadicals(rf, n.kernels, n.arithmetic) : rf;
  });
}

const isProduct = (node: Expr): boolean => node.kind === 'mul' || node.kind === 'div' || node.kind === 'pow' || node.kind === 'call';

/** The tree of a rational function, as `cancel` (or `expand`) prints it. */
export function toTree(rf: RationalFunction, n: Normalizer): Expr {
  const generated = n.arithmetic.reduce && n.kernels.roots.length > 0 ? radicalsAsGenerators(rf, n.kernels, n.arithmetic) : rf;
  const lowered = reduceRadicals(lowerRadicals(generated, n.kernels, n.arithmetic), n.kernels, n.arithmetic);
  if (n.expand) return expandedToExpr(lowered, n.kernels);
  // together writes even a numeric common denominator out: x/2 + y/3 is (3x + 2y)/6.
  const d = n.arithmetic.reduce ? 1n : content(lowered.num).den;
  const common = d === 1n ? lowered : { num: scale(lowered.num, Q.rational(d)), den: scale(lowered.den, Q.rational(d)) };
  const whole = rationalToExpr(common, n.kernels, n.arithmetic.budget);
  const split = n.split === true ? unlessTooLarge(() => splitToExpr(common, n.kernels, n.arithmetic.budget)) : undefined;
  return split !== undefined && operatorCount(split) < operatorCount(whole) ? split : whole;
}

function combine(node: Expr, kids: RationalFunction[], n: Normalizer): RationalFunction {
  const { arithmetic } = n;
  const [a, b] = kids as [RationalFunction, RationalFunction];
  if (kids.some((k) => n.poles.has(k))) return pole(node, kids, n);
  switch (node.kind) {
    case 'num':
      return node.exact ? fromRational(node.exact) : kernel(node, n);
    case 'var':
    case 'const':
      return kernel(node, n);
    case 'add':
      return kids.reduce((sum, k) => add(sum, k, arithmetic));
    case 'sub':
      return sub(a, b, arithmetic);
    case 'neg':
      return negate(a);
    case 'mul':
      return kids.reduce((product, k) => mul(product, k, arithmetic));
    case 'div':
      return quotientOf(a, b, n) ?? (isZero(b) ? pole(node, kids, n) : opaque(node, kids, n));
    case 'pow':
      return powerOf(a, b, n, node.args[0]) ?? (isZero(a) ? pole(node, kids, n) : opaque(node, kids, n));
    case 'call':
      if (node.fn === 'exp') return exponential(a, n);
      if (node.fn === 'sqrt') return radical(a, Q.rational(1n, 2n), n, node.args[0]) ?? opaque(node, kids, n);
      return callOf(node, kids, n);
    default:
      return assertNever(node);
  }
}

/** A node that divides by 0 or holds such a node, as one opaque kernel, remembered in `n.poles`. */
function pole(node: Expr, kids: RationalFunction[], n: Normalizer): RationalFunction {
  const rf = opaque(node, kids, n);
  n.poles.add(rf);
  return rf;
}

const isZero = (rf: RationalFunction): boolean => rf.num.length === 0;

/** The node over its normalised children, as one opaque kernel (x/0 stays x/0). */
function opaque(node: Expr, kids: RationalFunction[], n: Normalizer): RationalFunction {
  return kernel(withChildren(node, kids.map((k) => treeOf(k, n))), n);
}

function callOf(node: Expr & { kind: 'call' }, kids: RationalFunction[], n: Normalizer): RationalFunction {
  const [only] = kids;
  if (node.fn === 'abs' && only !== undefined) return absolute(only, n);
  if (n.trigAsSinCos === true && kids.length === 1 && only !== undefined) {
    const quotient = asSinCos(node.fn, treeOf(only, n), n);
    if (quotient !== undefined) return quotient;
  }
  const folded = smartCall(node.fn, ...kids.map((k) => treeOf(k, n)));
  if (folded.kind === 'num' && folded.exact) return fromRational(folded.exact);
  const rf = n.kernels.asWritten && spellsSmaller(node, folded)
    ? fromPoly(variable(n.kernels.indexOf(folded, { kind: 'plain', spelled: node })))
    : kernel(folded, n);
  if (atNonFiniteValue(folded)) n.poles.add(rf); // log(0), gamma(0)
  return rf;
}

/** Whether a call of numbers only (log(0), not log(x)) has a value that is not finite. */
function atNonFiniteValue(e: Expr): boolean {
  if (e.kind !== 'call' || !e.args.every((a) => a.kind === 'num')) return false;
  return !Number.isFinite(nodeValue(e, e.args.map((a) => (a as Extract<Expr, { kind: 'num' }>).value)));
}

/** a/b; with `expand`, a denominator of several terms stays whole, as the kernel 1/v. */
function quotientOf(a: RationalFunction, b: RationalFunction, n: Normalizer): RationalFunction | undefined {
  if (!n.expand || b.num.length <= 1) return div(a, b, n.arithmetic);
  const { budget } = n.arithmetic;
  // What cancels is cancelled first, so (x+1)/(x+1) expands to 1.
  const common = gcd(a.num, b.num, budget);
  const of = polyToExpr(common.cofactorB, n.kernels);
  if (constantValue(common.cofactorB) !== undefined) return div({ num: common.cofactorA, den: a.den }, { num: common.cofactorB, den: b.den }, n.arithmetic);
  const reciprocal = variable(n.kernels.indexOf(divNode(one, of), { kind: 'reciprocal', of }));
  return mul({ num: common.cofactorA, den: a.den }, fromPoly(polyMul(b.den, reciprocal, budget)), n.arithmetic);
}

/** a^b: integer powers are polynomial arithmetic, rational ones radicals, e^u an exponential (`spelled`: a as written). */
function powerOf(a: RationalFunction, b: RationalFunction, n: Normalizer, spelled: Expr): RationalFunction | undefined {
  const exponent = constantOf(b);
  if (exponent !== undefined && Q.isInteger(exponent)) {
    const k = Number(exponent.num);
    // A power past the degree budget (x^(10^30)) stays whole rather than failing the whole normal form.
    if (!(Math.abs(k) <= n.arithmetic.budget.maxDegree)) return undefined;
    if (k < 0 && n.expand && a.num.length > 1) return quotientOf(fromRational(Q.ONE), pow(a, -k, n.arithmetic) as RationalFunction, n);
    return pow(a, k, n.arithmetic);
  }
  if (exponent !== undefined) return radical(a, exponent, n, spelled);
  if (isEuler(a, n)) return exponential(b, n);
  return undefined;
}

/** Whether `rf` is the kernel e (the base of exp). */
function isEuler(rf: RationalFunction, n: Normalizer): boolean {
  const [t] = rf.num;
  const [d] = rf.den;
  // e alone: the numerator the one kernel e, the denominator 1 (e/x^2 is not e: (e/x^2)^v is no exp).
  if (d === undefined || rf.den.length !== 1 || d.monomial.length !== 0 || !Q.isOne(d.coef)) return false;
  if (rf.num.length !== 1 || t === undefined || !Q.isOne(t.coef)) return false;
  const [index, power] = t.monomial;
  if (t.monomial.length !== 2 || index === undefined || power !== 1) return false;
  const e = n.kernels.at(index).expr;
  return e.kind === 'const' && e.name === 'e';
}
