// A small SVG plot: two axes (log or linear), lines and dots, labelled marks. Points an axis cannot
// show (zero or negative on a log axis, NaN, infinities) are left out of lines and dots.

import { s } from './dom.js';
import { axisFor, plottable, project, type Axis, type ScaleKind } from './plot-scale.js';

export type Point = readonly [number, number];

export interface Series {
  readonly points: readonly Point[];
  readonly className: string;
  readonly line?: boolean;
  readonly dots?: boolean;
}

export interface Mark {
  readonly at: Point;
  readonly label: string;
}

export interface PlotSpec {
  /** Read by screen readers. */
  readonly title: string;
  readonly x: { readonly kind: ScaleKind; readonly label: string };
  readonly y: { readonly kind: ScaleKind; readonly label: string };
  readonly series: readonly Series[];
  readonly marks?: readonly Mark[];
}

const WIDTH = 560;
const HEIGHT = 300;
const LEFT = 62;
const RIGHT = 16;
const TOP = 14;
const BOTTOM = 44;

export function plotSvg(spec: PlotSpec): SVGSVGElement {
  const all = spec.series.flatMap((series) => series.points);
  const x = axisFor(spec.x.kind, all.map((p) => p[0]));
  const y = axisFor(spec.y.kind, all.map((p) => p[1]));
  const px = (v: number) => project(x, v, LEFT, WIDTH - RIGHT);
  const py = (v: number) => project(y, v, HEIGHT - BOTTOM, TOP);
  const shown = (p: Point) => plottable(x.kind, p[0]) && plottable(y.kind, p[1]);
  return s('svg', { class: 'plot', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': spec.title },
    s('title', {}, spec.title),
    axisLines(x, y, px, py, spec),
    ...spec.series.map((series) => {
      const points = series.points.filter(shown).map(([a, b]) => [px(a), py(b)] as const);
      return s('g', { class: series.className },
        series.line !== false && points.length > 1 && s('polyline', { points: points.map((p) => p.join(',')).join(' '), class: 'line' }),
        ...(series.dots ? points.map(([cx, cy]) => s('circle', { cx, cy, r: 3, class: 'dot' })) : []));
    }),
    ...(spec.marks ?? []).filter((m) => shown(m.at)).map((m) => {
      const [cx, cy] = [px(m.at[0]), py(m.at[1])];
      return s('g', { class: 'mark' }, s('circle', { cx, cy, r: 6 }),
        s('text', { x: cx, y: cy - 14, 'text-anchor': 'middle' }, m.label));
    }));
}

function axisLines(x: Axis, y: Axis, px: (v: number) => number, py: (v: number) => number, spec: PlotSpec): SVGGElement {
  const [x0, x1, y0, y1] = [LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP];
  return s('g', { class: 'axes' },
    ...x.ticks.map((t) => s('g', { class: 'tick' },
      s('line', { x1: px(t.value), x2: px(t.value), y1: y0, y2: y1, class: 'grid' }),
      s('text', { x: px(t.value), y: y0 + 16, 'text-anchor': 'middle' }, t.label))),
    ...y.ticks.map((t) => s('g', { class: 'tick' },
      s('line', { x1: x0, x2: x1, y1: py(t.value), y2: py(t.value), class: 'grid' }),
      s('text', { x: x0 - 6, y: py(t.value) + 4, 'text-anchor': 'end' }, t.label))),
    s('rect', { x: x0, y: y1, width: x1 - x0, height: y0 - y1, class: 'frame' }),
    s('text', { x: (x0 + x1) / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'axis-label' }, spec.x.label),
    s('text', { x: 14, y: (y0 + y1) / 2, 'text-anchor': 'middle', class: 'axis-label', transform: `rotate(-90 14 ${(y0 + y1) / 2})` }, spec.y.label));
}
