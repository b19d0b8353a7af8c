// A polynomial in kernels written as a person factors it: the powers and the integer content every
// term shares pulled out, a perfect power recognised, and the rest grouped by the powers of the kernel
// most terms hold, recursively. x^x's third derivative, 10 terms flat (31 operators), is
// x^x*((log(x) + 1)^3 + 3*(log(x) + 1)/x - 1/x^2) (13). The flat form is kept where it is smaller.

import type { Expr } from '../ast/expr.js';
import { exactNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import { operatorCount } from '../ast/size.js';
import { add, div, mul, neg, one, pow, sub } from '../ast/smart.js';
import { unlessTooLarge } from '../normal/budgets.js';
import type { Kernels } from '../normal/kernels.js';
import { kernelPower } from '../normal/to-expr.js';
import { Budget } from '../poly/budget.js';
import { gcdInteger } from '../poly/content.js';
import { forEachPower, fromExponents } from '../poly/monomial.js';
import { perfectPower } from '../poly/perfect-power.js';
import { fromTerms } from '../poly/poly.js';
import type { Laurent, LaurentTerm } from './laurent.js';

/** Perfect powers are looked for in polynomials of up to this many terms (each test is a GCD). */
const MAX_TERMS_FOR_PERFECT_POWER = 24;
/** Polynomials of up to this many terms are explored: also grouped by their second kernel, and compared flat (not their groups again). */
const MAX_TERMS_FOR_ALTERNATIVES = 16;

export type Terms = readonly LaurentTerm[];

/**
 * Terms of distinct monomials read through an offset: t stands for t.coef·Π k_v^(t.exps[v] - offset[v]).
 * Collecting divides every term by one monomial (the offset grows), splits the terms into groups by one
 * kernel's power (each group's offset takes that power) and scales coefficients; none of these makes
 * two monomials meet, so the terms are never re-keyed and their powers never copied until printed.
 */
interface Sum {
  readonly terms: Terms;
  readonly offset: readonly number[];
}

type Printer = (s: Sum) => Expr;

const powerIn = (s: Sum, t: LaurentTerm, v: number): number => (t.exps[v] ?? 0) - (s.offset[v] ?? 0);

function widthOf(s: Sum): number {
  let width = s.offset.length;
  for (const t of s.terms) width = Math.max(width, t.exps.length);
  return width;
}

/** The terms with the powers the sum reads. */
function materialized(s: Sum): Terms {
  if (s.offset.every((o) => o === 0)) return s.terms;
  const width = widthOf(s);
  return s.terms.map((t) => {
    const exps = new Array<number>(width);
    for (let v = 0; v < width; v++) exps[v] = powerIn(s, t, v);
    return { exps, coef: t.coef };
  });
}

/** The offset grown by `extra` (a power per kernel). */
function grown(offset: readonly number[], extra: readonly number[]): number[] {
  const out = new Array<number>(Math.max(offset.length, extra.length));
  for (let v = 0; v < out.length; v++) out[v] = (offset[v] ?? 0) + (extra[v] ?? 0);
  return out;
}

const scaled = (s: Sum, c: Q.Rational): Sum => ({ terms: s.terms.map((t) => ({ exps: t.exps, coef: Q.mul(t.coef, c) })), offset: s.offset });

/**
 * The smaller of the flat form and the collected form of `p`; past MAX_TERMS_FOR_ALTERNATIVES terms
 * the collected form alone, which writes each shared power once where the flat form repeats it per
 * term (the 744-term tenth derivative of sin(sin(sin(sin(x)))): 16,597 operators flat, 6,867 collected).
 */
export function collectedOrFlat(p: Laurent, kernels: Kernels, flat: (terms: Terms) => Expr): Expr {
  const terms = [...p.values()];
  const explore = terms.length <= MAX_TERMS_FOR_ALTERNATIVES;
  const collected = signed(collect({ terms, offset: [] }, kernels, (s) => flat(materialized(s)), explore));
  if (!explore) return collected;
  const plain = flat(terms);
  return operatorCount(collected) < operatorCount(plain) ? collected : plain;
}

/** An expression for ± the polynomial: its magnitude and whether it is negated. */
interface Signed {
  readonly expr: Expr;
  readonly negative: boolean;
}

const signed = (s: Signed): Expr => (s.negative ? neg(s.expr) : s.expr);

function collect(sum: Sum, kernels: Kernels, flat: Printer, explore: boolean): Signed {
  let negatives = 0;
  for (const t of sum.terms) if (t.coef.num < 0n) negatives++;
  const negative = negatives * 2 > sum.terms.length;
  const q = negative ? scaled(sum, Q.MINUS_ONE) : sum;
  if (q.terms.length <= 1) return { expr: flat(q), negative };
  const common = commonPart(q, kernels);
  if (common !== undefined) {
    const shifted = { terms: q.terms, offset: common.offset };
    const rest = Q.isOne(common.scale) ? shifted : scaled(shifted, common.scale);
    return { expr: mul(common.factor, signed(collect(rest, kernels, flat, explore))), negative };
  }
  const power = perfectPowerOf(q, kernels, flat, explore);
  if (power !== undefined) return { expr: power, negative };
  // Grouped by the kernel in the most terms; when exploring (the whole polynomial is small), also by the
  // runner-up and as it is, the smallest kept (x^x's third derivative needs 1/x first, for
  // (log(x) + 1)^3 to show). Past that size the alternatives cost more than the derivative itself.
  const [first, second] = groupingKernels(q);
  if (first === undefined) return { expr: flat(q), negative };
  // The groups themselves are not explored again: each level of alternatives multiplies the work.
  const forms = [grouped(q, first, kernels, flat, false)];
  if (explore) {
    if (second !== undefined) forms.push(grouped(q, second, kernels, flat, false));
    forms.push(flat(q));
  }
  return { expr: smallest(forms), negative };
}

function smallest(forms: readonly Expr[]): Expr {
  let best = forms[0] as Expr;
  if (forms.length === 1) return best; // not measured: a count walks the whole tree
  let bestCount = operatorCount(best);
  for (const f of forms.slice(1)) {
    const count = operatorCount(f);
    if (count < bestCount) [best, bestCount] = [f, count];
  }
  return best;
}

/** Σ_j k^j·P_j, each P_j collected in turn; higher powers of k first, a positive group leading. */
function grouped(sum: Sum, v: number, kernels: Kernels, flat: Printer, explore: boolean): Expr {
  const groups = new Map<number, LaurentTerm[]>();
  for (const t of sum.terms) {
    const j = powerIn(sum, t, v);
    let group = groups.get(j);
    if (group === undefined) groups.set(j, (group = []));
    group.push(t);
  }
  const parts = [...groups.entries()].sort(([a], [b]) => b - a).map(([j, group]): Signed => {
    const power = new Array<number>(v + 1).fill(0);
    power[v] = j;
    const inner = collect({ terms: group, offset: grown(sum.offset, power) }, kernels, flat, explore);
    const expr = j === 0 ? inner.expr : j > 0 ? mul(inner.expr, kernelPower(v, j, kernels)) : div(inner.expr, kernelPower(v, -j, kernels));
    return { expr, negative: inner.negative };
  });
  const first = parts.findIndex((s) => !s.negative);
  if (first > 0) parts.unshift(...parts.splice(first, 1));
  let total = signed(parts[0] as Signed);
  for (const s of parts.slice(1)) total = s.negative ? sub(total, s.expr) : add(total, s.expr);
  return total;
}

/** The two kernels in the most terms (each in at least two, with at least two different powers). */
function groupingKernels(sum: Sum): (number | undefined)[] {
  const width = widthOf(sum);
  const ranked: [number, number][] = [];
  for (let v = 0; v < width; v++) {
    let count = 0;
    let firstPower: number | undefined;
    let several = false;
    for (const t of sum.terms) {
      const e = powerIn(sum, t, v);
      if (e !== 0) count++;
      if (firstPower === undefined) firstPower = e;
      else if (e !== firstPower) several = true;
    }
    if (count >= 2 && several) ranked.push([v, count]);
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [ranked[0]?.[0], ranked[1]?.[0]];
}

/**
 * What every term shares: each kernel's power where all terms hold it with one sign (the smallest in
 * size), and the integer content; undefined when they share nothing. The rest is the sum read through
 * `offset` (grown by the shared powers) and scaled by `scale`, 1/content.
 */
function commonPart(sum: Sum, kernels: Kernels): { factor: Expr; offset: readonly number[]; scale: Q.Rational } | undefined {
  const width = widthOf(sum);
  const shared = new Array<number>(width).fill(0);
  let any = false;
  for (let v = 0; v < width; v++) {
    let low = Infinity;
    let high = -Infinity;
    for (const t of sum.terms) {
      const e = powerIn(sum, t, v);
      low = Math.min(low, e);
      high = Math.max(high, e);
    }
    shared[v] = low > 0 ? low : high < 0 ? high : 0;
    if (shared[v] !== 0) any = true;
  }
  let content = 0n;
  for (const t of sum.terms) {
    if (t.coef.den !== 1n) {
      content = 1n;
      break;
    }
    content = gcdInteger(content, t.coef.num < 0n ? -t.coef.num : t.coef.num);
    if (content === 1n) break;
  }
  if (!any && content <= 1n) return undefined;
  const factor = mul(exactNum(Q.rational(content)), monomialExpr(shared, kernels));
  return { factor, offset: grown(sum.offset, shared), scale: Q.rational(1n, content) };
}

/** The kernel powers as a product over a quotient: x^2/y. */
function monomialExpr(exps: readonly number[], kernels: Kernels): Expr {
  let above: Expr = one;
  let below: Expr = one;
  exps.forEach((e, v) => {
    if (e > 0) above = mul(above, kernelPower(v, e, kernels));
    if (e < 0) below = mul(below, kernelPower(v, -e, kernels));
  });
  return below === one ? above : div(above, below);
}

/** c·B^k when the polynomial (one kernel, no negative powers) is a constant times a power of a sum; else undefined. */
function perfectPowerOf(sum: Sum, kernels: Kernels, flat: Printer, explore: boolean): Expr | undefined {
  if (sum.terms.length < 3 || sum.terms.length > MAX_TERMS_FOR_PERFECT_POWER) return undefined;
  // In one kernel only, where the test is cheap and the powers people write are: (log(x) + 1)^3.
  const width = widthOf(sum);
  let kernel = -1;
  for (const t of sum.terms) {
    for (let v = 0; v < width; v++) {
      const e = powerIn(sum, t, v);
      if (e === 0) continue;
      if (e < 0 || (kernel !== -1 && kernel !== v)) return undefined;
      kernel = v;
    }
  }
  if (kernel === -1) return undefined;
  const poly = fromTerms(materialized(sum).map((t) => ({ monomial: fromExponents(t.exps), coef: t.coef })));
  const found = unlessTooLarge(() => perfectPower(poly, new Budget(1_000, 64, 100_000)));
  if (found === undefined) return undefined;
  const base = found.base.map((t): LaurentTerm => {
    const exps: number[] = [];
    forEachPower(t.monomial, (v, e) => (exps[v] = e));
    return { exps: Array.from(exps, (e) => e ?? 0), coef: t.coef };
  });
  const inner = signed(collect({ terms: base, offset: [] }, kernels, flat, explore));
  return mul(exactNum(found.coef), pow(inner, found.exponent));
}
