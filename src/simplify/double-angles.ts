// The double-angle formulas as two-term collapses of a sum (rules/trig.ts, `double-angle`), a
// candidate form kept only where smaller, both ways:
//   a·m·cos²u - a·m·sin²u = a·m·cos(2u),   2a·m·cos²u - a·m = a·m·cos(2u),   a·m - 2a·m·sin²u = a·m·cos(2u),
//   a·m·cosh²u + a·m·sinh²u = a·m·cosh(2u), 2a·m·cosh²u - a·m = a·m·cosh(2u), a·m + 2a·m·sinh²u = a·m·cosh(2u),
// and, read back (power reduction), a·m ± a·m·cos(v) = 2a·m·cos²(v/2) or 2a·m·sin²(v/2) (and cosh).
// cos²x - sin²x is cos(2*x); 1/2 - cos(2*x)/2 is sin(x)^2. Every side is defined everywhere.

import type { Expr, Num } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon, Term } from './canon.js';
import { collectedSum } from './sum.js';
import { factorsOf, sameFactorsBut, sameFactorsSwapped, splitTerm } from './terms.js';

/** One collapse: a term k·a·m·f(u)^power beside a partner r·a·m·g(u)^2 (or r·a·m), made s·a·m·to(w). */
interface Row {
  readonly f: FunctionName;
  readonly power: 1 | 2;
  /** The partner's extra factor, g(u)², or none (the partner is a·m itself). */
  readonly g?: FunctionName;
  /** The term's coefficient over a, and the partner's. */
  readonly k: Rational;
  readonly r: Rational;
  /** The result: s·a·m·to(w)^toPower, w = 2u (double angle) or u/2 (power reduction). */
  readonly s: Rational;
  readonly to: FunctionName;
  readonly toPower: 1 | 2;
  readonly angle: 'double' | 'half';
}

const q = (n: number, d = 1): Rational => Q.rational(BigInt(n), BigInt(d));

const ROWS: readonly Row[] = [
  { f: 'cos', power: 2, g: 'sin', k: q(1), r: q(-1), s: q(1), to: 'cos', toPower: 1, angle: 'double' },
  { f: 'cos', power: 2, k: q(2), r: q(-1), s: q(1), to: 'cos', toPower: 1, angle: 'double' },
  { f: 'sin', power: 2, k: q(-2), r: q(1), s: q(1), to: 'cos', toPower: 1, angle: 'double' },
  { f: 'cosh', power: 2, g: 'sinh', k: q(1), r: q(1), s: q(1), to: 'cosh', toPower: 1, angle: 'double' },
  { f: 'cosh', power: 2, k: q(2), r: q(-1), s: q(1), to: 'cosh', toPower: 1, angle: 'double' },
  { f: 'sinh', power: 2, k: q(2), r: q(1), s: q(1), to: 'cosh', toPower: 1, angle: 'double' },
  { f: 'cos', power: 1, k: q(1), r: q(1), s: q(2), to: 'cos', toPower: 2, angle: 'half' },
  { f: 'cos', power: 1, k: q(-1), r: q(1), s: q(2), to: 'sin', toPower: 2, angle: 'half' },
  { f: 'cosh', power: 1, k: q(1), r: q(1), s: q(2), to: 'cosh', toPower: 2, angle: 'half' },
  { f: 'cosh', power: 1, k: q(1), r: q(-1), s: q(2), to: 'sinh', toPower: 2, angle: 'half' },
];

const CIRCULAR: ReadonlySet<string> = new Set(ROWS.map((row) => row.f));

/** f and u where the factor is f(u) or f(u)^2 for a function of the rows; else undefined. */
function callIn(f: Expr): { fn: FunctionName; u: Expr; power: number } | undefined {
  const base = f.kind === 'pow' ? f.args[0] : f;
  if (base.kind !== 'call' || base.args.length !== 1 || !CIRCULAR.has(base.fn)) return undefined;
  if (f.kind !== 'pow') return { fn: base.fn, u: base.args[0] as Expr, power: 1 };
  const e = f.args[1];
  return e.kind === 'num' && e.exact !== null && e.value === 2 ? { fn: base.fn, u: base.args[0] as Expr, power: 2 } : undefined;
}

/** Whether two terms or more and one holds cos, sin, cosh or sinh (or its square): the cheap gate. */
export function mayUseDoubleAngles(c: Canon, terms: readonly Expr[]): boolean {
  if (terms.length < 2) return false;
  for (const t of terms) {
    const { monomial } = splitTerm(c, t);
    if (monomial !== null && factorsOf(monomial).some((f) => callIn(f) !== undefined)) return true;
  }
  return false;
}

/** The sum with the first pair a row collapses made one term; undefined where there is none. */
export function doubleAngleSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  for (let i = 0; i < split.length; i++) {
    const { coefficient, monomial } = split[i] as Term;
    if (monomial === null || coefficient.exact === null) continue;
    const factors = factorsOf(monomial);
    for (let j = 0; j < factors.length; j++) {
      const found = callIn(factors[j] as Expr);
      if (found === undefined) continue;
      for (const row of ROWS) {
        if (row.f !== found.fn || row.power !== found.power) continue;
        const a = Q.mul(coefficient.exact, Q.inverse(row.k) as Rational); // the term is k·a·m·f(u)^power
        const ra = Q.mul(row.r, a);
        // The partner's monomial is m (or m·g(u)²): compared factor by factor, not built (a product of
        // thousands of cos(…) has as many candidate factors, and building m for each was quadratic).
        const square = row.g === undefined ? undefined : c.power(c.call(row.g, [found.u]), c.num(q(2)));
        const partner = split.findIndex((s, k) => k !== i && sameRational(s.coefficient, ra) &&
          (square === undefined ? sameFactorsBut(s.monomial, factors, j) : sameFactorsSwapped(s.monomial, factors, j, square)));
        if (partner < 0) continue;
        const m = factors.filter((_, k) => k !== j);
        const w = row.angle === 'double' ? c.product([c.num(q(2)), found.u]) : c.product([c.num(q(1, 2)), found.u]);
        const made = c.product([c.num(Q.mul(row.s, a)), ...m, c.power(c.call(row.to, [w]), c.num(q(row.toPower)))]);
        return collectedSum(c, [made, ...terms.filter((_, k) => k !== i && k !== partner)]);
      }
    }
  }
  return undefined;
}

const sameRational = (n: Num, r: Rational): boolean => n.exact !== null && Q.equal(n.exact, r);
