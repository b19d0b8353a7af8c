// Harmonic addition (rules/harmonic-addition.ts): the terms of a sum that are a constant times m·sin u
// or m·cos u, for one argument u and one rest m, made one term R·m·sin(u + φ) (or R·m·cos(u - ψ)) where
// φ is a known angle:
// sin(x)/2 + √3·cos(x)/2 = sin(x + π/3), and d/dx of e^x·(sin x + √3·cos x) is 2√2·e^x·sin(x + 7π/12).
// A candidate form (candidates.ts), kept where smaller: sin x + cos x stays (√2·sin(x + π/4) is larger).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
import { expandTerms } from './expand.js';
import { MAX_TERMS_FOR_CONTRACTION } from './limits.js';
import { isPi } from './rules/selectors.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

type Call = Extract<Expr, { kind: 'call' }>;

/** A term as constant × m × f(u), f sin or cos. */
interface Harmonic {
  readonly constant: Expr;
  readonly fn: 'sin' | 'cos';
  readonly u: Expr;
  readonly rest: readonly Expr[];
}

/**
 * Whether some term holds sin u and another cos u of the same u, one of them with a constant other than
 * ±1: the cheap gate. With ±1 alone (sin x + cos x, the product rule's usual pair) R is √2 and φ an odd
 * multiple of π/4, and the one term never prints smaller.
 */
export function mayAddHarmonics(c: Canon, terms: readonly Expr[]): boolean {
  if (terms.length < 2 || terms.length > MAX_TERMS_FOR_CONTRACTION) return false;
  // Plain loops first: this runs on most sums, and most have no two terms holding sin or cos.
  let holding = 0;
  for (let i = 0; i < terms.length; i++) if (holdsSinOrCos(terms[i] as Expr) && ++holding === 2) break;
  if (holding < 2 || !terms.some((t) => weightedHarmonic(c, t))) return false;
  const sines = new Set<Expr>();
  const cosines = new Set<Expr>();
  for (const t of terms) {
    for (const f of factorsOf(splitTerm(c, t).monomial ?? c.one)) if (isSinOrCos(f)) (f.fn === 'sin' ? sines : cosines).add(f.args[0] as Expr);
  }
  for (const u of sines) if (cosines.has(u)) return true;
  return false;
}

/**
 * Whether a term holds sin u or cos u and a constant other than ±1 (a coefficient, or a factor such as
 * √3), or u has a constant term the angle may merge with (sin(x + π/3) + cos(x + π/3) is
 * √2·sin(x + 7π/12)).
 */
function weightedHarmonic(c: Canon, t: Expr): boolean {
  const factors = t.kind === 'mul' ? t.args : [t];
  let call: Call | undefined;
  let constant = false;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (f.kind === 'num') constant ||= Math.abs(f.value) !== 1;
    else if (isSinOrCos(f)) call ??= f;
    else if (!constant && f.kind !== 'var') constant = c.valueOf(f) !== undefined; // √3, π, log(2)
  }
  if (call === undefined) return false;
  const u = call.args[0] as Expr;
  return constant || (u.kind === 'add' && u.args.some((a) => c.valueOf(a) !== undefined));
}

/** The sum with one group of harmonics made one term; undefined where no group adds to a known angle. */
export function harmonicSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => harmonicOf(c, t));
  const tried = new Set<number>();
  for (let i = 0; i < split.length; i++) {
    const first = split[i];
    if (first === undefined || tried.has(i)) continue;
    // The group of term i: every term with its u and its rest.
    const group = split.map((h, k) => (h !== undefined && h.u === first.u && sameFactors(h.rest, first.rest) ? k : -1)).filter((k) => k >= 0);
    group.forEach((k) => tried.add(k));
    const members = group.map((k) => split[k] as Harmonic);
    const sines = members.filter((h) => h.fn === 'sin');
    const cosines = members.filter((h) => h.fn === 'cos');
    // Looked at in floating point first: most pairs (3·sin x + 4·cos x) make no known angle, and others
    // would print no smaller (sin x + cos x as √2·sin(x + π/4)): nothing is built for them.
    if (sines.length === 0 || cosines.length === 0 || !worthAdding(c, sines, cosines, group.map((k) => terms[k] as Expr))) continue;
    const made = added(c, c.sum(sines.map((h) => h.constant)), c.sum(cosines.map((h) => h.constant)), first.u, first.rest);
    if (made !== undefined) return collectedSum(c, [made, ...terms.filter((_, k) => !group.includes(k))]);
  }
  return undefined;
}

/**
 * Whether the group may add to a known angle and print smaller. The known angles are multiples of π/24
 * (π/8, π/12): atan2(b, a) in floating point is one, or none is. The one term made prints at least
 * R·m·sin(u + φ)'s operators, counted from R's and φ's values without building them.
 */
