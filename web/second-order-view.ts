// Second order on the lecture's network: the Hessian of the loss J at the starting parameters
// (compileHessian: value, gradient and Hessian in one generated function, its non-zeros only), and
// damped Newton steps against gradient descent from the same start, both loss curves on one plot.

import { compileHessian, neuralNetwork, type Expr } from '../src/index.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { shortNumber } from './labels.js';
import { plotSvg } from './plot.js';

const { dataset, initialParameters, loss, newton, parameterNames, train } = neuralNetwork;

const NEWTON_STEPS = 40;
const DESCENT_STEPS = 2000;
const RATE = 0.05;
/** Widest network whose Hessian is drawn as a table (d = 3k + 1 parameters). */
const MAX_TABLE_WIDTH = 4;
/** Widest network Newton runs on in the page (its Hessian has (3k + 1)² entries). */
const MAX_NEWTON_WIDTH = 16;

export interface SecondOrderView {
  setWidth(k: number): void;
}

export function createSecondOrderView(root: HTMLElement): SecondOrderView {
  const matrix = h('div', { class: 'scroll', id: 'hessian' });
  const status = h('p', { class: 'status', 'aria-live': 'polite', id: 'newton-status' });
  const plot = h('div', { class: 'plots', id: 'newton-plot' });
  const run = h('button', { type: 'button', id: 'newton-run' }, 'Newton against gradient descent');
  let model: { k: number; J: Expr; start: Record<string, number> } | undefined;
  run.addEventListener('click', () => {
    if (model === undefined) return;
    if (model.k > MAX_NEWTON_WIDTH) {
      status.textContent = `Newton runs here for k ≤ ${MAX_NEWTON_WIDTH} (its Hessian has (3k + 1)² entries).`;
      return;
    }
    try {
      const second = newton(model.J, model.start, { steps: NEWTON_STEPS }).losses;
      const first = train(model.J, model.start, { steps: DESCENT_STEPS, rate: RATE }).losses;
      show(plot, comparison(first, second));
      status.textContent = `Newton: J = ${shortNumber(second[second.length - 1] as number)} after ${second.length} steps; ` +
        `gradient descent: J = ${shortNumber(first[first.length - 1] as number)} after ${first.length} steps.`;
    } catch (error) {
      show(plot, errorBox(error));
    }
  });
  show(root, h('h3', {}, 'The Hessian of J at the starting point'), matrix, h('div', { class: 'controls' }, run), status, plot);
  return {
    setWidth(k) {
      const J = loss(k, dataset());
      model = { k, J, start: initialParameters(k) };
      show(plot);
      status.textContent = '';
      show(matrix, hessianTable(J, parameterNames(k), model.start, k));
    },
  };
}

function hessianTable(J: Expr, names: readonly string[], start: Record<string, number>, k: number): HTMLElement {
  try {
    if (k > MAX_TABLE_WIDTH) return h('p', { class: 'note' }, `${names.length}×${names.length}: drawn as a table for k ≤ ${MAX_TABLE_WIDTH}.`);
    const { hessian } = compileHessian(J, [...names])(...names.map((name) => start[name] as number));
    const d = names.length;
    const nonZeros = hessian.filter((v) => v !== 0).length;
    return h('table', { class: 'hessian' },
      h('caption', {}, `∂²J/∂p∂q: ${d}×${d}, symmetric, ${nonZeros} non-zeros`),
      h('thead', {}, h('tr', {}, h('th', {}, ''), ...names.map((name) => h('th', { scope: 'col', class: 'code' }, name)))),
      h('tbody', {}, ...names.map((row, i) => h('tr', {}, h('th', { scope: 'row', class: 'code' }, row),
        ...names.map((_, j) => h('td', { class: 'num', 'data-entry': `${i},${j}` }, shortNumber(hessian[i * d + j] as number)))))));
  } catch (error) {
    return errorBox(error);
  }
}

function comparison(descent: readonly number[], newtonLosses: readonly number[]): SVGSVGElement {
  return plotSvg({
    title: 'Loss J against the step: gradient descent and damped Newton',
    x: { kind: 'log', label: 'step + 1' },
    y: { kind: 'log', label: 'loss J' },
    series: [
      { points: descent.map((v, i) => [i + 1, v] as const), className: 'series-loss' },
      { points: newtonLosses.map((v, i) => [i + 1, v] as const), className: 'series-newton', dots: true },
    ],
    marks: [
      { at: [descent.length, descent[descent.length - 1] as number], label: 'gradient descent' },
      { at: [newtonLosses.length, newtonLosses[newtonLosses.length - 1] as number], label: 'Newton' },
    ],
  });
}
