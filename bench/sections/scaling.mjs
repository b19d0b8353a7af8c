// Section "scaling": issue 10's cost cliffs. Chains built with the builders (text that deep is a
// ParseError past MAX_NESTING) differentiated or simplified at depth 100 and 1,000, which must grow
// linearly; a high-order derivative of a nest of sines; a 100,000-deep tree through diff and simplify.
// Peer figures are the ones the issue quotes (SymEngine, Symbolics.jl on sin(sin(sin(sin(x)))) order 10).
import { formatMs, timeCell } from '../cells.mjs';
import { ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { timedCall, timePaired, timePerCall } from '../timing.mjs';
import { allPass, check, checksTable, verdictWithoutFigure } from '../verdict.mjs';

export const title = 'Scaling: deep chains, a high-order derivative and a 100,000-deep tree';

const CHAIN_LIMIT_MS = 100; // at depth 1,000
const GROWTH_LIMIT = 15; // time at depth 1,000 / time at depth 100
const DEEP_LIMIT_MS = 1000;
const HIGH_ORDER_LIMIT_MS = 10;

/** Each chain: how one level wraps the one below, and what is timed on the whole. */
const CHAINS = [
  { id: 'tanh', what: '`diff` of tanh(tanh(…x) + x) + x', level: (b, e) => b.add(b.tanh(e), b.variable('x')), op: 'diff' },
  { id: 'square', what: '`simplify` of ((…x)^2 + x)^2 + x', level: (b, e) => b.add(b.pow(e, 2), b.variable('x')), op: 'simplify' },
  { id: 'square-diff', what: '`diff` of ((…x)^2 + x)^2 + x', level: (b, e) => b.add(b.pow(e, 2), b.variable('x')), op: 'diff' },
  { id: 'log', what: '`gradient` of log(y, log(y, … x + 2) + 2)', level: (b, e) => b.log(b.variable('y'), b.add(e, 2)), op: 'gradient' },
];

/** The 100,000-deep tree of the issue: tanh, `e + y*x` and `0.5*e` in turn. */
const MIXED = (b, e, i) => [b.tanh(e), b.add(e, b.mul(b.variable('y'), b.variable('x'))), b.mul(0.5, e)][i % 3];

function build(b, level, depth) {
  let e = b.variable('x');
  for (let i = 0; i < depth; i++) e = level(b, e, i);
  return e;
}

function operation(lib, op) {
  return { diff: (e) => lib.diff(e, 'x'), simplify: (e) => lib.simplify(e), gradient: (e) => lib.gradient(e) }[op];
}

// Worker side: one task per chain, its two depths timed in turns (timePaired), so that the growth,
// a ratio of two timings, is not a ratio of two moments of the machine: timed in two tasks one after
// the other, the log chain's growth moved from 11x to 19x between runs of the same code.
export async function growth({ id, timing }) {
  const lib = await import('../../dist/index.js');
  const c = CHAINS.find((k) => k.id === id);
  const run = operation(lib, c.op);
  const [shallow, deep] = [100, 1000].map((depth) => build(lib, c.level, depth));
  const { ours, reference, ratio } = timePaired(() => run(deep), () => run(shallow), timing);
  return { ms100: reference.ms, ms1000: ours.ms, growth: ratio };
}

export async function highOrder({ order, timing }) {
  const lib = await import('../../dist/index.js');
  const tree = lib.parse('sin(sin(sin(sin(x))))');
  const op = () => lib.diff(tree, 'x', order);
  const first = timedCall(op); // its result is measured too, and the timing need not make it again
  return { ...timePerCall(op, timing, first.ms), dag: lib.dagSize(first.value) };
}

export async function deep({ op, timing }) {
  const lib = await import('../../dist/index.js');
  const tree = build(lib, MIXED, 100_000);
  const run = operation(lib, op);
  return { ...timePerCall(() => run(tree), timing), depth: 100_000 };
}

export async function run({ run: runTask, progress }) {
  const self = new URL(import.meta.url);
  const rows = [];
  const checks = [];
  for (const c of CHAINS) {
    const outcome = await runTask('symdiff', self, 'growth', { id: c.id });
    progress(`scaling: ${c.id}`);
    const at = (depth) => (ok(outcome) ? { result: { ms: outcome.result[`ms${depth}`] } } : outcome);
    const growth = ok(outcome) ? outcome.result.growth : null;
    rows.push([c.what, timeCell(at(100)), timeCell(at(1000)), growth === null ? '–' : `${growth.toFixed(1)}x`]);
    checks.push(check(`${c.id} chain: depth 1,000 < ${CHAIN_LIMIT_MS} ms and <= ${GROWTH_LIMIT}x depth 100`,
      growth === null ? timeCell(outcome) : `${timeCell(at(1000))}, ${growth.toFixed(1)}x`,
      growth === null ? verdictWithoutFigure(outcome) : allPass([outcome.result.ms1000 < CHAIN_LIMIT_MS, growth <= GROWTH_LIMIT])));
  }
  const chains = markdownTable(['chain', 'depth 100', 'depth 1,000', 'growth'], rows);

  const order = await runTask('symdiff', self, 'highOrder', { order: 10 });
  progress('scaling: sin(sin(sin(sin(x)))) order 10');
  checks.push(check(`diff(sin(sin(sin(sin(x)))), x, 10) <= ${HIGH_ORDER_LIMIT_MS} ms (SymEngine 8.5 ms, Symbolics.jl 295 ms)`,
    ok(order) ? `${timeCell(order)}, ${order.result.dag.toLocaleString('en-US')} distinct nodes` : timeCell(order),
    ok(order) ? order.result.ms <= HIGH_ORDER_LIMIT_MS : verdictWithoutFigure(order)));

  const deepRows = [];
  for (const op of ['diff', 'simplify']) {
    const outcome = await runTask('symdiff', self, 'deep', { op });
    progress(`scaling: 100,000-deep ${op}`);
    deepRows.push([`\`${op}\``, timeCell(outcome)]);
    checks.push(check(`100,000-deep mixed tree: ${op} < ${formatMs(DEEP_LIMIT_MS)}`, timeCell(outcome),
      ok(outcome) ? outcome.result.ms < DEEP_LIMIT_MS : verdictWithoutFigure(outcome)));
  }
  const deepTable = markdownTable(['100,000-deep tree (tanh, e + y*x, 0.5*e in turn)', 'time'], deepRows);
  const note = 'Trees built with the builders. Times are warm medians of one task each; a chain\'s two depths are ' +
    'timed in one task in turns (timePaired), the growth the median of the rounds\' ratios; a call over the ' +
    'time budget is timed once or twice, cold. sin(sin(sin(sin(x)))) order 10: the issue quotes SymEngine ' +
    '(symengine/symengine#1973) at 8.5 ms and Symbolics.jl at 295 ms.';
  return { text: `${chains}\n\n${deepTable}\n\n${note}\n\n${checksTable(checks)}`, checks };
}
