// The two-term Pythagorean identities of rules/trig.ts (1 - sin²u = cos²u, 1 + tan²u = sec²u, …)
// applied to a sum: its terms a·m and r·a·m·F(u) become s·a·m·G(u). A candidate form (candidates.ts),
// kept only where smaller: the polynomials in sin u that cos²u = 1 - sin²u makes (square-substitution.ts)
// must stay possible, so this is a choice by size, not a rewrite made at every sum.

import type { Expr, Num } from '../ast/expr.js';
import { mulNums } from '../ast/numbers.js';
import type { Canon } from './canon.js';
import { SQUARE_COLLAPSES, type SquareCollapse } from './rules/trig.js';
import { collectedSum } from './sum.js';
import type { Term } from './canon.js';
import { factorsOf, sameFactorsBut, splitTerm } from './terms.js';

/** The rows by their left side, `fn^exponent`, for a quick look-up per factor (no row: no entry). */
const BY_LEFT_SIDE = new Map<string, SquareCollapse[]>();
for (const row of SQUARE_COLLAPSES) {
  const key = `${row.from[0]}^${row.from[1]}`;
  BY_LEFT_SIDE.set(key, [...(BY_LEFT_SIDE.get(key) ?? []), row]);
}
const NO_ROWS: readonly SquareCollapse[] = [];

/** The rows whose left side is `f` (a function of one argument to the power ±2); none for any other factor. */
function rowsOf(f: Expr): readonly SquareCollapse[] {
  if (f.kind !== 'pow') return NO_ROWS;
  const [base, exponent] = f.args;
  if (base.kind !== 'call' || base.args.length !== 1) return NO_ROWS;
  if (exponent.kind !== 'num' || exponent.exact === null || exponent.exact.den !== 1n) return NO_ROWS;
  // Most factors are not squares: settled before a key is made.
  if (exponent.value !== 2 && exponent.value !== -2) return NO_ROWS;
  return BY_LEFT_SIDE.get(`${base.fn}^${exponent.value}`) ?? NO_ROWS;
}

/** The sum with every pair a·m, r·a·m·F(u) made one term; undefined where no pair is found. */
export function collapsedSum(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  // A partner's monomial has one factor less than the term it pairs with: terms of other lengths are
  // not looked at. Loops, not closures and iterators: this runs on every sum with a square of a function.
  const lengths = split.map((s) => (s.monomial === null ? 0 : factorsOf(s.monomial).length));
  let out: Expr[] | undefined;
  let used: boolean[] | undefined;
  for (let i = 0; i < split.length; i++) {
    const { coefficient, monomial } = split[i] as Term;
    if (monomial === null || used?.[i] === true) continue;
    const factors = factorsOf(monomial);
    if (!lengths.includes(factors.length - 1)) continue;
    pairing: for (let j = 0; j < factors.length; j++) {
      const f = factors[j] as Expr;
      const rows = rowsOf(f);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as SquareCollapse;
        const u = ((f as Extract<Expr, { kind: 'pow' }>).args[0] as Extract<Expr, { kind: 'call' }>).args[0] as Expr;
        // The partner's monomial is this one's factors but the j-th (both sorted): compared, not built.
        const ratio = row.ratio === 1 ? c.one : c.minusOne;
        let partner = -1;
        for (let k = 0; k < split.length && partner < 0; k++) {
          const s = split[k] as Term;
          if (k !== i && used?.[k] !== true && sameFactorsBut(s.monomial, factors, j) &&
            sameNumber(mulNums(s.coefficient, ratio), coefficient)) partner = k;
        }
        if (partner < 0) continue;
        const { coefficient: a, monomial: m } = split[partner] as Term;
        used ??= new Array<boolean>(split.length).fill(false);
        used[i] = true;
        used[partner] = true;
        const g = c.power(c.call(row.to[0], [u]), c.num({ num: BigInt(row.to[1]), den: 1n }));
        (out ??= []).push(c.product([row.sign === 1 ? a : c.negate(a), ...(m === null ? [] : [m]), g]));
        break pairing;
      }
    }
  }
  if (out === undefined) return undefined;
  return collectedSum(c, [...out, ...terms.filter((_, i) => used?.[i] !== true)]);
}

const sameNumber = (a: Num | undefined, b: Num): boolean => a !== undefined && a.exact !== null && b.exact !== null &&
  a.exact.num === b.exact.num && a.exact.den === b.exact.den;

/** Whether some term has a factor that a row collapses: most sums have none, and are done with at once. */
export function mayCollapse(c: Canon, terms: readonly Expr[]): boolean {
  return terms.some((t) => {
    const { monomial } = splitTerm(c, t);
    return monomial !== null && factorsOf(monomial).some((f) => rowsOf(f).length > 0);
  });
}

/**
 * Whether a term of a sum among the factors of `terms` (or a power of one) has a factor that a row
 * collapses: mayCollapse over those summands, looked at in place. It runs on every sum with a sum in a
 * factor and a term without calls (the derivatives of polynomial chains), where building the list of
 * summands was most of the look's cost.
 */
export function mayCollapseWithin(terms: readonly Expr[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Expr;
    const factors = t.kind === 'mul' ? t.args : [t];
    for (let j = 0; j < factors.length; j++) {
      const f = factors[j] as Expr;
      const sum = f.kind === 'add' ? f : f.kind === 'pow' && f.args[0].kind === 'add' ? f.args[0] : undefined;
      if (sum === undefined) continue;
      for (let k = 0; k < sum.args.length; k++) {
        const s = sum.args[k] as Expr;
        if (s.kind !== 'mul') {
          if (rowsOf(s).length > 0) return true;
          continue;
        }
        for (let m = 0; m < s.args.length; m++) if (rowsOf(s.args[m] as Expr).length > 0) return true;
      }
    }
  }
  return false;
}
