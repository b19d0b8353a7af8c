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
 * Every term has a power for each kernel of the offset (exps as long as it): a power is read in bounds,
 * where a read past an array's end is V8's slow path, and this is the loop collecting spends its time in.
 */
interface Sum {
  readonly terms: Terms;
  readonly offset: readonly number[];
}

type Printer = (s: Sum) => Expr;

const powerIn = (s: Sum, t: LaurentTerm, v: number): number => (t.exps[v] as number) - (s.offset[v] as number);

/** The terms as a sum with no offset, their powers padded with zeros to the widest (the printed monomials are the same). */
function dense(terms: Terms): Sum {
  let width = 0;
  for (const t of terms) if (t.exps.length > width) width = t.exps.length;
  const padded = terms.map((t): LaurentTerm => {
    if (t.exps.length === width) return t;
    const exps = new Array<number>(width).fill(0);
    t.exps.forEach((e, v) => (exps[v] = e));
    return { exps, coef: t.coef };
  });
  return { terms: padded, offset: new Array<number>(width).fill(0) };
}

/** The terms with the powers the sum reads. */
function materialized(s: Sum): Terms {
  if (s.offset.every((o) => o === 0)) return s.terms;
  const width = s.offset.length;
  return s.terms.map((t) => {
    const exps = new Array<number>(width);
    for (let v = 0; v < width; v++) exps[v] = powerIn(s, t, v);
    return { exps, coef: t.coef };
  });
}

/** The offset grown by `extra` (a power per kernel, as many). */
function grown(offset: readonly number[], extra: readonly number[]): number[] {
  return offset.map((o, v) => o + (extra[v] as number));
}

/** The offset with kernel v's power grown by j. */
function grownAt(offset: readonly number[], v: number, j: number): number[] {
  const out = offset.slice();
  out[v] = (out[v] as number) + j;
  return out;
}

const negated = (s: Sum): Sum => ({ terms: s.terms.map((t) => ({ exps: t.exps, coef: Q.negate(t.coef) })), offset: s.offset });

/** Every coefficient divided by `content`, an integer that divides them all: exactly, no GCD per term. */
const divided = (s: Sum, content: bigint): Sum =>
  ({ terms: s.terms.map((t) => ({ exps: t.exps, coef: { num: t.coef.num / content, den: 1n } })), offset: s.offset });

/** Per kernel, over the terms of a sum: its lowest and highest power, and the terms it is in. */
interface Powers {
  readonly low: readonly number[];
  readonly high: readonly number[];
  readonly count: readonly number[];
}

/** One pass over the terms for what the common part, the perfect-power test and the grouping each read. */
function powersOf(sum: Sum): Powers {
  const width = sum.offset.length;
  // Started from the first term's powers rather than ±Infinity: arrays of small integers, not doubles.
  const first = sum.terms[0] as LaurentTerm;
  const low = sum.offset.map((o, v) => (first.exps[v] as number) - o);
  const high = low.slice();
  const count = new Array<number>(width).fill(0);
  for (const t of sum.terms) {
    for (let v = 0; v < width; v++) {
      const e = powerIn(sum, t, v);
      if (e < (low[v] as number)) low[v] = e;
      if (e > (high[v] as number)) high[v] = e;
      if (e !== 0) count[v] = (count[v] as number) + 1;
    }
  }
  return { low, high, count };
}

/**
 * The smaller of the flat form and the collected form of `p`; past MAX_TERMS_FOR_ALTERNATIVES terms
 * the collected form alone, which writes each shared power once where the flat form repeats it per
 * term (the 744-term tenth derivative of sin(sin(sin(sin(x)))): 16,597 operators flat, 6,867 collected).
 */
export function collectedOrFlat(p: Laurent, kernels: Kernels, flat: (terms: Terms) => Expr): Expr {
  const terms = [...p.values()];
  const explore = terms.length <= MAX_TERMS_FOR_ALTERNATIVES;
  const collected = signed(collect(dense(terms), kernels, (s) => flat(materialized(s)), explore));
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

/**
 * `shared`: the sum is what remains of one whose common part was taken out, so it has none (no kernel
 * in every term with one sign, integer content 1) and the search for it is skipped.
 */
function collect(sum: Sum, kernels: Kernels, flat: Printer, explore: boolean, shared = false): Signed {
  let negatives = 0;
  for (const t of sum.terms) if (t.coef.num < 0n) negatives++;
  const negative = negatives * 2 > sum.terms.length;
  const q = negative ? negated(sum) : sum;
  if (q.terms.length <= 1) return { expr: flat(q), negative };
  const powers = powersOf(q);
  const common = shared ? undefined : commonPart(q, powers, kernels);
  if (common !== undefined) {
    const shifted = { terms: q.terms, offset: common.offset };
    const rest = common.content === 1n ? shifted : divided(shifted, common.content);
    return { expr: mul(common.factor, signed(collect(rest, kernels, flat, explore, true))), negative };
  }
  const power = perfectPowerOf(q, powers, kernels, flat, explore);
  if (power !== undefined) return { expr: power, negative };
  // Grouped by the kernel in the most terms; when exploring (the whole polynomial is small), also by the
  // runner-up and as it is, the smallest kept (x^x's third derivative needs 1/x first, for
  // (log(x) + 1)^3 to show). Past that size the alternatives cost more than the derivative itself.
  const [first, second] = groupingKernels(powers);
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
    const inner = collect({ terms: group, offset: grownAt(sum.offset, v, j) }, kernels, flat, explore);
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
function groupingKernels(powers: Powers): (number | undefined)[] {
  const ranked: [number, number][] = [];
  for (let v = 0; v < powers.count.length; v++) {
    const count = powers.count[v] as number;
    if (count >= 2 && powers.low[v] !== powers.high[v]) ranked.push([v, count]);
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [ranked[0]?.[0], ranked[1]?.[0]];
}

/**
 * What every term shares: each kernel's power where all terms hold it with one sign (the smallest in
 * size), and the integer content; undefined when they share nothing. The rest is the sum read through
 * `offset` (grown by the shared powers) and divided by `content`.
 */
function commonPart(sum: Sum, powers: Powers, kernels: Kernels): { factor: Expr; offset: readonly number[]; content: bigint } | undefined {
  const width = sum.offset.length;
  const shared = new Array<number>(width).fill(0);
  let any = false;
  for (let v = 0; v < width; v++) {
    const low = powers.low[v] as number;
    const high = powers.high[v] as number;
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
  return { factor, offset: grown(sum.offset, shared), content };
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
function perfectPowerOf(sum: Sum, powers: Powers, kernels: Kernels, flat: Printer, explore: boolean): Expr | undefined {
  if (sum.terms.length < 3 || sum.terms.length > MAX_TERMS_FOR_PERFECT_POWER) return undefined;
  // In one kernel only, where the test is cheap and the powers people write are: (log(x) + 1)^3.
  let kernel = -1;
  for (let v = 0; v < powers.count.length; v++) {
    if (powers.count[v] === 0) continue;
    if ((powers.low[v] as number) < 0 || kernel !== -1) return undefined;
    kernel = v;
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
  const inner = signed(collect(dense(base), kernels, flat, explore));
  return mul(exactNum(found.coef), pow(inner, found.exponent));
}
