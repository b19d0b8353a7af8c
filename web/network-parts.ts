// The network panel's redrawn parts: the parameter table with ∂J/∂p, the loss curve, the fitted curve.

import { valueAndGrad, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { shortNumber } from './labels.js';
import { plotSvg } from './plot.js';

/** Parameters with their values and the gradient of the loss there, by reverse mode; returns the loss. */
export function networkRows(root: HTMLElement, J: Expr, names: readonly string[], point: Record<string, number>): number {
  try {
    const { value, gradient } = valueAndGrad(J, point);
    show(root, h('table', {},
      h('caption', {}, `J = ${value}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'p'), h('th', { scope: 'col' }, 'value'), h('th', { scope: 'col' }, '∂J/∂p'))),
      h('tbody', {}, ...names.map((name) => h('tr', {},
        h('th', { scope: 'row', class: 'code' }, name),
        h('td', { class: 'num' }, shortNumber(point[name] as number)),
        h('td', { class: 'num', 'data-parameter': name }, shortNumber(gradient[name] as number)))))));
    return value;
  } catch (error) {
    show(root, errorBox(error));
    return NaN;
  }
}

/** The loss before each step so far (before training: the loss at the start, one dot). */
export function lossPlot(losses: readonly number[]): SVGSVGElement {
  return plotSvg({
    title: 'Loss J against the step of gradient descent',
    x: { kind: 'linear', label: 'step' },
    y: { kind: 'log', label: 'loss J' },
    series: [{ points: losses.map((v, i) => [i, v] as const), className: 'series-loss', dots: losses.length < 2 }],
  });
}

/** The data set as dots and F(x) at the current parameters as a curve over a slightly wider range. */
export function fitPlot(data: readonly { x: number; s: number }[], F: (x: number) => number): SVGSVGElement {
  const xs = Array.from({ length: 121 }, (_, i) => -2.4 + (4.8 * i) / 120);
  return plotSvg({
    title: 'The data set and the network’s fit F(x)',
    x: { kind: 'linear', label: 'x' },
    y: { kind: 'linear', label: 's and F(x)' },
    series: [
      { points: data.map((d) => [d.x, d.s] as const), className: 'series-data', line: false, dots: true },
      { points: xs.map((x) => [x, F(x)] as const), className: 'series-fit' },
    ],
  });
}
