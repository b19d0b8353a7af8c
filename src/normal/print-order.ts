// The order a person writes kernels in: variables alphabetically, then pi and e, then the other kernels
// as they were met; terms by that order, highest powers first, so x^2 + y^2 never prints as y^2 + x^2.

import { forEachPower, powerOf, type Monomial } from '../poly/monomial.js';
import type { Kernels } from './kernels.js';

function rank(kernels: Kernels, i: number): [number, string] {
  const e = kernels.at(i).expr;
  return e.kind === 'var' ? [0, e.name] : e.kind === 'const' ? [1, e.name === 'pi' ? 'a' : 'b'] : [2, ''];
}

/** < 0 when kernel a prints before kernel b. */
export function compareKernels(kernels: Kernels, a: number, b: number): number {
  const [ra, na] = rank(kernels, a);
  const [rb, nb] = rank(kernels, b);
  return ra - rb || (na < nb ? -1 : na > nb ? 1 : a - b);
}

/** The variables of the monomials, in printing order. */
export function printedVariables(kernels: Kernels, ...ms: Monomial[]): number[] {
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
