// simplify: canonical form, then printed back as a person writes it; never larger than its input.
// simplifyTraced does the same and reports which rule or candidate form rewrote what.

import { asParsed } from '../ast/as-parsed.js';
import { equals } from '../ast/equality.js';
import type { Expr } from '../ast/expr.js';
import { postorderUpTo } from '../ast/walk.js';
import { operatorCount } from '../ast/size.js';
import { normalFormOrTie } from '../normal/normal-form.js';
import { mixesTrigSpellings } from '../normal/trig-spellings.js';
import { passesSizeGuard } from './candidates.js';
import { MAX_KERNELS_FOR_NORMAL_FORM, MAX_NODES_FOR_NORMAL_FORM } from './limits.js';
import { CanonBuilder } from './canon-builder.js';
import { angleRewrites, keepsAngle, mayRewriteAngles, MAX_NODES_FOR_ANGLES } from './double-angle.js';
import { contentOut, exponentialOut } from './factor.js';
import { DOUBLE_ANGLE } from './rules/double-angle.js';
import { shareSubproducts } from './share.js';
import { toCanonical } from './to-canonical.js';

/**
 * An equivalent expression wherever the input is finite, in canonical form: sums and products
 * flattened and sorted, like terms and factors collected, numbers folded exactly, identities
 * applied, common factors pulled out where that is smaller. Never larger than the input, measured
 * in operator tokens of `format`; idempotent; deterministic.
 */
export function simplify(root: Expr): Expr {
  return simplifyAll([root])[0] as Expr;
}

/**
 * Several expressions simplified together, sharing their common subexpressions; with `shareProducts`,
 * one product is also written through another whose factors it contains (share.ts), for gradients.
 * `canon`: the builder to make the canonical forms in, when the caller keeps one across calls (diff,
 * order after order); a new one otherwise.
 */
export function simplifyAll(roots: readonly Expr[], { shareProducts = false, angles = true, settle = true, canon: given = undefined as CanonBuilder | undefined } = {}): Expr[] {
  const canon = given ?? new CanonBuilder();
  const { forms: canonical, inputSizes } = toCanonical(canon, roots, { fresh: given === undefined });
  const results = shareProducts ? shareSubproducts(canon, canonical) : canonical;
  return roots.map((root, i) => {
    const content = contentOut(canon, results[i] as Expr) ?? (results[i] as Expr);
    const result = exponentialOut(canon, content) ?? content;
    if (!passesSizeGuard(canon, result, root, inputSizes?.[i])) return root;
    const printed = canon.printed(result);
    // Partials simplified together share their nodes: a normal form would rebuild each apart.
    if (shareProducts) return printed;
    const normal = normalFormCandidate(printed);
    if (!angles) return normal ?? printed;
    // The angle rewrites read the canonical result: this canon's, unless the normal form replaced it.
    const angled = angleCandidate(normal ?? printed, normal === undefined ? { canon, canonical: result } : undefined) ?? normal ?? printed;
    return settle ? settled(angled) : angled;
  });
}

/** Passes at most of settled(): each must print smaller than the one before. */
const MAX_SETTLING_PASSES = 3;

/**
 * The result simplified again while that prints smaller, where it has a quotient over a sum of square
 * roots of numbers or a factor exp(-u) beside others. Such a quotient is made rational only as a
 * product (1/(√2 + 1) = √2 - 1), and one that a sum held as a power ((√2 + 1)^-1 in x + (√2 + 1)^-1)
 * prints as a quotient that a second simplify would make rational; the normal form, given a result
 * again, may print a factor exp(-u) as a divisor (timesExpOfNegative). Taken here, so simplify stays
 * idempotent; other results are not looked at.
 */
function settled(printed: Expr): Expr {
  let best = printed;
  for (let pass = 0; pass < MAX_SETTLING_PASSES; pass++) {
    if (postorderUpTo(best, MAX_NODES_FOR_SETTLING)?.some((e) => overRootsOfNumbers(e) || timesExpOfNegative(e)) !== true) break;
    const again = simplifyAll([best], { angles: false, settle: false })[0] as Expr;
    if (operatorCount(again) >= operatorCount(best)) break;
    best = again;
  }
  return best;
}

/** The rule a settling pass stands for: a denominator made rational, or the normal form's again. */
function settlingRule(printed: Expr): string {
  return postorderUpTo(printed, MAX_NODES_FOR_SETTLING)?.some(overRootsOfNumbers) === true ? 'rationalize-denominator' : 'cancel';
}

/**
 * A product or quotient with a factor exp(-u) beside other factors: the normal form, given the result
 * again, may print that factor as a divisor ((1 - 2e^(5x))·e^(-3x/2) as (1 - 2e^(5x))/e^(3x/2), one
 * operator smaller), so a second simplify would shorten the result; taken here, as for radicals.
 */
function timesExpOfNegative(e: Expr): boolean {
  if (e.kind !== 'mul' && e.kind !== 'div') return false;
  const factors = e.kind === 'mul' ? e.args : [e.args[0]];
  return factors.some((f) => f.kind === 'call' && f.fn === 'exp' && leadsWithMinus(f.args[0] as Expr));
}