function worthAdding(c: Canon, sines: readonly Harmonic[], cosines: readonly Harmonic[], terms: readonly Expr[]): boolean {
  const total = (hs: readonly Harmonic[]): number => hs.reduce((sum, h) => sum + (c.valueOf(h.constant) ?? NaN), 0);
  const [a, b] = [total(sines), total(cosines)];
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return false;
  const turns = (Math.atan2(b, a) / Math.PI) * 24;
  const k = Math.round(turns);
  if (Math.abs(turns - k) >= ANGLE_TOLERANCE) return false;
  const { u, rest } = sines[0] as Harmonic;
  const radius = Math.hypot(a, b);
  // φ = (k/24)·π prints as π, -π, n·π, π/d or n·π/d; R as nothing (1), a number, or one operator at least.
  const phi = Q.rational(BigInt(k), 24n);
  const phiOps = (Q.isOne(Q.rational(phi.num < 0n ? -phi.num : phi.num)) ? 0 : 1) + (phi.den === 1n ? 0 : 1);
  const radiusOps = Math.abs(radius - 1) < ANGLE_TOLERANCE ? 0 : Number.isInteger(Math.round(radius * 1e9) / 1e9) ? 1 : 2;
  // Where u has a constant term already (x + π/3), φ merges into it and may add nothing.
  const merges = u.kind === 'add' && u.args.some((a) => c.valueOf(a) !== undefined);
  const made = c.pretty(u).magnitude + 1 + (merges ? 0 : 1 + phiOps) + radiusOps + rest.reduce((n, f) => n + c.pretty(f).magnitude + 1, 0);
  const now = terms.reduce((n, t) => n + c.pretty(t).magnitude + 1, -1);
  return made < now;
}

/** How far from a whole number of π/24 an angle found in floating point may be. */
const ANGLE_TOLERANCE = 1e-9;

/**
 * a·m·sin u + b·m·cos u as one term: R·m·sin(u + φ) (tan φ = b/a) or R·m·cos(u - ψ) (tan ψ = a/b),
 * whichever prints smaller, sin on a tie (SymPy's form); undefined unless a, b ≠ 0 and the angles are
 * known. cos(x)/2 - √3·sin(x)/2 is cos(x + π/3), where the sine reads -sin(x - π/6).
 */
function added(c: Canon, a: Expr, b: Expr, u: Expr, rest: readonly Expr[]): Expr | undefined {
  const radius = c.power(c.sum([c.power(a, c.num(Q.rational(2n))), c.power(b, c.num(Q.rational(2n)))]), c.half);
  const sine = shifted(c, 'sin', u, b, a, Q.ONE);
  const cosine = shifted(c, 'cos', u, a, b, Q.MINUS_ONE);
  if (sine === undefined || cosine === undefined) return undefined;
  const printed = (e: Expr): number => c.pretty(e).magnitude + (c.pretty(e).negative ? 1 : 0);
  return c.product([radius, ...rest, printed(cosine) < printed(sine) ? cosine : sine]);
}

/**
 * f(u + sign·θ) with θ = atan2(y, x), a multiple of π the table knows: atan(y/x) is θ where x > 0 and
 * half a turn away where x < 0. Undefined where x or y is 0 or θ is no known angle.
 */
function shifted(c: Canon, fn: 'sin' | 'cos', u: Expr, y: Expr, x: Expr, sign: Rational): Expr | undefined {
  const xValue = c.valueOf(x);
  if (xValue === undefined || xValue === 0 || !Number.isFinite(xValue)) return undefined;
  // The quotient multiplied out: (1 + √3)/(1 - √3) is canonically -(√3 + 1)²/2, the table's -(2 + √3).
  const ratio = c.product([y, c.reciprocal(x)]);
  const expanded = expandTerms(c, [ratio]);
  const principal = turnsOfPi(c.call('atan', [expanded === undefined ? ratio : c.sum(expanded)]));
  if (principal === undefined) return undefined;
  const theta = xValue > 0 ? principal : Q.add(principal, Q.sign(principal) > 0 ? Q.MINUS_ONE : Q.ONE);
  return c.call(fn, [c.sum([u, c.product([c.num(Q.mul(sign, theta)), c.constant('pi')])])]);
}

/** q where e is q·π (π itself is 1·π); undefined for any other node. */
function turnsOfPi(e: Expr): Rational | undefined {
  if (isPi(e)) return Q.ONE;
  if (e.kind !== 'mul' || e.args.length !== 2) return undefined;
  const [q, pi] = e.args;
  return q?.kind === 'num' && q.exact !== null && isPi(pi) ? q.exact : undefined;
}

/** A term as constant × m × sin u (or cos u), u with a variable in it; undefined for any other term. */
function harmonicOf(c: Canon, t: Expr): Harmonic | undefined {
  const { coefficient, monomial } = splitTerm(c, t);
  if (monomial === null) return undefined;
  const constants: Expr[] = [coefficient];
  const rest: Expr[] = [];
  let found: Call | undefined;
  for (const f of factorsOf(monomial)) {
    if (c.valueOf(f) !== undefined) constants.push(f);
    else if (found === undefined && isSinOrCos(f) && c.valueOf(f.args[0] as Expr) === undefined) found = f;
    else rest.push(f);
  }
  if (found === undefined) return undefined;
  return { constant: constants.length === 1 ? coefficient : c.product(constants), fn: found.fn as 'sin' | 'cos', u: found.args[0] as Expr, rest };
}

/** Whether a canonical term (a product's factors, or the term itself) has a factor sin u or cos u. */
function holdsSinOrCos(t: Expr): boolean {
  if (t.kind !== 'mul') return isSinOrCos(t);
  for (let i = 0; i < t.args.length; i++) if (isSinOrCos(t.args[i] as Expr)) return true;
  return false;
}

const isSinOrCos = (f: Expr): f is Call => f.kind === 'call' && (f.fn === 'sin' || f.fn === 'cos') && f.args.length === 1;

function sameFactors(a: readonly Expr[], b: readonly Expr[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
