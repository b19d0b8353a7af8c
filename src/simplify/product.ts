// Canonical products: flattened, numbers folded into one leading coefficient, like factors collected
// (x·x = x^2, x^a·x^b = x^(a+b), e^a·e^b = e^(a+b), u/u = 1), factors sorted.
//
// x^a·x^b = x^(a+b) holds wherever both sides are finite: a non-integer power of a negative number
// is NaN in the input already, and 0^a·0^-a is 0·∞ there.

import type { Expr, Num } from '../ast/expr.js';
import { isExact, isMinusOneNum } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { Coefficient } from './coefficient.js';
import { compareCanonical } from './order.js';
import { trigQuotients } from './trig-quotients.js';
import { gammaAbsorbed, gammaRatios } from './gamma-ratios.js';
import { signAbsorbed } from './sign-absorb.js';
import { SIGN_ABSORB } from './rules/sign-absorb.js';
import { GAMMA_ABSORB, GAMMA_RATIO } from './rules/gamma.js';
import { expLogSplit } from './exp-log-split.js';
import { EXP_LOG_SPLIT } from './rules/exp-log.js';
import { numberPowerSplit } from './number-power-split.js';
import { commonExponent, commonRadical } from './common-exponent.js';
import { COMMON_EXPONENT } from './rules/common-exponent.js';
import { reciprocalFunctions } from './reciprocal-function.js';
import { zeroPowerLog } from './zero-power-log.js';
import { ZERO_POWER_LOG } from './rules/zero-power-log.js';
import { RECIPROCAL_FUNCTION } from './rules/reciprocal-function.js';
import { balancedExponentials } from './exponential-balance.js';
import { EXPONENTIAL_BALANCE } from './rules/exponential-balance.js';
import { NUMBER_POWER_SPLIT } from './rules/power-split.js';
import { isEvenInteger } from './rules/selectors.js';
import { mergedRoots, rationalized, rootOutOfNumber } from './numeric-radicals.js';
import { multipliedOut } from './expand.js';
import { MAX_RATIONALIZED_TERMS } from './limits.js';
import { sortInPlace } from './sort-in-place.js';
import { alignedSignedBases } from './signed-bases.js';
import { mergedPowers } from './power-merge.js';
import { POWER_MERGE } from './rules/power-merge.js';
import { cosineDoublings } from './cosine-doubling.js';
import { COSINE_DOUBLING } from './rules/cosine-doubling.js';
import { numberIntoSum } from './number-into-sum.js';
import { NUMBER_INTO_SUM } from './rules/number-into-sum.js';
import { powerIntoSum } from './power-into-sum.js';
import { POWER_INTO_SUM } from './rules/power-into-sum.js';
import { contentOutOfPowers } from './power-content.js';
import { POWER_CONTENT } from './rules/power-content.js';

/**
 * The factors of a product by base, in the order met: each base's exponents, and its factor while it
 * appears once. One flat array, searched in turn while there are few bases (most products have two or
 * three: two maps per product were a sixth of what a deep derivative allocated), indexed past that.
 */
class Powers {
  /** Per base, STRIDE slots: the base, its first exponent, its other exponents (or undefined), its lone factor. */
  private readonly slots: (Expr | Expr[] | undefined)[] = [];
  private index: Map<Expr, number> | undefined;

  get size(): number {
    return this.slots.length / STRIDE;
  }
  base(i: number): Expr {
    return this.slots[i * STRIDE] as Expr;
  }
  /** The exponent of base i: the one it appeared with, or the sum of all of them. */
  exponent(c: Canon, i: number): Expr {
    const first = this.slots[i * STRIDE + 1] as Expr;
    const more = this.slots[i * STRIDE + 2] as Expr[] | undefined;
    return more === undefined ? first : c.sum([first, ...more]);
  }
  /** The factor of base i where it was met once, else undefined. */
  alone(i: number): Expr | undefined {
    return this.slots[i * STRIDE + 3] as Expr | undefined;
  }

