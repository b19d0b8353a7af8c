// The 1/k/1 tanh network of the lecture, F(x) = v1·tanh(w1·x + b1) + … + vk·tanh(wk·x + bk) + c,
// written with the builders from its explicit formula (no parser), a supervised data set it makes
// itself, the squared-error loss J over that data set as one expression tree, and gradient descent
// with reverse-mode AD. Used by examples/network.mjs, the benchmark and the tests.

import { add, mul, neg, num, pow, sub, tanh, valueAndGrad, variable } from 'symdiff';

/** The parameters of the 1/k/1 network, unit by unit: w1, b1, v1, …, wk, bk, vk, then c. */
export function parameterNames(k) {
  const units = Array.from({ length: k }, (_, j) => [`w${j + 1}`, `b${j + 1}`, `v${j + 1}`]);
  return [...units.flat(), 'c'];
}

/** A number as a tree: the builders take non-negative numbers, so a negative one is negated. */
export function constant(value) {
  return value < 0 ? neg(num(-value)) : num(value);
}

/** F(x) for the 1/k/1 network, where `x` is a tree (a variable, or a number of the data set). */
export function network(k, x) {
  const unit = (j) => mul(variable(`v${j}`), tanh(add(mul(variable(`w${j}`), x), variable(`b${j}`))));
  const units = Array.from({ length: k }, (_, j) => unit(j + 1));
  return add(...units, variable('c'));
}

/** A seeded pseudo-random generator (mulberry32): the same numbers on every run. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal deviate from two uniform ones (Box–Muller). */
function gaussian(next) {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/**
 * The supervised data set (x_i, s_i): n points of x in [-2, 2], s = sin(1.5 x) plus Gaussian noise of
 * standard deviation `noise`.
 */
export function dataset({ n = 24, noise = 0.05, seed = 1 } = {}) {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const x = -2 + (4 * i) / (n - 1);
    return { x, s: Math.sin(1.5 * x) + noise * gaussian(next) };
  });
}

/**
 * The loss J(p) = (1/N) Σ (F(x_i; p) - s_i)², one tree over the whole data set (every copy of F
 * shares the parameter variables). If s_i = F(x_i) + ε_i with ε_i independent N(0, σ²), the negative
 * log-likelihood of the data is Σ (s_i - F(x_i))² / (2σ²) + const: minimising J is maximum likelihood.
 */
export function loss(k, data) {
  const residuals = data.map(({ x, s }) => pow(sub(network(k, constant(x)), constant(s)), 2));
  return mul(num(1 / data.length), add(...residuals));
}

/** Small random starting weights (seeded), so the tanh units start different and unsaturated. */
export function initialParameters(k, seed = 7) {
  const next = random(seed);
  const point = {};
  for (const name of parameterNames(k)) point[name] = name === 'c' ? 0 : next() - 0.5;
  return point;
}

/**
 * Gradient descent p ← p - rate·∇J(p) with reverse-mode AD (valueAndGrad), from `start`. Returns the
 * parameters reached, the loss at each step and the first gradient (to check it against other methods).
 */
export function train(J, start, { steps = 2000, rate = 0.05, onStep } = {}) {
  let point = { ...start };
  const losses = [];
  let firstGradient;
  for (let step = 0; step < steps; step++) {
    const { value, gradient } = valueAndGrad(J, point);
    firstGradient ??= gradient;
    losses.push(value);
    onStep?.(step, value);
    point = Object.fromEntries(Object.entries(point).map(([name, p]) => [name, p - rate * gradient[name]]));
  }
  return { point, losses, firstGradient };
}
