// The addition formulas read backwards (rules/trig.ts, `trig-contraction`): two terms of a sum that are
// the expansion of sin(u ± v), cos(u ± v), sinh(u ± v) or cosh(u ± v) times one rest made that one
// term. A candidate form (candidates.ts), kept where smaller: cos x·sin y + cos y·sin x = sin(x + y).

import type { Expr, Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';
import { MAX_TERMS_FOR_CONTRACTION } from './limits.js';
import { CONTRACTIONS } from './rules/trig.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

const CIRCULAR = new Set(['sin', 'cos', 'sinh', 'cosh']);
const isCall = (f: Expr): f is Extract<Expr, { kind: 'call' }> => f.kind === 'call' && CIRCULAR.has(f.fn) && f.args.length === 1;

/** Whether two terms hold two calls of sin, cos, sinh or cosh each: the cheap gate. */
export function mayContract(c: Canon, terms: readonly Expr[]): boolean {
  if (terms.length > MAX_TERMS_FOR_CONTRACTION) return false;
  let n = 0;
  for (const t of terms) {
    const { monomial } = splitTerm(c, t);
    if (monomial !== null && factorsOf(monomial).filter(isCall).length >= 2 && ++n >= 2) return true;
  }
  return false;
}

/**
 * Whether a sum's terms hold sin, cos, sinh or cosh of two different arguments, some of them inside a sum
 * factor ((cos b + sin b)·cos a): multiplied out, such terms may pair by the addition formulas. The gate of
 * contraction after multiplying out; a derivative in one variable (every call of x) never passes it.
 */
export function mayContractWhenMultipliedOut(terms: readonly Expr[]): boolean {
  // Plain loops, nothing allocated: this runs on most sums that do not multiply out.
  let first: Expr | undefined;
  let twoAngles = false;
  let inSum = false;
  for (const t of terms) {
    const factors = t.kind === 'mul' ? t.args : [t];
    for (let i = 0; i < factors.length; i++) {
      const f = factors[i] as Expr;
      const parts = f.kind === 'add' ? f.args : SELF;
      for (let k = 0; k < (f.kind === 'add' ? parts.length : 1); k++) {
        const g = f.kind === 'add' ? (parts[k] as Expr) : f;
        const calls = g.kind === 'mul' ? g.args : SELF;
        for (let m = 0; m < (g.kind === 'mul' ? calls.length : 1); m++) {
          const h = g.kind === 'mul' ? (calls[m] as Expr) : g;
          if (!isCall(h)) continue;
          if (f.kind === 'add') inSum = true;
          const u = h.args[0] as Expr;
          if (first === undefined) first = u;
          else if (u !== first) twoAngles = true;
        }
      }
    }
  }
  return inSum && twoAngles;
}

const SELF: readonly Expr[] = [];

/** The sum with one pair of terms contracted; undefined where no pair is the expansion of one call. */
export function contractedSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  for (let i = 0; i < split.length; i++) {
    for (let j = 0; j < split.length; j++) {
      if (i === j) continue;
      const made = contracted(c, split[i] as Term, split[j] as Term);
      if (made !== undefined) return collectedSum(c, [...made, ...terms.filter((_, k) => k !== i && k !== j)]);
    }
  }
  return undefined;
}

type Term = { coefficient: Num; monomial: Expr | null };

/**
 * The terms two terms make, where the first is a·m·f(u)·g(v) and the second b·m·f'(u)·g'(v): the
 * expansion with the smaller coefficient in size made one call, and what is left of the larger one
 * beside it: 7·sin(6x)·cos(7x) - 6·cos(6x)·sin(7x) is sin(6x)·cos(7x) - 6·sin(x), as the quotient
 * rule gives d/dx sin(6x)/sin(7x) such sums.
 */
function contracted(c: Canon, a: Term, b: Term): Expr[] | undefined {
  if (a.monomial === null || b.monomial === null || a.coefficient.exact === null || b.coefficient.exact === null) return undefined;
  const [p, q] = [a.coefficient.exact, b.coefficient.exact];
  if (Q.isZero(p) || Q.isZero(q)) return undefined;
  const ratio = Q.sign(p) === Q.sign(q) ? 1 : -1;
  // The pair's coefficient on the first term's side: a itself, or b's size with a's sign.
  const firstLarger = Q.compare(Q.abs(p), Q.abs(q)) > 0;
  const paired = firstLarger ? (Q.sign(p) > 0 ? Q.abs(q) : Q.negate(Q.abs(q))) : p;
  // What is left: of a (a - paired), or of b (b - ratio·a).
  const left = firstLarger
    ? { coefficient: Q.sub(p, paired), monomial: a.monomial }
    : { coefficient: Q.sub(q, ratio === 1 ? p : Q.negate(p)), monomial: b.monomial };
  const made = contractedPair(c, a.monomial, b.monomial, ratio, paired);
  if (made === undefined) return undefined;
  return Q.isZero(left.coefficient) ? [made] : [made, c.product([c.num(left.coefficient), left.monomial])];
}

/** rest·f(u ± v)·coefficient, where the monomials are rest·f(u)·g(v) and rest·f'(u)·g'(v); else undefined. */
function contractedPair(c: Canon, am: Expr, bm: Expr, ratio: 1 | -1, coefficient: Q.Rational): Expr | undefined {
  const fa = factorsOf(am);
  const fb = factorsOf(bm);
  const onlyA = fa.filter((f) => !fb.includes(f));
  const onlyB = fb.filter((f) => !fa.includes(f));
  if (onlyA.length !== 2 || onlyB.length !== 2 || ![...onlyA, ...onlyB].every(isCall)) return undefined;
  const rest = fa.filter((f) => fb.includes(f));
  for (const row of CONTRACTIONS) {
    for (const [p, q] of [[onlyA[0], onlyA[1]], [onlyA[1], onlyA[0]]] as [Expr, Expr][]) {
      if (!isCall(p) || !isCall(q) || p.fn !== row.a[0] || q.fn !== row.a[1]) continue;
      const [u, v] = [p.args[0] as Expr, q.args[0] as Expr];
      const r = onlyB.find((f) => isCall(f) && f.fn === row.b[0] && f.args[0] === u);
      const s = onlyB.find((f) => isCall(f) && f.fn === row.b[1] && f.args[0] === v && f !== r);
      if (r === undefined || s === undefined || u === v) continue;
      const angle = c.sum([u, row.vSign(ratio) === 1 ? v : c.negate(v)]);
      return c.product([c.num(coefficient), ...rest, c.call(row.to, [angle])]);
    }
  }
  return undefined;
}
