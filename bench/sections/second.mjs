// Section "second": second order on the chained Rosenbrock function Σ 100(x_{i+1} - x_i²)² + (1 - x_i)²:
// symbolic hessian and compileHessian (time to build), one compiled evaluation against a hand-written
// dense-output Hessian, and hessian at n = 100 against SymPy's (timed once, second-sympy.json).
import { readFileSync } from 'node:fs';
import { failure, formatFactor, formatMs, speedup, speedupFactor, timeCell } from '../cells.mjs';
import { ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { check, checksTable, verdictWithoutFigure } from '../verdict.mjs';
import { SYMDIFF_CALLS, SYMDIFF_MEASUREMENTS } from './second-tasks.mjs';

export const title = 'Second order: the chained Rosenbrock Hessian';
const TASKS = new URL('./second-tasks.mjs', import.meta.url);
const SIZES = [100, 1000];
const TARGETS = { buildMs: 100, evaluation: 2, sympy: 100 };
/** SymPy 1.14's hessian at n = 100, timed once by scripts/reference/sympy-hessian.py. */
const SYMPY = JSON.parse(readFileSync(new URL('./second-sympy.json', import.meta.url), 'utf8'));

export async function run({ run: runTask, progress }) {
  const rows = [];
  for (const n of SIZES) {
    progress(`second n = ${n}`);
    const times = {};
    for (const what of SYMDIFF_MEASUREMENTS) times[what] = await runTask('symdiff', TASKS, 'symdiff', { n, what });
    for (const what of SYMDIFF_CALLS) times[what] = await runTask('symdiff', TASKS, 'call', { n, what });
    // The hand-written Hessian as timed beside the evaluation (second-tasks.mjs, call).
    const hand = ok(times.evaluation) ? { result: { ms: times.evaluation.result.hand } } : times.evaluation;
    const agreement = await runTask('symdiff', TASKS, 'agreement', { n });
    rows.push({ n, times, hand, agreement, sympy: n === SYMPY.n ? { result: { ms: SYMPY.ms } } : null });
  }
  const checks = rows.flatMap(secondChecks);
  const notes = `SymPy ${SYMPY.sympy} (Python ${SYMPY.python}): \`${SYMPY.command}\`, best of ${SYMPY.seconds.length} runs, ` +
    'committed as bench/sections/second-sympy.json. "together" is hessian + compileHessian, each from the same parsed tree. ' +
    'The evaluation is timed after V8 has optimized the generated code (second-tasks.mjs, warm), with the point in an ' +
    'array as the hand-written Hessian takes it (`fromArray`); the positional call spreads n arguments into the call. ' +
    'Each call is timed against the hand-written Hessian in the same worker, batches of the two taking turns (timePaired ' +
    'in bench/timing.mjs); "vs hand" is the median of the rounds\' ratios, and "hand-written" the time beside the evaluation.';
  return { text: [table(rows), notes, checksTable(checks)].join('\n\n'), checks };
}

/** A call's time over the hand-written Hessian's, measured in turns (second-tasks.mjs, call). */
function pairedRatio(outcome) {
  return ok(outcome) ? outcome.result.ratio : null;
}

function sum(a, b) {
  return ok(a) && ok(b) ? { result: { ms: a.result.ms + b.result.ms } } : ok(a) ? b : a;
}

function table(rows) {
  return markdownTable(['n', 'hessian', 'compileHessian', 'together', 'one evaluation (fromArray)', 'hand-written', 'vs hand',
    'positional call f(x1, …)', 'vs hand', 'SymPy hessian', 'speed-up'], rows.map(({ n, times, hand, sympy }) => {
    const ratio = pairedRatio(times.evaluation);
    const positional = pairedRatio(times.positional);
    return [String(n), timeCell(times.hessian), timeCell(times.compileHessian), timeCell(sum(times.hessian, times.compileHessian)),
      timeCell(times.evaluation), timeCell(hand), ratio === null ? '–' : `${formatFactor(ratio)}x`,
      timeCell(times.positional), positional === null ? '–' : `${formatFactor(positional)}x`,
      sympy ? formatMs(sympy.result.ms) : '', sympy ? speedup(times.hessian, sympy) : ''];
  }));
}

function secondChecks({ n, times, agreement, sympy }) {
  const checks = [];
  if (n === 1000) {
    const together = sum(times.hessian, times.compileHessian);
    checks.push(check(`n = 1,000: hessian + compileHessian <= ${TARGETS.buildMs} ms`,
      ok(together) ? formatMs(together.result.ms) : failure(together),
      ok(together) ? together.result.ms <= TARGETS.buildMs : verdictWithoutFigure(together)));
    const ratio = pairedRatio(times.evaluation);
    checks.push(check(`n = 1,000: one compiled Hessian evaluation <= ${TARGETS.evaluation}x hand-written dense output`,
      ratio === null ? failure(times.evaluation) : `${formatFactor(ratio)}x`, ratio === null ? verdictWithoutFigure(times.evaluation) : ratio <= TARGETS.evaluation));
  }
  if (sympy) {
    const factor = speedupFactor(times.hessian, sympy);
    checks.push(check(`n = ${n}: hessian >= ${TARGETS.sympy}x faster than SymPy`,
      factor === null ? failure(times.hessian) : `${formatFactor(factor)}x`, factor === null ? verdictWithoutFigure(times.hessian) : factor >= TARGETS.sympy));
  }
  const found = ok(agreement) ? agreement.result : null;
  checks.push(check(`n = ${n}: compileHessian equals the hand-written Hessian (1e-12), hessian has 3n - 2 non-zeros`,
    found ? `worst ${found.worst.toExponential(1)}, ${found.nonzeros} non-zeros` : failure(agreement),
    found ? found.worst <= 1e-12 && found.nonzeros === 3 * n - 2 : verdictWithoutFigure(agreement)));
  return checks;
}
