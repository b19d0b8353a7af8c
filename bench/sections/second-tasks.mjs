// Worker side of section "second": the chained Rosenbrock function's Hessian, symbolic (hessian),
// compiled (compileHessian) and evaluated, against a hand-written dense-output Hessian.
import { load } from '../libraries.mjs';
import { spreadCall, timePaired, timePerCall } from '../timing.mjs';

/** Σ 100(x_{i+1} - x_i²)² + (1 - x_i)², i = 1…n-1, as text, with its variables x1…xn. */
export function rosenbrock(n) {
  const terms = Array.from({ length: n - 1 }, (_, k) => `100*(x${k + 2} - x${k + 1}^2)^2 + (1 - x${k + 1})^2`);
  return { text: terms.join(' + '), variables: Array.from({ length: n }, (_, k) => `x${k + 1}`) };
}

/** Fixed points in [-1.5, 1.5]: the same on every run. */
function points(n, count = 4) {
  return Array.from({ length: count }, (_, p) => Float64Array.from({ length: n }, (_, i) => 1.5 * Math.sin(1 + i * 0.7 + p)));
}

/**
 * The value, gradient and Hessian of the chained Rosenbrock function by hand, as a person writes
 * them: one loop over the terms; the Hessian a dense row-major n × n array whose zeros are written
 * once (it is tridiagonal), the result object reused, as compileHessian does.
 */
export function handwrittenHessian(n) {
  const out = { value: 0, gradient: new Float64Array(n), hessian: new Float64Array(n * n) };
  return (x) => {
    const { gradient: g, hessian: H } = out;
    let value = 0;
    g.fill(0);
    for (let i = 0; i < n; i++) H[i * n + i] = 0;
    for (let i = 0; i < n - 1; i++) {
      const a = x[i];
      const r = x[i + 1] - a * a;
      value += 100 * r * r + (1 - a) * (1 - a);
      g[i] += -400 * r * a - 2 * (1 - a);
      g[i + 1] += 200 * r;
      H[i * n + i] += 1200 * a * a - 400 * x[i + 1] + 2;
      H[(i + 1) * n + i + 1] += 200;
      H[i * n + i + 1] = H[(i + 1) * n + i] = -400 * a;
    }
    out.value = value;
    return out;
  };
}

/** The second-order functions: from the package root once the lead exports them, else from dist. */
async function secondOrder() {
  const lib = await load('symdiff');
  if (lib.hessian && lib.compileHessian) return lib;
  const [h, c] = await Promise.all([import('../../dist/second/hessian.js'), import('../../dist/second/hessian-code.js')]);
  return { ...lib, hessian: h.hessian, compileHessian: c.compileHessian };
}

const MEASUREMENTS = {
  hessian: (lib, tree, variables) => () => lib.hessian(tree, variables),
  compileHessian: (lib, tree, variables) => () => lib.compileHessian(tree, variables),
};
/** The compiled Hessian's calls, each timed against the hand-written Hessian (timePaired). */
const CALLS = {
  // The point in an array, as the hand-written Hessian takes it: the compiled function's fromArray.
  evaluation: (lib, tree, variables) => lib.compileHessian(tree, variables).fromArray,
  // The contract's positional call, f(x1, …, xn): at n = 1,000 spreading the arguments is itself a cost.
  positional: (lib, tree, variables) => spreadCall(lib.compileHessian(tree, variables), variables.length),
};
/**
 * Calls `op` until V8 has optimized it: at n = 1,000 the generated code is ~60 chunks of 500 statements,
 * which V8 compiles in the background; on a loaded 2-core machine that took 4,000 calls (7 s) at 2 ms a
 * call before the 15-40 µs steady state, longer than the timer's warm-up. Warm: at least 4,000 calls,
 * and the fastest batch of 200 not bettered by 10% in the last 5 batches (at most 15 s).
 */
function warm(op) {
  const started = performance.now();
  let calls = 0;
  let fastest = Infinity;
  let sinceBetter = 0;
  while (performance.now() - started < 15_000 && (calls < 4_000 || sinceBetter < 5)) {
    const t0 = performance.now();
    for (let k = 0; k < 200; k++) op(calls++);
    const batch = performance.now() - t0;
    sinceBetter = batch < 0.9 * fastest ? 0 : sinceBetter + 1;
    fastest = Math.min(fastest, batch);
  }
}

export const SYMDIFF_MEASUREMENTS = Object.keys(MEASUREMENTS);
export const SYMDIFF_CALLS = Object.keys(CALLS);

/** Times one of MEASUREMENTS on the chained Rosenbrock function of n variables (one parsed tree). */
export async function symdiff({ n, what, timing }) {
  const lib = await secondOrder();
  const { text, variables } = rosenbrock(n);
  return timePerCall(MEASUREMENTS[what](lib, lib.parse(text), variables), timing);
}

/**
 * Times one of CALLS against the hand-written Hessian, alternately in this worker (timePaired), each
 * warmed first: `{ ms, hand, ratio }`.
 */
export async function call({ n, what, timing }) {
  const lib = await secondOrder();
  const { text, variables } = rosenbrock(n);
  const f = CALLS[what](lib, lib.parse(text), variables);
  const xs = points(n);
  const arrays = xs.map((p) => [...p]);
  const ours = (i) => f(arrays[i % arrays.length]);
  const hand = handwrittenHessian(n);
  const reference = (i) => hand(xs[i % xs.length]);
  warm(ours);
  warm(reference);
  const { ours: a, reference: b, ratio, rounds } = timePaired(ours, reference, timing);
  return { ms: a.ms, hand: b.ms, ratio, rounds };
}

/** The largest difference between compileHessian and the hand-written Hessian, and the non-zeros of hessian. */
export async function agreement({ n }) {
  const lib = await secondOrder();
  const { text, variables } = rosenbrock(n);
  const tree = lib.parse(text);
  const [x] = points(n);
  const ours = lib.compileHessian(tree, variables)(...x);
  const theirs = handwrittenHessian(n)(x);
  let worst = Math.abs(ours.value - theirs.value) / Math.max(1, Math.abs(theirs.value));
  ours.hessian.forEach((h, i) => { worst = Math.max(worst, Math.abs(h - theirs.hessian[i]) / Math.max(1, Math.abs(theirs.hessian[i]))); });
  ours.gradient.forEach((g, i) => { worst = Math.max(worst, Math.abs(g - theirs.gradient[i]) / Math.max(1, Math.abs(theirs.gradient[i]))); });
  const nonzeros = lib.hessian(tree, variables).flat().filter((e) => !(e.kind === 'num' && e.value === 0)).length;
  return { worst, nonzeros };
}
