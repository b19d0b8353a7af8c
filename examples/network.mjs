// The lecture's example: the 1/2/1 network trained by gradient descent. Build first (`npm run build`),
// then run `node examples/network.mjs`.
//
// 1. F(x) = v1·tanh(w1·x + b1) + v2·tanh(w2·x + b2) + c from its explicit formula, with the builders;
// 2. a data set (x_i, s_i) and the loss J = (1/N) Σ (F(x_i) - s_i)², one expression tree;
// 3. the first gradient of J three ways: reverse-mode AD, the symbolic gradient, central differences;
// 4. gradient descent with reverse mode, the loss printed as it falls.

import { evaluate, finiteDifference, format, gradient, neuralNetwork, valueAndGrad, variable } from 'symdiff';

const { dataset, initialParameters, loss, network, parameterNames, train } = neuralNetwork;

const K = 2;
console.log(`F(x) = ${format(network(K, variable('x')))}\n`);

const data = dataset();
const J = loss(K, data);
const start = initialParameters(K);
const names = parameterNames(K);

// The first gradient, three independent ways.
const reverse = valueAndGrad(J, start).gradient;
const symbolic = gradient(J, names);
const pad = (s, n = 22) => String(s).padEnd(n);
console.log(`∂J/∂p at the starting point (N = ${data.length} data points):`);
console.log(`${pad('p', 4)}${pad('reverse mode')}${pad('symbolic')}central differences`);
for (const name of names) {
  const row = [reverse[name], evaluate(symbolic[name], start), finiteDifference(J, start, name)];
  console.log(`${pad(name, 4)}${row.map((v) => pad(v.toPrecision(15))).join('')}`);
}

// Gradient descent.
console.log('\nstep  loss J');
const { point, losses } = train(J, start, {
  steps: 5001,
  rate: 0.05,
  onStep: (step, value) => { if (step % 500 === 0) console.log(`${String(step).padStart(4)}  ${value.toPrecision(6)}`); },
});
console.log(`\nloss ${losses[0].toPrecision(4)} → ${losses[losses.length - 1].toPrecision(4)}; parameters reached:`);
console.log(names.map((name) => `${name} = ${point[name].toFixed(4)}`).join(', '));
