// The lecture's 1/k/1 network (the example's model, built with the builders): F(x) and its tree, the
// loss J over the example's data set, the gradient ∂J/∂p by reverse mode, and a "Train" button that
// runs gradient descent in chunks while the loss curve and the fitted curve redraw.

import { compile, dagSize, treeSize, variable, type Expr } from '../src/index.js';
import { neuralNetwork } from '../src/index.js';

const { dataset, initialParameters, loss, network, parameterNames } = neuralNetwork;
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { formula } from './formula.js';
import { networkRows, fitPlot, lossPlot } from './network-parts.js';
import { startTraining, type Training } from './train.js';
import { layoutTree } from './tree-layout.js';
import { sizeCaption, treeFigure } from './tree-svg.js';

const STEPS = 2000;
const RATE = 0.05;
/** Milliseconds of descent between two redraws. */
const BUDGET = 25;

export interface NetworkView {
  setWidth(k: number): void;
}

interface Model {
  readonly k: number;
  readonly F: Expr;
  readonly J: Expr;
  readonly names: readonly string[];
  readonly fAt: (x: number, point: Record<string, number>) => number;
}

const data = dataset();

export function createNetworkView(root: HTMLElement, useAsExpression: (F: Expr, point: Record<string, number>) => void): NetworkView {
  const intro = h('div', {});
  const parameters = h('div', { class: 'scroll parameters' });
  const plots = h('div', { class: 'plots' });
  const status = h('p', { class: 'status', 'aria-live': 'polite', id: 'train-status' });
  const button = (label: string, id: string, onClick: () => void) => {
    const b = h('button', { type: 'button', id }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  let model: Model | undefined;
  let point: Record<string, number> = {};
  let training: Training | undefined;
  let losses: readonly number[] = [];

  const redraw = () => {
    if (model === undefined) return;
    const J = networkRows(parameters, model.J, model.names, point);
    show(plots, lossPlot(losses.length > 0 ? losses : [J]), fitPlot(data, (x) => (model as Model).fAt(x, point)));
  };
  const stop = () => {
    training?.stop();
    training = undefined;
  };
  const train = () => {
    if (model === undefined) return;
    stop();
    status.textContent = `Training: ${STEPS} steps of gradient descent, rate ${RATE}…`;
    training = startTraining(model.J, point, {
      steps: STEPS, rate: RATE, budget: BUDGET, schedule: (next) => requestAnimationFrame(next),
      onProgress: (reached, so) => { point = reached; losses = so; redraw(); },
      onDone: () => { training = undefined; status.textContent = `Trained: loss ${losses[0]?.toPrecision(4)} → ${losses[losses.length - 1]?.toPrecision(4)} in ${losses.length} steps.`; },
    });
  };
  const reset = () => {
    stop();
    if (model === undefined) return;
    point = initialParameters(model.k);
    losses = [];
    status.textContent = 'Parameters back to their seeded random start.';
    redraw();
  };
  const controls = h('div', { class: 'controls' },
    button('Train', 'train', train), button('Stop', 'train-stop', () => { stop(); status.textContent = 'Stopped.'; }),
    button('Reset parameters', 'train-reset', reset),
    button('Use F(x) as the expression', 'use-network', () => model && useAsExpression(model.F, { x: 0.5, ...point })));
  show(root, intro, controls, status, plots, h('h3', {}, 'Parameters and ∂J/∂p (reverse mode)'), parameters);

  return {
    setWidth(k) {
      stop();
      try {
        model = buildModel(k);
        point = initialParameters(k);
        losses = [];
        showIntro(intro, model);
        status.textContent = '';
        redraw();
      } catch (error) {
        show(intro, errorBox(error));
      }
    },
  };
}

function buildModel(k: number): Model {
  const F = network(k, variable('x'));
  const names = parameterNames(k);
  const f = compile(F, ['x', ...names]);
  const args = new Array<number>(names.length + 1);
  const fAt = (x: number, point: Record<string, number>) => {
    args[0] = x;
    names.forEach((name, i) => { args[i + 1] = point[name] as number; });
    return f(...args);
  };
  return { k, F, J: loss(k, data), names, fAt };
}

function showIntro(intro: HTMLElement, model: Model): void {
  const layout = layoutTree(model.F);
  show(intro,
    formula(model.F, 'F(x) = '),
    treeFigure(layout, `Tree of F: ${sizeCaption(layout)}`),
    h('p', {}, `Loss J = (1/N) Σ (F(xᵢ) − sᵢ)² over N = ${data.length} data points (sᵢ = sin(1.5 xᵢ) + noise): `
      + `${treeSize(model.J).toLocaleString('en-US')} tree nodes, ${dagSize(model.J).toLocaleString('en-US')} distinct, `
      + `${model.names.length} parameters.`));
}
