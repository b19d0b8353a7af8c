// Pure axis arithmetic for the page's plots: a domain, its ticks and labels, and the map from a value
// to a pixel, on a logarithmic axis (whole decades) or a linear one (steps of 1, 2 or 5 × 10^k).

export type ScaleKind = 'log' | 'linear';

export interface Tick {
  readonly value: number;
  readonly label: string;
}

export interface Axis {
  readonly kind: ScaleKind;
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
}

/** Whether a value can be placed on an axis of this kind (a log axis takes positive numbers only). */
export function plottable(kind: ScaleKind, value: number): boolean {
  return Number.isFinite(value) && (kind === 'linear' || value > 0);
}

/** An axis covering the plottable values (a default span when there are none). */
export function axisFor(kind: ScaleKind, values: readonly number[]): Axis {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!plottable(kind, v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) [lo, hi] = kind === 'log' ? [1, 10] : [0, 1];
  return kind === 'log' ? logAxis(lo, hi) : linearAxis(lo, hi);
}

/** Whole decades around [lo, hi]; at most about 8 labelled ticks. */
function logAxis(lo: number, hi: number): Axis {
  const first = Math.floor(Math.log10(lo));
  const top = Math.max(Math.ceil(Math.log10(hi)), first + 1);
  const every = Math.ceil((top - first) / 8);
  // The axis ends on a labelled decade.
  const last = first + every * Math.ceil((top - first) / every);
  const ticks: Tick[] = [];
  for (let k = first; k <= last; k += every) ticks.push({ value: 10 ** k, label: powerOfTen(k) });
  return { kind: 'log', min: 10 ** first, max: 10 ** last, ticks };
}

/** Steps of 1, 2 or 5 × 10^k, about 5 of them, the domain rounded out to whole steps. */
function linearAxis(lo: number, hi: number): Axis {
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const rough = (hi - lo) / 5;
  const decade = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * decade).find((s) => s >= rough) as number;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: Tick[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) {
    const value = min + i * step;
    ticks.push({ value, label: String(Number(value.toPrecision(6))).replace('-', '−') });
  }
  return { kind: 'linear', min, max, ticks };
}

/** `10⁻⁸` in superscript digits. */
export function powerOfTen(k: number): string {
  const superscript = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const digits = String(Math.abs(k)).split('').map((d) => superscript[Number(d)]).join('');
  return `10${k < 0 ? '⁻' : ''}${digits}`;
}

/** The pixel of `value` on an axis drawn from pixel `from` (at min) to pixel `to` (at max). */
export function project(axis: Axis, value: number, from: number, to: number): number {
  const t = axis.kind === 'log'
    ? (Math.log10(value) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min))
    : (value - axis.min) / (axis.max - axis.min);
  return from + t * (to - from);
}