  add(base: Expr, exponent: Expr, factor: Expr): void {
    const i = this.find(base);
    if (i >= 0) {
      const more = this.slots[i * STRIDE + 2] as Expr[] | undefined;
      if (more === undefined) this.slots[i * STRIDE + 2] = [exponent];
      else more.push(exponent);
      this.slots[i * STRIDE + 3] = undefined;
      return;
    }
    this.index?.set(base, this.size);
    this.slots.push(base, exponent, undefined, factor);
    if (this.index === undefined && this.size > SEARCHED_BASES) {
      this.index = new Map();
      for (let k = 0; k < this.size; k++) this.index.set(this.base(k), k);
    }
  }

  private find(base: Expr): number {
    if (this.index !== undefined) return this.index.get(base) ?? -1;
    for (let k = 0; k < this.slots.length; k += STRIDE) if (this.slots[k] === base) return k / STRIDE;
    return -1;
  }
}

const STRIDE = 4;
/** Bases searched in turn before a product's bases are indexed. */
const SEARCHED_BASES = 8;

export function canonicalProduct(c: Canon, factors: readonly Expr[]): Expr {
  const coefficient = new Coefficient();
  const powers = gatherPowers(c, factors, coefficient);
  const { settled, changed } = collectPowers(c, powers, coefficient);
  // A power that split into a product ((2u)^2 = 4·u^2) or changed its base ((2^x)^-1 = 2^-x) may meet
  // another factor with that base: collect once more.
  if (changed.length > 0) {
    return canonicalProduct(c, [coefficient.node(c), ...coefficient.overflowing, ...settled, ...changed]);
  }
  // |u|·sign(u) = u, and sign(u)/|u| = 1/u.
  const signed = absTimesSign(c, settled);
  if (signed !== undefined) return canonicalProduct(c, [...numbersOf(c, coefficient), ...signed]);
  // (x² - 1)^-1·(1 - x²)^(-1/2) = -(1 - x²)^(-3/2): a sum and its negation made one base.
  const aligned = alignedSignedBases(c, settled);
  if (aligned !== undefined) return canonicalProduct(c, [...numbersOf(c, coefficient), ...aligned]);
  // √2·√6 = 2·√3: square roots of numbers made one, then collected again.
  const merged = mergedRoots(c, settled);
  if (merged !== undefined) return canonicalProduct(c, [...numbersOf(c, coefficient), ...merged]);
  // 2/√2 = √2: the root's integer divides the number.
  const moved = coefficient.overflowing.length === 0 ? rootOutOfNumber(c, coefficient.node(c), settled) : undefined;
  if (moved !== undefined) return canonicalProduct(c, moved);
  const plain = trigQuotients(c, settled, (fs) => assembled(c, coefficient, fs)) ?? assembled(c, coefficient, settled);
  // 1/(√2 + 1) = √2 - 1: a denominator of square roots made rational, where that is smaller.
  const rational = rationalized(c, settled);
  const chosen = rational === undefined ? plain : smallerOf(c, plain, rationalizedForms(c, [...numbersOf(c, coefficient), ...rational]));
  // Rewrites of some factors through others (Γ(x + 1)/Γ(x) = x), each kept where the product is smaller.
  let best = chosen;
  for (const { rule, rewrite } of FACTOR_REWRITES) {
    const rewritten = rewrite(c, settled);
    if (rewritten !== undefined) best = smallerByRule(c, best, canonicalProduct(c, [...numbersOf(c, coefficient), ...rewritten]), rule);
  }
  return coefficient.overflowing.length === 0 && !rewritingSums ? withSumsRewritten(c, coefficient.node(c), settled, best) : best;
}

/**
 * Rewrites of a product's sums through its number or its other factors, each the product's factors
 * (its number among them) or undefined, most products settled by a scan.
 */
const SUM_REWRITES: readonly { rule: string; rewrite: (c: Canon, coefficient: Num, factors: readonly Expr[]) => Expr[] | undefined }[] = [
  { rule: NUMBER_INTO_SUM.name, rewrite: numberIntoSum }, // 2·x·(2x + 3/2) = x·(4x + 3)
  { rule: POWER_INTO_SUM.name, rewrite: powerIntoSum }, // (a - x)^2·(t^2/(a - x)^2 + 1) = t^2 + (a - x)^2
  { rule: POWER_CONTENT.name, rewrite: contentOutOfPowers }, // 2·(x/2 - 1/2)^2 = (x - 1)^2/2
];

