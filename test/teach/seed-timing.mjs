// Times derivationSteps on the lecture seed cos(x)*exp(x^2) (target: under 1 ms), and checkDerivative
// on a wrong answer to it. A script, not a test: speed goals are measured, never asserted.
// Run: npx tsc -p tsconfig.build.json && node test/teach/seed-timing.mjs

import { parse } from '../../dist/parser/parse.js';
import { derivationSteps } from '../../dist/teach/derivation-steps.js';
import { checkDerivative } from '../../dist/teach/check-derivative.js';

/** Median time of f on fresh trees (parsed untimed), so no per-tree cache (evaluation plans) helps. */
function median(f, runs) {
  for (let i = 0; i < 50; i++) f(parse('cos(x)*exp(x^2)'), parse('exp(x^2)*(cos(x) - sin(x))')); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const [seed, wrong] = [parse('cos(x)*exp(x^2)'), parse('exp(x^2)*(cos(x) - sin(x))')];
    const t = performance.now();
    f(seed, wrong);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const brief = median((seed) => derivationSteps(seed, 'x'), 2000);
const full = median((seed) => derivationSteps(seed, 'x', { detail: 'full' }), 2000);
const check = median((seed, wrong) => checkDerivative(wrong, seed, 'x'), 200);
console.log(`derivationSteps(cos(x)*exp(x^2), x): median ${(brief * 1000).toFixed(0)} µs (brief), ${(full * 1000).toFixed(0)} µs (full)`);
console.log(`checkDerivative(exp(x^2)*(cos(x) - sin(x)), seed): median ${check.toFixed(2)} ms (mistake named: chain-rule-inner-missing)`);
