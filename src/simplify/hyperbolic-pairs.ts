// cosh and sinh of one argument made one exponential (rules/trig.ts, `exp-from-hyperbolic`):
// a·m·cosh(u) + a·m·sinh(u) = a·m·e^u, a·m·cosh(u) - a·m·sinh(u) = a·m·e^(-u), the converse of
// hyperbolic-from-exp (exponential-pairs.ts). A candidate form (candidates.ts), kept only where
// smaller: cosh(x) + sinh(x) is exp(x), and sinh(log(x)) - cosh(log(x)) is -1/x. Both sides are
// defined everywhere, so the value never changes.

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon, Term } from './canon.js';
import { collectedSum } from './sum.js';
import { factorsOf, splitTerm } from './terms.js';

/** The argument u where the factor is cosh(u); undefined for any other factor. */
const coshArgument = (f: Expr): Expr | undefined => (f.kind === 'call' && f.fn === 'cosh' && f.args.length === 1 ? f.args[0] : undefined);
const isSinh = (f: Expr): boolean => f.kind === 'call' && f.fn === 'sinh';

/** Whether one term holds a cosh and another a sinh: the cheap gate, before any partner is built. */
export function mayPairHyperbolics(c: Canon, terms: readonly Expr[]): boolean {
  let cosh = false;
  let sinh = false;
  for (const t of terms) {
    const { monomial } = splitTerm(c, t);
    if (monomial === null) continue;
    for (const f of factorsOf(monomial)) {
      cosh ||= coshArgument(f) !== undefined;
      sinh ||= isSinh(f);
    }
    if (cosh && sinh) return true;
  }
  return false;
}

/** The sum with every pair a·m·cosh(u), ±a·m·sinh(u) made a·m·e^(±u); undefined where there is no pair. */
export function pairedHyperbolics(c: Canon, terms: readonly Expr[]): Expr | undefined {
  const split = terms.map((t) => splitTerm(c, t));
  const used = new Array<boolean>(split.length).fill(false);
  const out: Expr[] = [];
  for (let i = 0; i < split.length; i++) {
    const { coefficient: a, monomial } = split[i] as Term;
    if (monomial === null || used[i] === true || a.exact === null) continue;
    const factors = factorsOf(monomial);
    const j = factors.findIndex((f) => coshArgument(f) !== undefined);
    if (j < 0) continue;
    const u = coshArgument(factors[j] as Expr) as Expr;
    const rest = factors.filter((_, k) => k !== j);
    // The partner's monomial, canonical like every term's: compared by identity.
    const partner = c.product([...rest, c.call('sinh', [u])]);
    for (let k = 0; k < split.length; k++) {
      const b = split[k] as Term;
      if (k === i || used[k] === true || b.monomial !== partner || b.coefficient.exact === null) continue;
      const sign = Q.equal(b.coefficient.exact, a.exact) ? 1 : Q.equal(Q.negate(b.coefficient.exact), a.exact) ? -1 : 0;
      if (sign === 0) continue;
      used[i] = true;
      used[k] = true;
      out.push(c.product([a, ...rest, c.power(c.e, sign > 0 ? u : c.negate(u))]));
      break;
    }
  }
  if (out.length === 0) return undefined;
  return collectedSum(c, [...out, ...terms.filter((_, i) => used[i] !== true)]);
}
