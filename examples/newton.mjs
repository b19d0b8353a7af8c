// Newton's method against gradient descent on the lecture's 1/2/1 network. Build first
// (`npm run build`), then run `node examples/newton.mjs`.
//
// Gradient descent steps along -∇J with a fixed rate; Newton's method solves H·s = -∇J with the
// Hessian H (compileHessian: value, gradient and Hessian in one generated function). The loss is not
// convex, so H may be indefinite far from a minimum: the step is damped, (H + λI)·s = -∇J, with λ
// lowered after a step that lowers the loss and raised (the step retried) after one that does not
// (Levenberg–Marquardt). Both loss curves are printed side by side.

import { compileHessian, neuralNetwork } from 'symdiff';

const { dataset, initialParameters, loss, parameterNames, train } = neuralNetwork;

const K = 2;
const J = loss(K, dataset());
const names = parameterNames(K);
const start = initialParameters(K);
const STEPS = 40;

/** x solving A·x = b for a symmetric positive definite A (row-major n × n), by Cholesky; null if A is not. */
function solvePositiveDefinite(A, b, n) {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i * n + j];
      for (let k = 0; k < j; k++) sum -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i * n + i] = Math.sqrt(sum);
      } else {
        L[i * n + j] = sum / L[j * n + j];
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= L[i * n + k] * y[k];
    y[i] = sum / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= L[k * n + i] * x[k];
    x[i] = sum / L[i * n + i];
  }
  return x;
}

/** Damped Newton steps from `start`: the loss before each step. */
function newton(steps) {
  const f = compileHessian(J, names);
  const n = names.length;
  let p = names.map((name) => start[name]);
  let lambda = 1e-3;
  const losses = [];
  for (let step = 0; step < steps; step++) {
    // The result object is reused by the next call: keep copies.
    const { value, gradient, hessian } = f(...p);
    const g = Float64Array.from(gradient);
    const H = Float64Array.from(hessian);
    losses.push(value);
    for (let tries = 0; tries < 40; tries++, lambda *= 4) {
      const damped = Float64Array.from(H, (h, k) => (k % (n + 1) === 0 ? h + lambda : h));
      const s = solvePositiveDefinite(damped, g.map((gi) => -gi), n);
      if (s === null) continue; // not positive definite yet: more damping
      const next = p.map((pi, i) => pi + s[i]);
      if (f(...next).value < value) {
        p = next;
        lambda = Math.max(lambda / 4, 1e-12);
        break;
      }
    }
  }
  return losses;
}

const newtonLosses = newton(STEPS);
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
