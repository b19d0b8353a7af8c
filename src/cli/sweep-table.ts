// The finite-difference step sweep as a table: h, the estimate, its error against the exact
// derivative (forward-mode AD), and the best row marked; read top to bottom it shows the V of
// truncation error falling and rounding error rising.

import { directionalDerivative, finiteDifferenceSweep, type Expr, type Scheme, type SweepRow } from '../index.js';
import { numberText } from './notation.js';

export interface SweepView {
  readonly scheme: Scheme;
  /** The exact derivative the errors are measured against. */
  readonly exact: number;
  readonly rows: SweepRow[];
  /** The row with the smallest error, or -1 when no error is a number. */
  readonly best: number;
}

export function sweepView(e: Expr, variable: string, point: Record<string, number>, scheme: Scheme = 'central'): SweepView {
  const rows = finiteDifferenceSweep(e, point, variable, { scheme });
  // A computed key is an own property even for `__proto__`.
  const exact = directionalDerivative(e, point, { [variable]: 1 }).derivative;
  let best = -1;
  rows.forEach((row, i) => {
    if (!Number.isNaN(row.error) && (best === -1 || row.error < (rows[best] as SweepRow).error)) best = i;
  });
  return { scheme, exact, rows, best };
}

export function sweepTable(view: SweepView): string {
  const cells = view.rows.map((row) => [row.h.toExponential(), numberText(row.estimate), row.error === 0 ? '0' : row.error.toExponential(2)]);
  const header = ['h', 'estimate', 'error'];
  const widths = header.map((title, c) => Math.max(title.length, ...cells.map((cell) => (cell[c] as string).length)));
  const line = (cell: string[]) => cell.map((text, c) => text.padEnd(widths[c] as number)).join('  ');
  return [
    `${view.scheme} differences; exact derivative ${numberText(view.exact)} (forward-mode AD)`,
    line(header).trimEnd(),
    ...cells.map((cell, i) => (i === view.best ? `${line(cell)}  ← best` : line(cell).trimEnd())),
  ].join('\n');
}
