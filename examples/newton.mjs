// Newton's method against gradient descent on the lecture's 1/2/1 network. Build first
// (`npm run build`), then run `node examples/newton.mjs`.
//
// Gradient descent steps along -∇J with a fixed rate; Newton's method solves H·s = -∇J with the
// Hessian H (neuralNetwork.newton, over compileHessian: value, gradient and Hessian in one generated function). The loss is not
// convex, so H may be indefinite far from a minimum: the step is damped, (H + λI)·s = -∇J, with λ
// lowered after a step that lowers the loss and raised (the step retried) after one that does not
// (Levenberg–Marquardt). Both loss curves are printed side by side.

import { neuralNetwork } from 'symdiff';

const { dataset, initialParameters, loss, newton, parameterNames, train } = neuralNetwork;

const K = 2;
const J = loss(K, dataset());
const names = parameterNames(K);
const start = initialParameters(K);
const STEPS = 40;

const newtonLosses = newton(J, start, { steps: STEPS }).losses;
const descent = train(J, start, { steps: 20_000, rate: 0.05 }).losses;

const pad = (s, n = 18) => String(s).padStart(n);
console.log(`The loss J of the 1/${K}/1 network (N = ${dataset().length} points), ${names.length} parameters.\n`);
console.log(`${pad('step', 6)}${pad('gradient descent')}${pad('damped Newton')}`);
for (let step = 0; step < STEPS; step++) {
  console.log(`${pad(step, 6)}${pad(descent[step].toExponential(6))}${pad(newtonLosses[step].toExponential(6))}`);
}
const reached = newtonLosses[STEPS - 1];
const needed = descent.findIndex((l) => l <= reached);
console.log(`\nNewton reaches J = ${reached.toExponential(6)} in ${STEPS - 1} steps; gradient descent (rate 0.05) ` +
  (needed < 0 ? `is at ${descent[descent.length - 1].toExponential(6)} after ${descent.length} steps.` : `needs ${needed} steps.`));
