// The forms a sum may take and the choice among them by printed size, in one place: how derivatives
// stop swelling. Each form has a fixed name, which a trace reports when that form is chosen:
// `expand` (products of sums multiplied out, like terms met), `factor-out` (a factor common to every
// term pulled out), `horner` (a factor pulled out of the terms that share it, the step that nests a
// polynomial), the square substitutions of rules/sum.ts, and, for a whole result, `size-guard`
// (the input kept, as the result would print larger).

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { COUNT } from './algebras.js';
import type { Canon, Step } from './canon.js';
import { expandTerms, multipliedOut } from './expand.js';
import { factorOut, factorOutOfSome, sharesASum } from './factor.js';
import { signed } from './pretty.js';
import { MAX_TERMS_FOR_SPLIT_COLLAPSE, SMALL_EXPANSION } from './limits.js';
import { LOG_COMBINE, SQUARE_SUBSTITUTIONS } from './rules/sum.js';
import { combinedLogs, hasTwoLogs } from './log-sums.js';
import { EXP_FROM_HYPERBOLIC, HYPERBOLIC_FROM_EXP, TRIG_ADDITION, TRIG_CONTRACTION } from './rules/trig.js';
import { mayPairExponentials, pairedExponentials } from './exponential-pairs.js';
import { mayPairHyperbolics, pairedHyperbolics } from './hyperbolic-pairs.js';
import { contractedSum, mayContract, mayContractWhenMultipliedOut } from './trig-contraction.js';
import { harmonicSum, mayAddHarmonics } from './harmonic-addition.js';
import { HARMONIC_ADDITION } from './rules/harmonic-addition.js';
import { expandedAdditions, hasTwoAdditions } from './trig-addition.js';
import { monomialsOf, substitutedSum } from './square-substitution.js';
import { collectedSum } from './sum.js';
import { collapsedSum, mayCollapse, mayCollapseWithin } from './sum-collapses.js';
import { perfectSquare } from './perfect-square.js';
import { PERFECT_SQUARE } from './rules/perfect-square.js';

type Sum = Extract<Expr, { kind: 'add' }>;

export type CandidateName = 'expand' | 'factor-out' | 'horner' | 'size-guard';

/** The canonical sum of `terms`: the plain collected sum or the smallest of its other forms. */
export function canonicalSum(c: Canon, terms: readonly Expr[]): Expr {
  const plain = collectedSum(c, terms);
  if (plain.kind !== 'add') return plain;
  // Candidates rewrite in both directions (cos²u = 1 - sin²u, 1 - sin²u = cos²u), so a candidate's own
  // candidates can lead back to a sum whose forms are being chosen: that one is taken as it is.
  const open = (c.sumsBeingChosen ??= new Set());
  if (open.has(plain)) return plain;
  open.add(plain);
  try {
    return chosenForm(c, plain);
  } finally {
    open.delete(plain);
  }
}


function chosenForm(c: Canon, plain: Extract<Expr, { kind: 'add' }>): Expr {
  const trail = c.steps === undefined ? undefined : new Trail();
  let best = cheapest(c, plain, firstForms(c, plain, trail));
  // Rewriting squares and factoring out of some of the terms are tried last, on the best form only:
  // each builds whole new sums.
  if (best.kind === 'add') best = cheapest(c, best, substitutions(c, best, trail));
  const sum = best;
  if (sum.kind === 'add') best = cheaper(c, sum, tried(c, trail, 'horner', sum, hornerForm));
  trail?.report(c, best);
  return best;
}

/** Multiplied out (and then a common factor pulled out), or only the common factor pulled out. */
function firstForms(c: Canon, plain: Extract<Expr, { kind: 'add' }>, trail: Trail | undefined): (Expr | undefined)[] {
  const expanded = tried(c, trail, 'expand', plain, expandedForm);
  if (expanded === undefined) {
    return [tried(c, trail, 'factor-out', plain, factoredForm), collapsedOutOfProducts(c, plain, trail), harmonic(c, plain, trail),
      contractedOutOfProducts(c, plain, trail)];
  }
  if (expanded.kind !== 'add') return [expanded];
  // Multiplied out, terms may meet a Pythagorean partner: 1/2 - (cos²u - sin²u)/2 is sin²u. The plain
  // sum's common factor is tried too: x·(x + 1)² + (x + 1)³ is (x + 1)²·(2x + 1), which multiplied out
  // (2x³ + 5x² + 4x + 1) no longer shows.
  return [expanded, tried(c, trail, 'factor-out', expanded, factoredForm), collapsed(c, expanded, trail),
    sharesASum(c, plain.args) ? tried(c, trail, 'factor-out', plain, factoredForm) : undefined];
}

