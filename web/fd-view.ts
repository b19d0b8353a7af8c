// Finite differences: the error of the estimate against the exact derivative for h = 10^-1 … 10^-16,
// on log-log axes, the best step marked. Read right to left the error first falls (truncation) and
// then rises (rounding): the lecture's "choice of h" problem.

import { finiteDifferenceSweep, type Expr, type Scheme, type SweepRow } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { shortNumber } from './labels.js';
import { plotSvg } from './plot.js';
import { powerOfTen } from './plot-scale.js';

export function sweepView(root: HTMLElement, expr: Expr, point: Record<string, number>, variable: string, scheme: Scheme): void {
  try {
    const rows = finiteDifferenceSweep(expr, point, variable, { scheme });
    const best = bestStep(rows);
    const plot = plotSvg({
      title: `Error of ${scheme} differences against h, log-log`,
      x: { kind: 'log', label: 'step h' },
      y: { kind: 'log', label: '|estimate − exact|' },
      series: [{ points: rows.map((r) => [r.h, r.error] as const), className: 'series-error', dots: true }],
      marks: best === undefined ? [] : [{ at: [best.h, best.error], label: `best h = ${stepText(best.h)}` }],
    });
    const exactZero = rows.filter((r) => r.error === 0).length;
    show(root, plot,
      h('p', { id: 'fd-best' }, best === undefined
        ? 'No step gives a finite, non-zero error to plot.'
        : `Best step h = ${stepText(best.h)}: estimate ${best.estimate}, error ${shortNumber(best.error)}.`),
      exactZero > 0 ? h('p', { class: 'note' }, `${exactZero} step(s) hit the exact value (error 0), which a log axis cannot show.`) : null);
  } catch (error) {
    show(root, errorBox(error));
  }
}

/** The row with the smallest error that a log axis can show (positive and finite). */
export function bestStep(rows: readonly SweepRow[]): SweepRow | undefined {
  let best: SweepRow | undefined;
  for (const row of rows) if (row.error > 0 && Number.isFinite(row.error) && (best === undefined || row.error < best.error)) best = row;
  return best;
}

function stepText(h: number): string {
  const k = Math.round(Math.log10(h));
  return Math.abs(h - 10 ** k) <= 1e-9 * h ? powerOfTen(k) : String(h);
}
