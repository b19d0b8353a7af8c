// Section "ad": reverse mode on the 1/k/1 networks against a hand-written gradient, one compiled
// value and a finite-difference gradient, as the number of variables d grows.
import { HANDWRITTEN_GRADIENT_MS } from '../anchors.mjs';
import { agrees } from '../agreement.mjs';
import { failure, formatFactor, formatMs, timeCell, timeRatio } from '../cells.mjs';
import { network } from '../corpus.mjs';
import { field, ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { allPass, check, checksTable, verdictWithoutFigure } from '../verdict.mjs';
import { SYMDIFF_MEASUREMENTS } from './ad-tasks.mjs';

export const title = 'Automatic differentiation: gradients of the 1/k/1 tanh network';
const TASKS = new URL('./ad-tasks.mjs', import.meta.url);
const WIDTHS = [2, 16, 64, 256];
const JUDGED = [2, 16, 64]; // the widths the hand-written comparisons are judged on
const TARGETS = { compileGradient: 1.5, valueAndGrad: 10, perValue: 4 };
const GRADIENTS = ['compileGradient', 'valueAndGrad']; // the functions whose gradients are checked
/**
 * The ratios the targets read, each timed in turns in one worker (timePaired in bench/timing.mjs):
 * timed apart, a ratio of two calls of a few hundred nanoseconds moves with the machine's load.
 */
const PAIRS = [['compileGradient', 'hand'], ['valueAndGrad', 'hand'], ['compileGradient', 'value']];

export async function run({ run: runTask, progress }) {
  const rows = [];
  for (const k of WIDTHS) {
    progress(`ad 1/${k}/1`);
    const times = {};
    for (const what of SYMDIFF_MEASUREMENTS) times[what] = await runTask('symdiff', TASKS, 'symdiff', { k, what });
    const gradients = await runTask('symdiff', TASKS, 'symdiffGradients', { k });
    const js = await runTask('js', TASKS, 'js', { k });
    const turns = {};
    for (const [ours, reference] of PAIRS) turns[`${ours}/${reference}`] = await runTask('symdiff', TASKS, 'inTurns', { k, ours, reference });
    rows.push({
      k, d: network(k).variables.length, time: (what) => times[what],
      gradient: (what) => field(gradients, what), hand: (key) => field(js, key),
      turns: (ours, reference) => turns[`${ours}/${reference}`],
    });
  }
  const checks = adChecks(rows);
  const notes = 'valueAndGrad reuses the tape symdiff keeps per tree; "from text" parses a new tree every call. ' +
    'Finite differences: forward, d+1 calls of the compiled function. The "vs hand" and "compileGradient / value" ' +
    'ratios are timed apart from the other columns, the two calls in turns in one worker (timePaired), the median of ' +
    'the rounds\' ratios.';
  return { text: [timeTable(rows), notes, ...mismatches(rows), checksTable(checks)].join('\n\n'), checks };
}

/** `a / b` for two `{ ms }` outcomes, printed `1.3x` (`–` without both figures). */
function ratio(a, b) {
  return printed(timeRatio(a, b));
}

function printed(factor) {
  return factor === null ? '–' : `${formatFactor(factor)}x`;
}

/** The ratio timed in turns (inTurns), or null. */
function inTurns(outcome) {
  return ok(outcome) ? outcome.result.ratio : null;
}

function timeTable(rows) {
  return markdownTable(['network', 'd', 'hand-written gradient', '(ANCHORS.md)', 'compileGradient', 'vs hand',
    'valueAndGrad', 'vs hand', 'valueAndGrad from text', 'compile: one value', 'compileGradient / value',
    'finite differences (d+1 values)', 'FD / compileGradient'], rows.map(({ k, d, time, hand, turns }) => [
    `1/${k}/1`, String(d), timeCell(hand('gradient')), k in HANDWRITTEN_GRADIENT_MS ? formatMs(HANDWRITTEN_GRADIENT_MS[k]) : '',
    timeCell(time('compileGradient')), printed(inTurns(turns('compileGradient', 'hand'))),
    timeCell(time('valueAndGrad')), printed(inTurns(turns('valueAndGrad', 'hand'))), timeCell(time('valueAndGradFromText')),
    timeCell(time('value')), printed(inTurns(turns('compileGradient', 'value'))),
    timeCell(time('finiteDifferences')), ratio(time('finiteDifferences'), time('compileGradient')),
  ]));
}

/** `ours / reference`, timed in turns (PAIRS), judged against `limit` at every row. */
function judged(target, rows, ours, reference, limit) {
  const factors = rows.map((r) => ({ k: r.k, factor: inTurns(r.turns(ours, reference)), outcome: r.turns(ours, reference) }));
  // No factor: n/a if ours is a stub or only the reference is missing, FAIL if ours timed out or broke.
  const passes = factors.map((f) => (f.factor !== null ? f.factor <= limit : ok(f.outcome) ? null : verdictWithoutFigure(f.outcome)));
  const measured = factors.every((f) => f.factor === null) ? failure(factors[0].outcome)
    : factors.map((f) => `${f.k}: ${f.factor === null ? failure(f.outcome) : `${formatFactor(f.factor)}x`}`).join(', ');
  return check(target, measured, allPass(passes));
}

function adChecks(rows) {
  const small = rows.filter((r) => JUDGED.includes(r.k));
  const ks = (list) => `k = ${list.map((r) => r.k).join(', ')}`;
  return [
    judged(`compileGradient within ${TARGETS.compileGradient}x of hand-written (${ks(small)})`, small,
      'compileGradient', 'hand', TARGETS.compileGradient),
    judged(`valueAndGrad (parsed tree) within ${TARGETS.valueAndGrad}x of hand-written (${ks(small)})`, small,
      'valueAndGrad', 'hand', TARGETS.valueAndGrad),
    judged(`compileGradient <= ${TARGETS.perValue}x one compiled value (${ks(rows)})`, rows,
      'compileGradient', 'value', TARGETS.perValue),
    valueCheck(rows),
  ];
}

/** symdiff's gradients at the first point must equal the hand-written one. */
function valueCheck(rows) {
  const target = 'gradients agree with the hand-written one (1e-9)';
  const compared = rows.flatMap(({ gradient }) => GRADIENTS.filter((what) => ok(gradient(what))));
  if (compared.length === 0) return check(target, failure(rows[0].gradient(GRADIENTS[0])), null);
  const bad = mismatches(rows);
  return check(target, bad.length === 0 ? `${compared.length} gradients agree` : `${bad.length} mismatches`, bad.length === 0);
}

/** Loud lines for the first few partials (per network and function) that disagree. */
function mismatches(rows) {
  return rows.flatMap(({ k, gradient, hand }) => {
    const reference = hand('firstGradient');
    if (!ok(reference)) return [];
    return GRADIENTS.flatMap((what) => {
      const got = gradient(what);
      if (!ok(got)) return [];
      return Object.entries(reference.result).filter(([v, want]) => !agrees(got.result[v], want)).slice(0, 3)
        .map(([v, want]) => `**VALUE MISMATCH** 1/${k}/1 ${what} d/d${v} = ${got.result[v]}, hand-written ${want}`);
    });
  });
}