// The candidate forms of a sum, each from the sum alone: functions made once, not a closure per sum.
type Build = (c: Canon, from: Sum) => Expr | undefined;
const expandedForm: Build = (c, s) => {
  const terms = expandTerms(c, s.args);
  return terms && collectedSum(c, terms);
};
const factoredForm: Build = (c, s) => factorOut(c, s.args);
const collapsedWhenMultipliedOut: Build = (c, s) => {
  const terms = multipliedOut(c, s.args, SMALL_EXPANSION);
  return terms && collapsedSum(c, terms);
};
const collapsedForm: Build = (c, s) => collapsedSum(c, s.args);
const contractedWhenMultipliedOut: Build = (c, s) => {
  const terms = multipliedOut(c, s.args, SMALL_EXPANSION);
  return terms && mayContract(c, terms) ? contractedSum(c, terms) : undefined;
};
const logsCombined: Build = (c, s) => combinedLogs(c, s.args);
const additionsExpanded: Build = (c, s) => expandedAdditions(c, s.args);
const productsContracted: Build = (c, s) => contractedSum(c, s.args);
const harmonicsAdded: Build = (c, s) => harmonicSum(c, s.args);
const exponentialsPaired: Build = (c, s) => pairedExponentials(c, s.args);
const hyperbolicsPaired: Build = (c, s) => pairedHyperbolics(c, s.args);
const hornerForm: Build = (c, s) => factorOutOfSome(c, s.args);
const squared: Build = (c, s) => perfectSquare(c, s.args);

/**
 * A Pythagorean pair split between a term and a sum inside another (1/2 + (sin²u - cos²u)/2): the sum
 * multiplied out even though no like terms meet, then collapsed (to sin²u), where the sums hold a pair's
 * factor at all.
 */
function collapsedOutOfProducts(c: Canon, plain: Extract<Expr, { kind: 'add' }>, trail: Trail | undefined): Expr | undefined {
  // A term without calls is the partner looked for (1 or x in 1 - sin²u, x - x·csc²u): without one,
  // nothing is multiplied out (the product rule's sums of products of functions would be, for
  // nothing: 2.7× the nodes built on prod8's derivative).
  if (plain.args.length > MAX_TERMS_FOR_SPLIT_COLLAPSE || !plain.args.some(withoutCalls) || !mayCollapseWithin(plain.args)) return undefined;
  return tried(c, trail, 'pythagoras-collapse', plain, collapsedWhenMultipliedOut);
}

/**
 * The addition formulas across a product with a sum, (cos b + sin b)·cos a + (cos b - sin b)·sin a =
 * cos(a + b) + sin(a + b) (SymPy's sympy-421): multiplied out though no like terms meet, then contracted,
 * where functions of two angles meet so (mayContractWhenMultipliedOut).
 */
function contractedOutOfProducts(c: Canon, plain: Extract<Expr, { kind: 'add' }>, trail: Trail | undefined): Expr | undefined {
  if (plain.args.length > MAX_TERMS_FOR_SPLIT_COLLAPSE || !mayContractWhenMultipliedOut(plain.args)) return undefined;
  return tried(c, trail, TRIG_CONTRACTION.name, plain, contractedWhenMultipliedOut);
}

/** Whether a term is a number times powers of variables and constants (a polynomial term). */
const withoutCalls = (t: Expr): boolean => (t.kind === 'mul' ? t.args : [t]).every((f) => {
  const base = f.kind === 'pow' ? f.args[0] : f;
  return base.kind === 'num' || base.kind === 'var' || base.kind === 'const';
});

/**
 * The sum with its sines and cosines of one argument made one (harmonic-addition.ts), where it has such
 * terms: tried on the plain sum too, before a content pulled out with a minus sign (-(√3·sin x - cos x)/2)
 * turns it into -sin(x - π/6) where cos(x + π/3) is one operator smaller.
 */
function harmonic(c: Canon, sum: Sum, trail: Trail | undefined): Expr | undefined {
  return mayAddHarmonics(c, sum.args) ? tried(c, trail, HARMONIC_ADDITION.name, sum, harmonicsAdded) : undefined;
}

/** The sum with two terms made one by a Pythagorean identity (1 - sin²u = cos²u), where it has such a pair. */
function collapsed(c: Canon, sum: Extract<Expr, { kind: 'add' }>, trail: Trail | undefined): Expr | undefined {
  return mayCollapse(c, sum.args) ? tried(c, trail, 'pythagoras-collapse', sum, collapsedForm) : undefined;
}

