// Two builds of symdiff timed in one process, taking turns: how a change moves the small calls, free of
// the drift between runs of this shared machine (timed apart, ratios moved by up to 3x on the same code;
// README, Benchmarks). Usage, with the other build made in a worktree (`git worktree add /tmp/base HEAD~1`,
// `npm run build` there):
//   node bench/compare-builds.mjs /tmp/base/dist dist [case id…]   the corpus's derivatives (default: the slowest ratios to math.js)
//   node bench/compare-builds.mjs /tmp/base/dist dist --quality   every problem of the quality corpus
// Prints A's time, B's time and A/B (above 1: B is faster), as bench/timing.mjs's timePaired measures them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig, timingOf } from './config.mjs';
import { timePaired } from './timing.mjs';

const [dirA, dirB, ...rest] = process.argv.slice(2);
if (dirA === undefined || dirB === undefined) {
  console.error('usage: node bench/compare-builds.mjs DIST_A DIST_B [--quality | case id…]');
  process.exit(2);
}
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href);
const [A, B] = [await load(dirA), await load(dirB)];
const here = new URL('.', import.meta.url);
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
// The benchmark's own pairing (timePaired: batches taking turns, the median of the rounds' ratios), its
// full settings for the corpus's cases, short ones for the quality corpus's 900-odd problems.
const FULL = timingOf(readConfig([]));
const SHORT = { ...FULL, warmupMs: 30, batchMs: 2, batches: 4, budgetMs: 100 };

/** A's and B's time (µs) and A/B, as the benchmark pairs two calls. */
function inTurns(opA, opB, timing) {
  const { ours, reference, ratio } = timePaired(opA, opB, timing);
  return { a: ours.ms * 1000, b: reference.ms * 1000, ratio };
}

if (rest.includes('--quality')) {
  const problems = JSON.parse(readFileSync(new URL('quality/problems.json', here), 'utf8'));
  const ratios = [];
  let [sumA, sumB] = [0, 0];
  for (const p of problems) {
    const op = (L) => {
      let e;
      try {
        e = L.parse(p.input);
      } catch {
        return undefined;
      }
      const f = p.kind === 'diff' ? () => L.diff(e, p.variable, p.order) : () => (L[p.operation] ?? L.simplify)(e);
      try {
        f();
      } catch {
        return undefined;
      }
      return f;
    };
    const [fa, fb] = [op(A), op(B)];
    if (fa === undefined || fb === undefined) continue;
    const { a, b, ratio } = inTurns(fa, fb, SHORT);
    ratios.push(ratio);
    sumA += a;
    sumB += b;
  }
  console.log(`${ratios.length} problems: A/B at the median of the per-problem ratios ${median(ratios).toFixed(3)}, summed ${(sumA / sumB).toFixed(3)} (A ${(sumA / 1000).toFixed(0)} ms, B ${(sumB / 1000).toFixed(0)} ms per pass)`);
} else {
  const corpus = JSON.parse(readFileSync(new URL('corpus.json', here), 'utf8'));
  const ids = rest.length > 0 ? rest : ['sigmoid', 'prod4', 'hexpsin2', 'hexpsin4', 'hexpsin8'];
  console.log(`${'case'.padEnd(10)} ${'A µs'.padStart(9)} ${'B µs'.padStart(9)}    A/B`);
  for (const id of ids) {
    const c = corpus.find((k) => k.id === id);
    if (c === undefined) {
      console.error(`no case ${id} in bench/corpus.json`);
      process.exit(2);
    }
    const op = (L) => {
      const tree = L.parse(c.expr);
      return () => c.wrt.map((v) => L.diff(tree, v, c.order));
    };
    const { a, b, ratio } = inTurns(op(A), op(B), FULL);
    console.log(`${id.padEnd(10)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)}  ${ratio.toFixed(3)}`);
  }
}
