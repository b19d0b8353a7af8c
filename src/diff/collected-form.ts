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
import { fromTerms, type Poly } from '../poly/poly.js';
import * as L from './laurent.js';
import type { Laurent, LaurentTerm } from './laurent.js';

/** Perfect powers are looked for in polynomials of up to this many terms (each test is a GCD). */
const MAX_TERMS_FOR_PERFECT_POWER = 24;
/** Polynomials of up to this many terms are explored: also grouped by their second kernel, and compared flat (not their groups again). */
const MAX_TERMS_FOR_ALTERNATIVES = 16;

/**
 * The smaller of the flat form and the collected form of `p`; past MAX_TERMS_FOR_ALTERNATIVES terms
 * the collected form alone, which writes each shared power once where the flat form repeats it per
 * term (the 744-term tenth derivative of sin(sin(sin(sin(x)))): 16,597 operators flat, 6,867 collected).
 */
export function collectedOrFlat(p: Laurent, kernels: Kernels, flat: (q: Laurent) => Expr): Expr {
  const explore = p.size <= MAX_TERMS_FOR_ALTERNATIVES;
  const collected = signed(collect(p, kernels, flat, explore));
  if (!explore) return collected;
  const plain = flat(p);
  return operatorCount(collected) < operatorCount(plain) ? collected : plain;
}

/** An expression for ± the polynomial: its magnitude and whether it is negated. */
interface Signed {
  readonly expr: Expr;
  readonly negative: boolean;
}

const signed = (s: Signed): Expr => (s.negative ? neg(s.expr) : s.expr);

function collect(p: Laurent, kernels: Kernels, flat: (q: Laurent) => Expr, explore: boolean): Signed {
  const terms = [...p.values()];
  const negative = terms.filter((t) => t.coef.num < 0n).length * 2 > terms.length;
  const q = negative ? L.scale(p, Q.MINUS_ONE, unbounded()) : p;
  if (terms.length <= 1) return { expr: flat(q), negative };
  const common = commonPart(terms, kernels);
  if (common !== undefined) {
    const rest = L.mul(q, common.inverse, unbounded());
    return { expr: mul(common.factor, signed(collect(rest, kernels, flat, explore))), negative };
  }
  const power = perfectPowerOf(q, kernels, flat, explore);
  if (power !== undefined) return { expr: power, negative };
  // Grouped by the kernel in the most terms; when exploring (the whole polynomial is small), also by the
  // runner-up and as it is, the smallest kept (x^x's third derivative needs 1/x first, for
  // (log(x) + 1)^3 to show). Past that size the alternatives cost more than the derivative itself.
  const [first, second] = groupingKernels(terms);
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
  for (const f of forms) if (operatorCount(f) < operatorCount(best)) best = f;
  return best;
}

/** Σ_j k^j·P_j, each P_j collected in turn; higher powers of k first, a positive group leading. */
function grouped(p: Laurent, v: number, kernels: Kernels, flat: (q: Laurent) => Expr, explore: boolean): Expr {
  const groups = new Map<number, L.Accumulator>();
  for (const t of p.values()) {
    const j = t.exps[v] ?? 0;
    let group = groups.get(j);
    if (group === undefined) groups.set(j, (group = new L.Accumulator(unbounded())));
    const exps = [...t.exps];
    if (v < exps.length) exps[v] = 0;
    group.add(exps, t.coef);
  }
  const parts = [...groups.entries()].sort(([a], [b]) => b - a).map(([j, group]): Signed => {
    const inner = collect(group.done(), kernels, flat, explore);
    const expr = j === 0 ? inner.expr : j > 0 ? mul(inner.expr, kernelPower(v, j, kernels)) : div(inner.expr, kernelPower(v, -j, kernels));
    return { expr, negative: inner.negative };
  });
  const first = parts.findIndex((s) => !s.negative);
  if (first > 0) parts.unshift(...parts.splice(first, 1));
  let sum = signed(parts[0] as Signed);
  for (const s of parts.slice(1)) sum = s.negative ? sub(sum, s.expr) : add(sum, s.expr);
  return sum;
}

/** The two kernels in the most terms (each in at least two, with at least two different powers). */
function groupingKernels(terms: readonly LaurentTerm[]): (number | undefined)[] {
  const width = Math.max(...terms.map((t) => t.exps.length));
  const ranked: [number, number][] = [];
  for (let v = 0; v < width; v++) {
    const count = terms.filter((t) => (t.exps[v] ?? 0) !== 0).length;
    const powers = new Set(terms.map((t) => t.exps[v] ?? 0));
    if (count >= 2 && powers.size > 1) ranked.push([v, count]);
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [ranked[0]?.[0], ranked[1]?.[0]];
}

/**
 * What every term shares: each kernel's power where all terms hold it with one sign (the smallest in
 * size), and the integer content; undefined when they share nothing.
 */
function commonPart(terms: readonly LaurentTerm[], kernels: Kernels): { factor: Expr; inverse: Laurent } | undefined {
  const width = Math.max(...terms.map((t) => t.exps.length));
  const shared = new Array<number>(width).fill(0);
  for (let v = 0; v < width; v++) {
    const powers = terms.map((t) => t.exps[v] ?? 0);
    if (powers.every((e) => e > 0)) shared[v] = Math.min(...powers);
    else if (powers.every((e) => e < 0)) shared[v] = Math.max(...powers);
  }
  const integral = terms.every((t) => t.coef.den === 1n);
  const content = integral ? terms.reduce((g, t) => gcdInteger(g, t.coef.num < 0n ? -t.coef.num : t.coef.num), 0n) : 1n;
  if (shared.every((e) => e === 0) && content <= 1n) return undefined;
  const inverse = L.mul(L.constant(Q.rational(1n, content)), monomial(shared.map((e) => -e)), unbounded());
  const factor = mul(exactNum(Q.rational(content)), monomialExpr(shared, kernels));
  return { factor, inverse };
}

function monomial(exps: readonly number[]): Laurent {
  let m = L.constant(Q.ONE);
  exps.forEach((e, v) => {
    if (e !== 0) m = L.mul(m, L.kernelPower(v, e), unbounded());
  });
  return m;
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
function perfectPowerOf(p: Laurent, kernels: Kernels, flat: (q: Laurent) => Expr, explore: boolean): Expr | undefined {
  if (p.size < 3 || p.size > MAX_TERMS_FOR_PERFECT_POWER) return undefined;
  const terms = [...p.values()];
  if (terms.some((t) => t.exps.some((e) => e < 0))) return undefined;
  // In one kernel only, where the test is cheap and the powers people write are: (log(x) + 1)^3.
  const used = new Set(terms.flatMap((t) => t.exps.flatMap((e, v) => (e !== 0 ? [v] : []))));
  if (used.size !== 1) return undefined;
  const poly: Poly = fromTerms(terms.map((t) => ({ monomial: fromExponents(t.exps), coef: t.coef })));
  const found = unlessTooLarge(() => perfectPower(poly, new Budget(1_000, 64, 100_000)));
  if (found === undefined) return undefined;
  const base = new L.Accumulator(unbounded());
  for (const t of found.base) {
    const exps: number[] = [];
    forEachPower(t.monomial, (v, e) => (exps[v] = e));
    base.add(Array.from(exps, (e) => e ?? 0), t.coef);
  }
  const inner = signed(collect(base.done(), kernels, flat, explore));
  return mul(exactNum(found.coef), pow(inner, found.exponent));
}

const unbounded = (): Budget => new Budget(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
