// The order a person writes kernels in: variables alphabetically, then pi and e, then the other kernels
// as they were met; terms by that order, highest powers first, so x^2 + y^2 never prints as y^2 + x^2.

import type { Expr } from '../ast/expr.js';
import { forEachPower, powerOf, type Monomial } from '../poly/monomial.js';
import type { Kernels } from './kernels.js';

/** Variables first, then pi and e, then the other kernels. */
const rankOf = (e: Expr): number => (e.kind === 'var' ? 0 : e.kind === 'const' ? 1 : 2);
/** Within a rank: variables by name, pi before e; other kernels tie (and go as they were met). */
const nameOf = (e: Expr): string => (e.kind === 'var' ? e.name : e.kind === 'const' ? (e.name === 'pi' ? 'a' : 'b') : '');

/** < 0 when kernel a prints before kernel b (no pair made per comparison: terms are sorted with it by the thousand). */
export function compareKernels(kernels: Kernels, a: number, b: number): number {
  const ea = kernels.at(a).expr;
  const eb = kernels.at(b).expr;
  const ranks = rankOf(ea) - rankOf(eb);
  if (ranks !== 0) return ranks;
  const na = nameOf(ea);
  const nb = nameOf(eb);
  return na < nb ? -1 : na > nb ? 1 : a - b;
}

/** The variables of the monomials, in printing order. */
export function printedVariables(kernels: Kernels, ...ms: Monomial[]): number[] {
  return printedVariablesOf(kernels, ms);
}

/** Distinct variables past which a set and the library sort are used rather than a list and an insertion sort. */
const FEW_VARIABLES = 16;

/** printedVariables of a list of monomials (the terms of a sum, above and below the bar). */
export function printedVariablesOf(kernels: Kernels, ms: readonly Monomial[]): number[] {
  // Most calls see a few kernels (a term's powers above and below the bar, a sum's): no set, and an
  // insertion sort where Array.prototype.sort allocates as it starts (with a set and the library sort,
  // printing the normal form of 1/(1 + exp(-x))'s derivative spent a fortieth of simplify here).
  // Same order either way: the comparison ties no two kernels.
  const vars: number[] = [];
  for (const m of ms) {
    for (let i = 0; i < m.length; i += 2) if (!vars.includes(m[i] as number)) vars.push(m[i] as number);
    if (vars.length > FEW_VARIABLES) return manyVariables(kernels, ms);
  }
  for (let i = 1; i < vars.length; i++) {
    const v = vars[i] as number;
    let j = i - 1;
    for (; j >= 0 && compareKernels(kernels, vars[j] as number, v) > 0; j--) vars[j + 1] = vars[j] as number;
    vars[j + 1] = v;
  }
  return vars;
}

function manyVariables(kernels: Kernels, ms: readonly Monomial[]): number[] {
  const vars = new Set<number>();
  for (const m of ms) forEachPower(m, (v) => vars.add(v));
  return [...vars].sort((a, b) => compareKernels(kernels, a, b));
}

/** > 0 when monomial a prints before b: lexicographic in printing order, higher powers first. */
export function comparePrinted(a: Monomial, b: Monomial, kernels: Kernels): number {
  for (const v of printedVariables(kernels, a, b)) {
    const d = powerOf(a, v) - powerOf(b, v);
    if (d !== 0) return d;
  }
  return 0;
}