/**
 * `best`, or a product with its sums rewritten (SUM_REWRITES) where that is smaller. None is tried again
 * inside the product it assembles: a sum whose content came out again would hand it back (number-into-sum
 * and power-content go opposite ways), and so on without end. A function of its own, apart from
 * canonicalProduct, which runs for every product and these rarely do more than scan.
 */
function withSumsRewritten(c: Canon, coefficient: Num, settled: readonly Expr[], best: Expr): Expr {
  for (const { rule, rewrite } of SUM_REWRITES) {
    const rewritten = rewrite(c, coefficient, settled);
    if (rewritten === undefined) continue;
    rewritingSums = true;
    try {
      best = smallerByRule(c, best, canonicalProduct(c, rewritten), rule);
    } finally {
      rewritingSums = false;
    }
  }
  return best;
}

/** Whether a product with one of its sums rewritten (SUM_REWRITES) is being assembled. */
let rewritingSums = false;

/**
 * Candidate rewrites of a product's factors, each through a factor the product must hold too (so most
 * products are settled by a scan): the factors rewritten, or undefined.
 */
const FACTOR_REWRITES: readonly { rule: string; rewrite: (c: Canon, factors: readonly Expr[]) => Expr[] | undefined }[] = [
  { rule: GAMMA_RATIO.name, rewrite: gammaRatios }, // Γ(x + 1)/Γ(x) = x
  { rule: GAMMA_ABSORB.name, rewrite: gammaAbsorbed }, // p/Γ(p + 1) = 1/Γ(p)
  { rule: SIGN_ABSORB.name, rewrite: signAbsorbed }, // x·sign(x) = |x|
  { rule: EXP_LOG_SPLIT.name, rewrite: expLogSplit }, // exp(log(x) + v)/x = exp(v)
  { rule: NUMBER_POWER_SPLIT.name, rewrite: numberPowerSplit }, // 2^(x + 2)/4 = 2^x
  { rule: COMMON_EXPONENT.name, rewrite: commonExponent }, // p^x·q^x = (p·q)^x
  { rule: COMMON_EXPONENT.name, rewrite: commonRadical }, // sqrt(k/m)·sqrt(m/k) = 1
  { rule: RECIPROCAL_FUNCTION.name, rewrite: reciprocalFunctions }, // 1/cosh(x) = sech(x)
  { rule: EXPONENTIAL_BALANCE.name, rewrite: balancedExponentials }, // (e^(2x) - 1)/(e^(2x) + 1) = tanh(x)
  { rule: POWER_MERGE.name, rewrite: mergedPowers }, // x·√y·√(x·√y) = (x·√y)^(3/2)
  { rule: COSINE_DOUBLING.name, rewrite: cosineDoublings }, // cos(π/9)·cos(2π/9)·cos(4π/9) = 1/8
  { rule: ZERO_POWER_LOG.name, rewrite: zeroPowerLog }, // 0^x·log(0) = 0, D's power rule at a base 0
];

/** `candidate` where it prints smaller than `plain` (the step reported as `rule`), else `plain`. */
function smallerByRule(c: Canon, plain: Expr, candidate: Expr, rule: string): Expr {
  if (c.pretty(candidate).magnitude >= c.pretty(plain).magnitude) return plain;
  if (c.steps !== undefined) c.steps.push({ rule, before: plain, after: candidate });
  return candidate;
}

/** The coefficient's factors: its number, and the powers of numbers it could not fold. */
const numbersOf = (c: Canon, coefficient: Coefficient): Expr[] => [coefficient.node(c), ...coefficient.overflowing];

/** The rationalized product, and its sums multiplied out (√6 + √2 - (√2 + √6)²/4 is √6 + √2 - √3 - 2). */
function rationalizedForms(c: Canon, factors: readonly Expr[]): Expr[] {
  const product = canonicalProduct(c, factors);
  const terms = product.kind === 'mul' ? multipliedOut(c, [product]) : undefined;
  return terms === undefined || terms.length > MAX_RATIONALIZED_TERMS ? [product] : [product, c.sum(terms)];
}

