// The page's wiring: the state (from and to the URL hash), the inputs, and which views redraw when the
// expression, the variable or the point changes. Every view catches its own errors and shows them in
// place, so a bad input never leaves a blank page.

import 'katex/dist/katex.min.css';
import './style.css';
import { format, freeVariables, parse, variable as variableNode, type Expr } from '../src/index.js';
import { derivativeView } from './derivative-view.js';
import { h, show } from './dom.js';
import { errorBox } from './error-view.js';
import { expressionView } from './expression-view.js';
import { sweepView } from './fd-view.js';
import { gradientView, type PointUpdate } from './gradient-view.js';
import { hashWriter } from './hash-writer.js';
import { createNetworkView } from './network-view.js';
import { pointControls } from './point-view.js';
import { PRESETS } from './presets.js';
import { completePoint, decodeState, MAX_WIDTH, pointObject, SCHEMES, type PageState } from './state.js';
import { createSecondOrderView } from './second-order-view.js';
import { createCheckView } from './check-view.js';
import { createStepsView } from './steps-view.js';
import { createTraceView } from './trace-view.js';
import { layoutTree, type Layout } from './tree-layout.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const inputs = {
  expr: byId<HTMLInputElement>('expr'), variable: byId<HTMLInputElement>('variable'), preset: byId<HTMLSelectElement>('preset'),
  scheme: byId<HTMLSelectElement>('scheme'), width: byId<HTMLInputElement>('width'), share: byId<HTMLButtonElement>('share'),
};
const views = {
  inputError: byId('input-error'), expression: byId('expression'), point: byId('point'), derivative: byId('derivative'),
  fd: byId('fd'), gradient: byId('gradient'), variables: byId('variables'), main: byId('main'),
};
const trace = createTraceView(byId('trace'));
const second = createSecondOrderView(byId('second'));
const steps = createStepsView(byId('steps'));
const check = createCheckView(byId('check'));
const network = createNetworkView(byId('network'), (F, point) => {
  state = { ...state, expr: format(F), variable: 'x', point: new Map(Object.entries(point)) };
  inputs.expr.value = state.expr;
  inputs.variable.value = state.variable;
  applyExpression(true);
  inputs.expr.focus();
});

let state: PageState = decodeState(location.hash);
const hash = hashWriter(() => state);
let current: { text: string; expr: Expr; layout: Layout; updateGradient: PointUpdate } | undefined;

/**
 * Parse and redraw everything that depends on the expression or the variable; `pickVariable`: a typed
 * expression without the chosen variable switches to its first free one.
 */
function applyExpression(pickVariable: boolean): void {
  let expr: Expr;
  try {
    expr = parse(state.expr);
  } catch (error) {
    show(views.inputError, errorBox(error));
    views.main.classList.add('stale');
    hash.soon();
    return;
  }
  show(views.inputError);
  views.main.classList.remove('stale');
  const names = freeVariables(expr);
  if (pickVariable && names.length > 0 && !names.includes(state.variable)) state = { ...state, variable: names[0] as string };
  inputs.variable.value = state.variable;
  show(views.variables, ...names.map((name) => h('option', { value: name })));
  state = { ...state, point: completePoint(state.point, withVariable(names, state.variable)) };
  expressionView(views.expression, expr);
  pointControls(views.point, state.point, (name, value) => {
    state = { ...state, point: new Map(state.point).set(name, value) };
    schedulePoint();
  });
  derivativeView(views.derivative, expr, state.variable);
  steps.update(expr, state.variable);
  check.update(expr, state.variable);
  const restart = current?.text !== state.expr;
  current = { text: state.expr, expr, layout: layoutTree(expr), updateGradient: gradientView(views.gradient, expr, names) };
  applyPoint(restart);
}

/** The variables to give values to: the free ones, and the chosen one when it is a valid name. */
function withVariable(names: readonly string[], name: string): string[] {
  if (names.includes(name)) return [...names];
  try {
    variableNode(name);
    return [...names, name];
  } catch {
    return [...names];
  }
}

/** Redraw what depends on the point. */
function applyPoint(restart: boolean): void {
  if (current === undefined) return;
  const point = pointObject(state.point);
  trace.update(current.expr, current.layout, point, restart);
  sweepView(views.fd, current.expr, point, state.variable, state.scheme);
  current.updateGradient(point);
  hash.soon();
}

let pointPending = false;
function schedulePoint(): void {
  if (pointPending) return;
  pointPending = true;
  requestAnimationFrame(() => { pointPending = false; applyPoint(false); });
}

let typing: ReturnType<typeof setTimeout> | undefined;
function debounce(run: () => void): void {
  clearTimeout(typing);
  typing = setTimeout(run, 250);
}

function loadState(): void {
  state = decodeState(location.hash);
  inputs.expr.value = state.expr;
  inputs.variable.value = state.variable;
  inputs.scheme.value = state.scheme;
  inputs.width.value = String(state.width);
  network.setWidth(state.width);
  second.setWidth(state.width);
  applyExpression(false);
}

inputs.expr.addEventListener('input', () => {
  inputs.preset.value = '';
  debounce(() => { state = { ...state, expr: inputs.expr.value }; applyExpression(true); });
});
inputs.variable.addEventListener('input', () => debounce(() => {
  state = { ...state, variable: inputs.variable.value.trim() };
  applyExpression(false);
}));
byId('input-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  state = { ...state, expr: inputs.expr.value, variable: inputs.variable.value.trim() };
  applyExpression(true);
});
for (const [i, preset] of PRESETS.entries()) inputs.preset.append(h('option', { value: i }, preset.label));
inputs.preset.addEventListener('change', () => {
  const preset = PRESETS[Number(inputs.preset.value)];
  if (inputs.preset.value === '' || preset === undefined) return;
  state = { ...state, expr: preset.expr, variable: preset.variable, point: new Map(Object.entries(preset.point ?? {})) };
  inputs.expr.value = state.expr;
  applyExpression(false);
});
inputs.scheme.addEventListener('change', () => {
  state = { ...state, scheme: SCHEMES.find((s) => s === inputs.scheme.value) ?? 'central' };
  applyPoint(false);
});
inputs.width.addEventListener('change', () => {
  const k = Math.round(inputs.width.valueAsNumber);
  if (!(k >= 1 && k <= MAX_WIDTH)) return;
  state = { ...state, width: k };
  network.setWidth(k);
  second.setWidth(k);
  hash.soon();
});
inputs.share.addEventListener('click', () => {
  hash.now();
  navigator.clipboard?.writeText(location.href).then(
    () => { inputs.share.textContent = 'Link copied'; },
    () => { inputs.share.textContent = 'Copy the address bar'; });
});
window.addEventListener('hashchange', () => {
  if (!hash.says(state)) loadState();
});
loadState();
