// Harmonic addition (rules/harmonic-addition.ts): the terms of a sum that are a constant times m·sin u
// or m·cos u, for one argument u and one rest m, made one term R·m·sin(u + φ) where φ is a known angle:
// sin(x)/2 + √3·cos(x)/2 = sin(x + π/3), and d/dx of e^x·(sin x + √3·cos x) is 2√2·e^x·sin(x + 7π/12).
// A candidate form (candidates.ts), kept where smaller: sin x + cos x stays (√2·sin(x + π/4) is larger).

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
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

/** Whether some term holds sin u and another cos u of the same u: the cheap gate. */
export function mayAddHarmonics(c: Canon, terms: readonly Expr[]): boolean {
  if (terms.length < 2 || terms.length > MAX_TERMS_FOR_CONTRACTION) return false;
  const sines = new Set<Expr>();
  const cosines = new Set<Expr>();
  for (const t of terms) {
    const { monomial } = splitTerm(c, t);
    if (monomial === null) continue;
    for (const f of factorsOf(monomial)) {
      if (isSinOrCos(f)) (f.fn === 'sin' ? sines : cosines).add(f.args[0] as Expr);
    }
  }
  for (const u of sines) if (cosines.has(u)) return true;
  return false;
}

/** The sum with one group of harmonics made one term; undefined where no group adds to a known angle. */
export function harmonicSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => harmonicOf(c, t));
  for (let i = 0; i < split.length; i++) {
    const first = split[i];
    if (first === undefined) continue;
    // The group of term i: every term with its u and its rest.
    const group = split.map((h, k) => (h !== undefined && h.u === first.u && sameFactors(h.rest, first.rest) ? k : -1)).filter((k) => k >= 0);
    const of = (fn: 'sin' | 'cos'): Expr => c.sum(group.map((k) => split[k] as Harmonic).filter((h) => h.fn === fn).map((h) => h.constant));
    const made = added(c, of('sin'), of('cos'), first.u, first.rest);
    if (made !== undefined) return collectedSum(c, [made, ...terms.filter((_, k) => !group.includes(k))]);
  }
  return undefined;
}

/** a·m·sin u + b·m·cos u as one term R·m·sin(u + φ), where a, b ≠ 0 and atan(b/a) is a known angle. */
function added(c: Canon, a: Expr, b: Expr, u: Expr, rest: readonly Expr[]): Expr | undefined {
  const aValue = c.valueOf(a);
  if (aValue === undefined || aValue === 0 || !Number.isFinite(aValue) || !Number.isFinite(c.valueOf(b) ?? NaN) || c.valueOf(b) === 0) return undefined;
  const principal = turnsOfPi(c.call('atan', [c.product([b, c.reciprocal(a)])]));
  if (principal === undefined) return undefined;
  // atan gives φ in (-π/2, π/2), right where a > 0; for a < 0 the angle is half a turn round.
  const phi = aValue > 0 ? principal : Q.add(principal, Q.sign(principal) > 0 ? Q.MINUS_ONE : Q.ONE);
  const radius = c.power(c.sum([c.power(a, c.num(Q.rational(2n))), c.power(b, c.num(Q.rational(2n)))]), c.half);
  const angle = c.sum([u, c.product([c.num(phi), c.constant('pi')])]);
  return c.product([radius, ...rest, c.call('sin', [angle])]);
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
  return { constant: c.product(constants), fn: found.fn as 'sin' | 'cos', u: found.args[0] as Expr, rest };
}

const isSinOrCos = (f: Expr): f is Call => f.kind === 'call' && (f.fn === 'sin' || f.fn === 'cos') && f.args.length === 1;

function sameFactors(a: readonly Expr[], b: readonly Expr[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