/** The smallest candidate where it is no larger than the plain product: a rational denominator wins a tie. */
function smallerOf(c: Canon, plain: Expr, candidates: readonly Expr[]): Expr {
  let best = plain;
  for (const e of candidates) if (c.pretty(e).magnitude < c.pretty(best).magnitude || (best === plain && c.pretty(e).magnitude === c.pretty(plain).magnitude)) best = e;
  if (best !== plain && c.steps !== undefined) c.steps.push({ rule: 'rationalize-denominator', before: plain, after: best });
  return best;
}

/**
 * Flattens nested products, folds numbers into the coefficient and groups the rest by base. The
 * factors are taken last first, a nested product's (or a flipped power's) before the next: a stack
 * is made only for those, not a copy of every product's factors.
 */
function gatherPowers(c: Canon, factors: readonly Expr[], coefficient: Coefficient): Powers {
  const powers = new Powers();
  let pending: Expr[] | undefined;
  for (let i = factors.length - 1; i >= 0; i--) {
    let f: Expr | undefined = factors[i] as Expr;
    while (f !== undefined) {
      if (f.kind === 'mul') {
        (pending ??= []).push(...f.args);
      } else if (f.kind === 'num') {
        coefficient.absorb(f);
      } else {
        const base = f.kind === 'pow' ? f.args[0] : f;
        const exponent = f.kind === 'pow' ? f.args[1] : c.one;
        const flipped = withPositiveLeadingTerm(c, base, exponent);
        if (flipped !== undefined) {
          if (flipped.odd) coefficient.absorb(c.minusOne);
          (pending ??= []).push(c.power(flipped.base, exponent));
        } else {
          powers.add(base, exponent, f);
        }
      }
      f = pending?.pop();
    }
  }
  return powers;
}

/**
 * One power per base, its exponents added: numbers join the coefficient; powers that became a
 * product or changed their base are `changed`, to be collected again.
 */
function collectPowers(c: Canon, powers: Powers, coefficient: Coefficient): { settled: Expr[]; changed: Expr[] } {
  const settled: Expr[] = [];
  const changed: Expr[] = [];
  for (let i = 0; i < powers.size; i++) {
    const base = powers.base(i);
    // A factor met once that is canonical already stays as it is: no power to rebuild.
    const single = powers.alone(i);
    let power: Expr;
    if (single !== undefined && c.owns(single)) power = single;
    else {
      const exponent = powers.exponent(c, i);
      // Exponents that add up to an integer ((1 - x)^(1/2)·(1 - x)^(1/2) = 1 - x) leave an integer power
      // of a sum, which gatherPowers keeps with its positive-leading base: flipped, to meet (x - 1)^-1.
      const flipped = withPositiveLeadingTerm(c, base, exponent);
      if (flipped !== undefined) {
        if (flipped.odd) coefficient.absorb(c.minusOne);
        changed.push(c.power(flipped.base, exponent));
        continue;
      }
      power = c.power(base, exponent);
    }
    if (power.kind === 'num') coefficient.absorb(power);
    else if (power.kind === 'mul' || (power.kind === 'pow' && power.args[0] !== base)) changed.push(power);
    else settled.push(power);
  }
  return { settled, changed };
}

/** coefficient × the sorted factors, with 0·u = 0 and -(a + b) as the sum -a - b. */
function assembled(c: Canon, coefficient: Coefficient, factors: Expr[]): Expr {
  const folded = coefficient.node(c);
  // A float ±1 beside other factors is a sign, as it prints (-1.0*x is -x, 1.0*x is x): exact, so that
  // the printed result, simplified again, has the same canonical form (simplify is idempotent).
  // (Not beside numbers that did not fold, whose product would overflow: their sign rides on the float.)
  const number = factors.length > 0 && coefficient.overflowing.length === 0 && folded.exact === null && Math.abs(folded.value) === 1
    ? (folded.value < 0 ? c.minusOne : c.one) : folded;
  if (number.value === 0 && !factors.some((f) => c.isNonFiniteConstant(f))) return number; // 0·u = 0
  // -(a + b) alone is the sum -a - b, as a subtraction chain parses: one canonical form for both.
  const [only] = factors;
  if (factors.length === 1 && coefficient.overflowing.length === 0 && only?.kind === 'add' && isMinusOneNum(number)) {
    return c.sum(only.args.map((t) => c.negate(t)));
  }
  sortInPlace(factors, compareCanonical);
  const extra = coefficient.overflowing;
  // One list of the size it ends with (it becomes the node's, kept as long as the canon).
  const leading = number.value !== 1 || extra.length + factors.length === 0;
  const all = leading ? [number, ...extra, ...factors] : extra.length === 0 ? factors.slice() : [...extra, ...factors];
  return all.length === 1 ? (all[0] as Expr) : c.productNode(all);
}