function substitutions(c: Canon, sum: Extract<Expr, { kind: 'add' }>, trail: Trail | undefined): (Expr | undefined)[] {
  // Two terms made one by a Pythagorean identity (1 - sin²u = cos²u): any sum of two terms or more.
  // In this order, so that a trace names the first way to a form: the substitutions, then the others.
  const monomials = monomialsOf(c, sum.args);
  const substituted = monomials === undefined ? []
    : SQUARE_SUBSTITUTIONS.map((s) => tried(c, trail, s.name, sum, (c2, from) => substitutedSum(c2, from.args, monomials, s)));
  const collapse = collapsed(c, sum, trail);
  const logs = hasTwoLogs(sum.args) ? tried(c, trail, LOG_COMBINE.name, sum, logsCombined) : undefined;
  const additions = hasTwoAdditions(sum.args) ? tried(c, trail, TRIG_ADDITION.name, sum, additionsExpanded) : undefined;
  const contraction = mayContract(c, sum.args) ? tried(c, trail, TRIG_CONTRACTION.name, sum, productsContracted) : undefined;
  const hyperbolic = mayPairExponentials(c, sum.args) ? tried(c, trail, HYPERBOLIC_FROM_EXP.name, sum, exponentialsPaired) : undefined;
  const exponential = mayPairHyperbolics(c, sum.args) ? tried(c, trail, EXP_FROM_HYPERBOLIC.name, sum, hyperbolicsPaired) : undefined;
  const square = sum.args.length >= 3 ? tried(c, trail, PERFECT_SQUARE.name, sum, squared) : undefined;
  return [...substituted, collapse, logs, additions, contraction, harmonic(c, sum, trail), hyperbolic, exponential, square];
}

/**
 * The first of the smallest of `first` and the candidates (in printed operators, the sign aside: a
 * parent absorbs it), so ties keep the earlier, plainer form.
 */
function cheapest(c: Canon, first: Expr, candidates: readonly (Expr | undefined)[]): Expr {
  let best = first;
  for (let i = 0; i < candidates.length; i++) best = cheaper(c, best, candidates[i]);
  return best;
}

/**
 * `candidate` where it prints smaller than `best`, else `best`; on a tie, the one without a leading minus
 * sign (which a parent absorbs in a sum, but not alone: cos(x + π/3) over -sin(x - π/6)).
 */
function cheaper(c: Canon, best: Expr, candidate: Expr | undefined): Expr {
  if (candidate === undefined) return best;
  const [now, then] = [c.pretty(best), c.pretty(candidate)];
  return then.magnitude < now.magnitude || (then.magnitude === now.magnitude && now.negative && !then.negative) ? candidate : best;
}

/**
 * The size guard: a result is kept only where it prints no larger than the input, in operator tokens
 * (`inputSize`, when the caller counted them already: operatorCount(input)).
 */
export function passesSizeGuard(c: Canon, result: Expr, input: Expr, inputSize = operatorCount(input)): boolean {
  return signed(c.pretty(result), COUNT) <= inputSize;
}

/** `build(c, from)`, the candidate named `rule`; its steps are kept aside when tracing. */
function tried(c: Canon, trail: Trail | undefined, rule: string, from: Sum, build: Build): Expr | undefined {
  return trail === undefined ? build(c, from) : trail.tried(c, rule, from, () => build(c, from));
}

/**
 * While tracing, the steps that made each candidate: the candidate forms it was made through, and its
 * own name. A candidate's step stands for everything done building it (the rules that fired on its
 * intermediate nodes are not reported), and only the chosen candidate's steps reach the trace.
 */
class Trail {
  private readonly ways = new Map<Expr, readonly Step[]>();

  tried(c: Canon, rule: string, from: Expr, build: () => Expr | undefined): Expr | undefined {
    const outer = c.steps;
    c.steps = []; // the steps of building it, dropped: the candidate's own step says what it did
    let form: Expr | undefined;
    try {
      form = build();
    } finally {
      c.steps = outer;
    }
    if (form !== undefined && form !== from && !this.ways.has(form)) {
      this.ways.set(form, [...(this.ways.get(from) ?? []), { rule, before: from, after: form }]);
    }
    return form;
  }

  report(c: Canon, chosen: Expr): void {
    c.steps?.push(...(this.ways.get(chosen) ?? []));
  }
}