/** Whether an expression prints with a leading minus sign (-u, -3*x/2). */
function leadsWithMinus(e: Expr): boolean {
  if (e.kind === 'neg') return true;
  if (e.kind === 'num') return e.value < 0;
  return (e.kind === 'mul' || e.kind === 'div') && leadsWithMinus(e.args[0] as Expr);
}

/** Nodes of a result past which settled() does not look. */
const MAX_NODES_FOR_SETTLING = 200;

/** A quotient whose denominator (or its base) is a sum with a square root of a number in it. */
function overRootsOfNumbers(e: Expr): boolean {
  if (e.kind !== 'div') return false;
  const denominator = e.args[1].kind === 'pow' ? e.args[1].args[0] : e.args[1];
  if (denominator.kind !== 'add' && denominator.kind !== 'sub') return false;
  return denominator.args.some(function hasRoot(t: Expr): boolean {
    if (t.kind === 'call') return t.fn === 'sqrt' && t.args[0]?.kind === 'num';
    if (t.kind === 'mul' || t.kind === 'neg') return t.args.some(hasRoot);
    return false;
  });
}

/** Rounds of angle rewriting at most: each must print smaller than the last, so few are ever taken. */
const MAX_ANGLE_ROUNDS = 4;
/**
 * Operators an angle rewrite must save. One is most often a sign moved into a denominator with a change
 * of function, no simpler to read: d/dx cot(2x) is -2*csc(2*x)^2, not 4/(cos(4*x) - 1), and the third
 * derivative of tan(x) stays a polynomial in tan(x).
 */
const MIN_ANGLE_SAVING = 2;

/**
 * The result rewritten by the half- and double-angle identities (double-angle.ts) and simplified again,
 * when that prints smaller (2*sin(x/2)^2 + 5*cos(x/2)^2 is (3*cos(x) + 7)/2); else undefined. Again
 * from the smaller form until nothing is smaller, so that simplify stays idempotent.
 */
