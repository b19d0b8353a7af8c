// The Hessian as lines `x, y: ∂²f/∂x∂y`, one per structural non-zero of the upper triangle (the matrix
// is symmetric), each with its value at the point when one is given.

import { evaluate, freeVariables, hessian, sparsity, type Expr } from '../index.js';
import { numberText, show, type Printing } from './notation.js';

export interface HessianView {
  readonly names: readonly string[];
  readonly matrix: readonly (readonly Expr[])[];
  /** The entries [i, j], i ≤ j, that are not the exact 0. */
  readonly nonZeros: readonly [number, number][];
  /** The entries' values at the point (the full matrix), when a point is given. */
  readonly values?: readonly (readonly number[])[];
}

/** The variables named, or else every free variable (in order of appearance) and then the point's others. */
export function hessianView(e: Expr, named: readonly string[], point?: Record<string, number>): HessianView {
  const names = named.length > 0 ? named : [...new Set([...freeVariables(e), ...Object.keys(point ?? {})])];
  const matrix = hessian(e, [...names]);
  const nonZeros = sparsity(matrix).filter(([i, j]) => i <= j);
  if (point === undefined) return { names, matrix, nonZeros };
  // Each distinct entry once: the lower triangle is the upper one.
  const values = matrix.map((row, i) => row.map((entry, j) => (j < i ? NaN : evaluate(entry, point))));
  values.forEach((row, i) => row.forEach((_, j) => {
    if (j < i) row[j] = (values[j] as number[])[i] as number;
  }));
  return { names, matrix, nonZeros, values };
}

export function hessianLines(view: HessianView, printing: Printing): string {
  const lines = view.nonZeros.map(([i, j]) => {
    const label = `${view.names[i]}, ${view.names[j]}`;
    const text = show((view.matrix[i] as Expr[])[j] as Expr, printing);
    const value = view.values === undefined ? '' : numberText((view.values[i] as number[])[j] as number);
    if (text.includes('\n')) return `${label}:${value === '' ? '' : ` (= ${value})`}\n${text}`;
    return `${label}: ${text}${value === '' ? '' : ` = ${value}`}`;
  });
  const d = view.names.length;
  const zeros = (d * (d + 1)) / 2 - view.nonZeros.length;
  if (zeros > 0) lines.push(view.nonZeros.length === 0 ? 'every entry is 0' : `(the other ${zeros === 1 ? 'entry is' : `${zeros} entries are`} 0)`);
  return lines.join('\n');
}