/**
 * A sum among the bases has a positive leading term (the one with the first monomial in canonical
 * order): for an integer power n, (-S)^n = (-1)^n·S^n moves the sign to the coefficient, so
 * y·(x - 1) = -y·(1 - x). x - 1 and 1 - x are then one base, and a product has one canonical form
 * whichever way it was written (pretty.ts prints the sign back into the sum). Undefined: no change.
 */
export function withPositiveLeadingTerm(c: Canon, base: Expr, exponent: Expr): { base: Expr; odd: boolean } | undefined {
  if (base.kind !== 'add' || !isExact(exponent) || exponent.exact.den !== 1n) return undefined;
  const positive = c.positiveSum(base);
  return positive === base ? undefined : { base: positive, odd: exponent.exact.num % 2n !== 0n };
}

/**
 * The factors with a pair |u|·sign(u) made u (true for every real u), or u^(2k) beside a power of |u|
 * written |u|^(2k) so the two meet (|x|/x² = 1/|x|); undefined where there is neither.
 */
function absTimesSign(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  // Most products hold neither abs nor sign: settled before anything is allocated.
  if (!factors.some((f) => absOf(f) !== undefined || (f.kind === 'call' && f.fn === 'sign'))) return undefined;
  const absolutes = new Map(factors.flatMap((f) => { const u = absOf(f); return u === undefined ? [] : [[u, f] as const]; }));
  if (absolutes.size > 0) {
    const even = factors.find((f) => f.kind === 'pow' && absolutes.has(f.args[0]) && isEvenInteger(f.args[1]));
    if (even?.kind === 'pow') {
      // |u|^a·u^(2k) = |u|^(a + 2k), as u^(2k) = |u|^(2k): made at once (even-power-of-abs turns |u|^(2k) back).
      const abs = absolutes.get(even.args[0]) as Expr;
      const a = abs.kind === 'pow' ? abs.args[1] : c.one;
      const base = abs.kind === 'pow' ? abs.args[0] : abs;
      return [...factors.filter((f) => f !== even && f !== abs), c.power(base, c.sum([a, even.args[1]]))];
    }
  }
  const signs = factors.filter((f) => f.kind === 'call' && f.fn === 'sign' && f.args.length === 1);
  if (signs.length === 0) return undefined;
  for (const s of signs) {
    const u = (s as Extract<Expr, { kind: 'call' }>).args[0] as Expr;
    // sign(u)·|u|^k = u^k for an odd integer k (sign(u)·|u| = u·|u|^(k-1), an even power of |u|): at
    // u = 0 both are 0, or both undefined for k < 0. So d/dx log(abs(x)) is 1/x, not sign(x)/abs(x).
    const abs = factors.find((f) => absOf(f) === u && (f.kind !== 'pow' || isOddInteger(f.args[1])));
    if (abs !== undefined) return [...factors.filter((f) => f !== s && f !== abs), abs.kind === 'pow' ? c.power(u, abs.args[1]) : u];
  }
  return undefined;
}

const isOddInteger = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && e.exact.den === 1n && e.exact.num % 2n !== 0n;

/** u when f is |u| or a power of |u|. */
function absOf(f: Expr): Expr | undefined {
  const base = f.kind === 'pow' ? f.args[0] : f;
  return base.kind === 'call' && base.fn === 'abs' && base.args.length === 1 ? base.args[0] : undefined;
}