function angleCandidate(printed: Expr, first?: { canon: CanonBuilder; canonical: Expr }): Expr | undefined {
  let best = printed;
  let size: number | undefined;
  for (let round = 0; round < MAX_ANGLE_ROUNDS; round++) {
    let canon = round === 0 ? first?.canon : undefined;
    let canonical = round === 0 ? first?.canonical : undefined;
    if (canon === undefined || canonical === undefined) {
      // Most results have no function the identities rewrite: settled before anything is built.
      if (postorderUpTo(best, MAX_NODES_FOR_ANGLES)?.some(mayRewriteAngles) !== true) break;
      canon = new CanonBuilder();
      canonical = toCanonical(canon, [best], { fresh: true }).forms[0] as Expr;
    }
    let improved = false;
    for (const { tree, old } of angleRewrites(canon, canonical)) {
      const form = simplifyAll([tree], { angles: false, settle: false })[0] as Expr;
      const n = operatorCount(form);
      size ??= operatorCount(best);
      if (n <= size - MIN_ANGLE_SAVING && !keepsAngle(form, old)) {
        best = form;
        size = n;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return best === printed ? undefined : best;
}

/**
 * The rational normal form of a printed result with a quotient in it (numerator and denominator over
 * one denominator, their GCD divided out: `cancel`), when it prints smaller; else undefined. Tried once,
 * on the result, not at every sum: it is a layer of its own (src/normal), run where it pays. A result
 * that spells a trigonometric family two ways (cot(x) beside sin(x)) is a quotient once written over
 * sin and cos, and is tried too.
 */
function normalFormCandidate(printed: Expr): Expr | undefined {
  const nodes = postorderUpTo(printed, MAX_NODES_FOR_NORMAL_FORM);
  if (nodes === undefined || !(nodes.some(isQuotient) || multipliesSums(printed) || mixesTrigSpellings(printed, nodes))) return undefined;
  if (nodes.filter(isKernel).length > MAX_KERNELS_FOR_NORMAL_FORM) return undefined;
  const found = normalFormOrTie(printed, nodes);
  if (found === undefined) return undefined;
  const normal = found.form;
  // The normal form writes its polynomials in its own order and signs; the canonical form of its
  // result may print smaller still (-1/(x^2*pi - pi) is 1/(pi - x^2*pi)), and a second simplify would
  // find that: taken now, so simplify stays idempotent.
  // (With the content of its sum pulled out, as simplify does to a result: 3*y + 3/2 - 1/(6*y^2) is
  // (18*y + 9 - 1/y^2)/6.)
  const canon = new CanonBuilder();
  const { forms: [form], inputSizes } = toCanonical(canon, [normal], { fresh: true });
  const again = contentOut(canon, form as Expr) ?? (form as Expr);
  const result = passesSizeGuard(canon, again, normal, inputSizes?.[0]) ? canon.printed(again) : asParsed(normal);
  // A normal form of the same size is taken only where written again it prints smaller; a tie taken
  // (normal-form.ts) can print back as the same tree: no change, no step.
  if (found.tie && operatorCount(result) >= operatorCount(printed)) return undefined;
  return equals(result, printed) ? undefined : result;
}

/**
 * A quotient, written as one or as a product with a factor exp(-u) beside a sum: over one denominator
 * and split, (x*exp(x) + 1)*exp(-x) is x + exp(-x), as (x^2 + 1)/x is x + 1/x.
 */
function isQuotient(e: Expr): boolean {
  if (e.kind === 'div') return true;
  if (e.kind !== 'mul') return false;
  let sum = false;
  let divisor = false;
  for (const f of factorsOfProduct(e)) {
    sum ||= f.kind === 'add' || f.kind === 'sub';
    divisor ||= f.kind === 'call' && f.fn === 'exp' && leadsWithMinus(f.args[0] as Expr);
  }
  return sum && divisor;
}

/** The factors of a printed product, found down its nested binary products. */
function factorsOfProduct(e: Extract<Expr, { kind: 'mul' }>): Expr[] {
  const factors: Expr[] = [];
  const pending: Expr[] = [e];
  for (let f = pending.pop(); f !== undefined; f = pending.pop()) {
    if (f.kind === 'mul') pending.push(...f.args);
    else factors.push(f);
  }
  return factors;
}

/**
 * A product of two or more sums (or whole powers of sums), as a result: multiplied out, like terms may
 * meet and cancel ((x - 1)*(x^2 + x + 1) = x^3 - 1), which the sums' own candidates never see. A sum
 * times anything else prints no smaller multiplied out.
 */
function multipliesSums(printed: Expr): boolean {
  // Printed products are binary: their factors are found down the nested products.
  const pending = [printed.kind === 'neg' ? printed.args[0] : printed];
  if (pending[0]?.kind !== 'mul') return false;
  let sums = 0;
  for (let f = pending.pop(); f !== undefined; f = pending.pop()) {
    if (f.kind === 'mul') {
      pending.push(...f.args);
      continue;
    }
    const base = f.kind === 'pow' && f.args[1].kind === 'num' && Number.isInteger(f.args[1].value) && f.args[1].value > 0 ? f.args[0] : f;
    if (base.kind === 'add' || base.kind === 'sub') sums++;
  }
  return sums >= 2;
}

/** A call or a power with an exponent other than an integer: a variable of the normal form's polynomials. */
function isKernel(e: Expr): boolean {
  if (e.kind === 'call') return true;
  if (e.kind !== 'pow') return false;
  const exponent = e.args[1];
  return !(exponent.kind === 'num' && exponent.exact !== null && exponent.exact.den === 1n);
}

/** One rewrite: the rule (or candidate form) that made `after` from `before`, both as `format` prints them. */
export interface SimplificationStep {
  readonly rule: string;
  readonly before: Expr;
  readonly after: Expr;
}

/**
 * simplify(root), with the steps that led there, innermost first: each named rule that fired, each
 * candidate form chosen over the plain one (`expand`, `factor-out`, `horner`, …), and `size-guard`
 * when the input is kept. A node made once and met again is rewritten once, so its steps appear once.
 */
export function simplifyTraced(root: Expr): { result: Expr; steps: SimplificationStep[] } {
  const canon = new CanonBuilder();
  canon.steps = [];
  const { forms: [plain], inputSizes } = toCanonical(canon, [root], { fresh: true });
  // The steps of building the candidate are not the trace's (as for every candidate): only its own.
  const kept = canon.steps;
  canon.steps = undefined;
  const content = contentOut(canon, plain as Expr) ?? plain;
  const canonical = exponentialOut(canon, content as Expr) ?? content;
  canon.steps = kept;
  if (canonical !== plain) kept.push({ rule: 'factor-out', before: plain as Expr, after: canonical as Expr });
  const steps: SimplificationStep[] = [];
  for (const step of kept) {
    const before = canon.printed(step.before);
    const after = canon.printed(step.after);
    // A change of spelling only (exp(u) kept as e^u, u^1 = u inside a sum) prints the same: not a step.
    if (!equals(before, after)) steps.push({ rule: step.rule, before, after });
  }
  if (passesSizeGuard(canon, canonical as Expr, root, inputSizes?.[0])) {
    const printed = canon.printed(canonical as Expr);
    const normal = normalFormCandidate(printed);
    if (normal !== undefined) steps.push({ rule: 'cancel', before: printed, after: normal });
    const angled = angleCandidate(normal ?? printed, normal === undefined ? { canon, canonical: canonical as Expr } : undefined);
    if (angled !== undefined) steps.push({ rule: DOUBLE_ANGLE.name, before: normal ?? printed, after: angled });
    // Settled as simplify settles it, so the result is simplify's (derivationSteps' result must be
    // diff's: found by fuzzing, d/dx erfc(x)/sqrt(x) differed by the form of its exp(-x^2)).
    const result = angled ?? normal ?? printed;
    const final = settled(result);
    if (final !== result) steps.push({ rule: settlingRule(result), before: result, after: final });
    return { result: final, steps };
  }
  steps.push({ rule: 'size-guard', before: canon.printed(canonical as Expr), after: root });
  return { result: root, steps };
}
