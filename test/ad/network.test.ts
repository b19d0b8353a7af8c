// The 1/2/1 network example (src/network, run by examples/network.mjs): its first
// gradient agrees with the symbolic gradient and with central differences, and gradient descent
// lowers the loss at every step.

import { describe, expect, it } from 'vitest';
import { evaluate, finiteDifference, format, gradient, valueAndGrad, variable } from '../../src/index.js';
import { neuralNetwork } from '../../src/index.js';

const { dataset, initialParameters, loss, network, parameterNames, train } = neuralNetwork;

describe('the 1/k/1 network example', () => {
  it('builds F from its explicit formula with the builders', () => {
    expect(format(network(2, variable('x')))).toBe('v1*tanh(w1*x + b1) + v2*tanh(w2*x + b2) + c');
    expect(parameterNames(2)).toEqual(['w1', 'b1', 'v1', 'w2', 'b2', 'v2', 'c']);
  });

  const data = dataset();
  const J = loss(2, data);
  const start = initialParameters(2);

  it('makes the same data set on every run, and its loss is the mean squared error', () => {
    expect(dataset()).toEqual(data);
    const F = (x: number) => evaluate(network(2, variable('x')), { ...start, x });
    const mse = data.reduce((sum, { x, s }) => sum + (F(x) - s) ** 2, 0) / data.length;
    expect(evaluate(J, start)).toBeCloseTo(mse, 14);
  });

  it('has a first gradient equal to the symbolic gradient and to central differences', () => {
    const reverse = valueAndGrad(J, start).gradient;
    const symbolic = gradient(J, parameterNames(2));
    for (const name of parameterNames(2)) {
      const r = reverse[name] as number;
      expect(Math.abs(r - evaluate(symbolic[name] as never, start)), name).toBeLessThan(1e-12 * (1 + Math.abs(r)));
      expect(Math.abs(r - finiteDifference(J, start, name)), name).toBeLessThan(1e-7 * (1 + Math.abs(r)));
    }
  });

  it('lowers the loss at every step of gradient descent', () => {
    const { losses, firstGradient } = train(J, start, { steps: 400 });
    const again = valueAndGrad(J, start).gradient;
    for (const name of parameterNames(2)) expect(firstGradient[name]).toBeCloseTo(again[name] as number, 12);
    losses.slice(1).forEach((l, i) => expect(l, `step ${i + 1}`).toBeLessThan(losses[i] as number));
    expect(losses[losses.length - 1]).toBeLessThan((losses[0] as number) / 10);
  });
});
