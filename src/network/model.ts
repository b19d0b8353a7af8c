// The 1/k/1 tanh network of the lecture, F(x) = v1·tanh(w1·x + b1) + … + vk·tanh(wk·x + bk) + c,
// written with the builders from its explicit formula (no parser), a supervised data set it makes
// itself, and the squared-error loss J over that data set as one expression tree. Used by the web
// page, examples/network.mjs, the benchmark and the tests (exported as `neuralNetwork`).

import { add, mul, neg, num, pow, sub, tanh, variable } from '../ast/builders.js';
import type { Expr } from '../ast/expr.js';
import { gaussian, random } from '../random.js';

export interface DataPoint {
  readonly x: number;
  readonly s: number;
}

/** The parameters of the 1/k/1 network, unit by unit: w1, b1, v1, …, wk, bk, vk, then c. */
export function parameterNames(k: number): string[] {
  const units = Array.from({ length: k }, (_, j) => [`w${j + 1}`, `b${j + 1}`, `v${j + 1}`]);
  return [...units.flat(), 'c'];
}

/** A number as a tree: the builders take non-negative numbers, so a negative one is negated. */
export function constant(value: number): Expr {
  return value < 0 ? neg(num(-value)) : num(value);
}

/** F(x) for the 1/k/1 network, where `x` is a tree (a variable, or a number of the data set). */
export function network(k: number, x: Expr): Expr {
  const unit = (j: number) => mul(variable(`v${j}`), tanh(add(mul(variable(`w${j}`), x), variable(`b${j}`))));
  const units = Array.from({ length: k }, (_, j) => unit(j + 1));
  // Grouped from the left, as the parser groups u1 + u2 + … + c.
  return add(units.reduce((sum, u) => add(sum, u)), variable('c'));
}

/**
 * The supervised data set (x_i, s_i): n points of x in [-2, 2], s = sin(1.5 x) plus Gaussian noise of
 * standard deviation `noise`.
 */
export function dataset({ n = 24, noise = 0.05, seed = 1 }: { n?: number; noise?: number; seed?: number } = {}): DataPoint[] {
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
export function loss(k: number, data: readonly DataPoint[]): Expr {
  const residuals = data.map(({ x, s }) => pow(sub(network(k, constant(x)), constant(s)), 2));
  return mul(num(1 / data.length), residuals.reduce((sum, r) => add(sum, r)));
}

/** Small random starting weights (seeded), so the tanh units start different and unsaturated. */
export function initialParameters(k: number, seed = 7): Record<string, number> {
  const next = random(seed);
  const point: Record<string, number> = {};
  for (const name of parameterNames(k)) point[name] = name === 'c' ? 0 : next() - 0.5;
  return point;
}
