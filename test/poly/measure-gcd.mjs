// Timing of the verified GCD (not a unit test: figures for the report). Run after a build:
//   npm run build && node test/poly/measure-gcd.mjs        (or SYMDIFF_DIST=/other/dist node …)
// Prints the median time per call of gcd (heuristic first) and of the primitive PRS alone.

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dist = process.env.SYMDIFF_DIST ?? new URL('../../dist', import.meta.url).pathname;
const load = (file) => import(pathToFileURL(resolve(dist, file)).href);
const { parse } = await load('index.js');
const { mul, pow } = await load('poly/arithmetic.js');
const { generous } = await load('poly/budget.js');
const { gcd } = await load('poly/gcd.js');
const { prsGcd } = await load('poly/gcd-prs.js');
const { primitive } = await load('poly/content.js');
const { fromExponents } = await load('poly/monomial.js');
const { fromTerms } = await load('poly/poly.js');
const { rational } = await load('ast/rational.js');
const { cancel } = await load('normal/rewrites.js');

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dense: every monomial with each power ≤ degree, coefficients in [-99, 99]. */
function dense(vars, degree, next) {
  const terms = [];
  const exps = new Array(vars).fill(0);
  for (;;) {
    terms.push({ monomial: fromExponents(exps), coef: rational(BigInt(Math.floor(next() * 199) - 99)) });
    let i = 0;
    while (i < vars && exps[i] === degree) exps[i++] = 0;
    if (i === vars) break;
    exps[i]++;
  }
  return fromTerms(terms);
}

function median(run, minimum = 5, budgetMs = 300) {
  const times = [];
  const start = performance.now();
  while (times.length < minimum || (performance.now() - start < budgetMs && times.length < 200)) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (t) => (t < 1 ? `${(t * 1000).toFixed(0)} µs` : `${t.toFixed(1)} ms`);

console.log('Peers\' cases, cancel (parse excluded), median:');
for (const text of ['(x^2-y^2)/(x+y)', '(x^2+4x-45)/(x^2+x-30)', '(-2x-2x^2-2)/(x+x^2+1)', '5x-2y+9', '(x+1)^2/(x+1)', '(x^2-1)/(x-1)']) {
  const e = parse(text);
  console.log(`  ${text.padEnd(26)} ${ms(median(() => cancel(e)))}`);
}

console.log('\nRandom dense polynomials: gcd(a·c, b·c), each factor dense with every power ≤ d; median:');
console.log('  variables  d(a,b)  d(c)  terms(a·c)  gcd (heuristic first)  PRS alone');
// The PRS alone is timed only where it finishes in seconds: on bivariate d = 8 it took 186 s (its
// pseudo-remainders swell in the other variables), which is why it is only the fallback.
for (const [vars, d, dc, timePrs] of [[1, 10, 5, true], [1, 30, 15, true], [1, 60, 30, true], [2, 4, 2, true], [2, 8, 4, false], [3, 2, 1, true], [3, 3, 2, false], [4, 2, 1, false]]) {
  const next = random(42 + vars * 100 + d);
  const [a, b, c] = [dense(vars, d, next), dense(vars, d, next), dense(vars, dc, next)];
  const ac = primitive(mul(a, c, generous()));
  const bc = primitive(mul(b, c, generous()));
  const fast = median(() => gcd(ac, bc, generous()));
  const prs = timePrs ? median(() => prsGcd(ac, bc, generous()), 1, 2000) : undefined;
  console.log(`  ${String(vars).padStart(9)}  ${String(d).padStart(6)}  ${String(dc).padStart(4)}  ${String(ac.length).padStart(10)}  ${ms(fast).padStart(21)}  ${(prs === undefined ? '—' : ms(prs)).padStart(9)}`);
}
