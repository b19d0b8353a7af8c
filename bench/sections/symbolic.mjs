// Section "symbolic": every corpus case through symdiff `diff`/`gradient`/`differentiate` and math.js
// `derivative` (raw and simplified): time, printed size, values; targets judged in symbolic-checks.
import { MATHJS_SIMPLIFIED_MS, SYMPY_CSE_MLP64, SYMPY_RAW_SIZE } from '../anchors.mjs';
import { countCell, formatMs, timeCell } from '../cells.mjs';
import { CORPUS } from '../corpus.mjs';
import { ok, part } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { checksTable, verdictText } from '../verdict.mjs';
import { judgeCase, symbolicChecks, valueMismatches } from './symbolic-checks.mjs';

export const title = 'Symbolic: derivatives of the corpus (symdiff vs math.js, sizes vs SymPy)';
const TASKS = new URL('./symbolic-tasks.mjs', import.meta.url);
/**
 * math.js derivative + simplify times under which the speed-up is timed again, symdiff and math.js
 * in turns in one worker (timePaired): a ratio of two timings taken apart moves with the machine's
 * load (prod4: 44.6x to 67.4x between runs of the same code); slower peers are far from the target.
 */
const IN_TURNS_UNDER_MS = 1000;

export async function run({ run: runTask, progress }) {
  const results = [];
  for (const c of CORPUS) {
    const t0 = performance.now();
    const symdiff = await runTask('symdiff', TASKS, 'symdiff', { c });
    const t1 = performance.now();
    const raw = await runTask('mathjs', TASKS, 'mathjsRaw', { c });
    const t2 = performance.now();
    const simplified = await runTask('mathjs-simplify', TASKS, 'mathjsSimplified', { c });
    progress(`symbolic ${c.id}: symdiff ${seconds(t1 - t0)}, math.js raw ${seconds(t2 - t1)}, simplified ${seconds(performance.now() - t2)}`);
    // The ratio the target reads, timed in turns where math.js is quick enough for that to matter and to fit.
    const peer = part(simplified, 'time');
    const turns = ok(peer) && peer.result.ms < IN_TURNS_UNDER_MS ? await runTask('mathjs-simplify', TASKS, 'inTurns', { c }) : undefined;
    const r = {
      c, symdiff: (key) => part(symdiff, key), raw: (key) => part(raw, key), simplified: (key) => part(simplified, key),
      inTurns: turns !== undefined && ok(turns) ? turns.result.ratio : undefined,
    };
    results.push({ ...r, verdict: judgeCase(r) });
  }
  const checks = symbolicChecks(results);
  const mismatches = valueMismatches(results);
  const text = [
    '### Time', timeTable(results),
    '### Output size (operator tokens of the printed result, summed over partials)', sizeTable(results),
    '### Gradients as a shared DAG (distinct operators)', dagTable(results),
    '### Values at the corpus points (symdiff vs math.js raw derivative, 1e-9 relative)',
    mismatches.length === 0 ? 'No mismatch among the values compared.' : mismatches.join('\n'),
    '### Targets', checksTable(checks),
  ];
  return { text: text.join('\n\n'), checks };
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function shape(c) {
  return c.wrt.length > 1 ? `${c.wrt.length} partials` : c.order > 1 ? `order ${c.order}` : `d/d${c.wrt[0]}`;
}

function timeTable(results) {
  const rows = results.map(({ c, symdiff, raw, simplified, verdict }) => [
    c.id, shape(c), timeCell(symdiff('diffTime')), timeCell(symdiff('gradientTime')),
    timeCell(raw('time')), timeCell(simplified('time')), anchorCell(c.id), verdict.ratio.shown,
    verdictText(verdict.speed),
  ]);
  return markdownTable(['case', 'what', 'symdiff diff', 'symdiff gradient', 'math.js derivative (raw)',
    'math.js derivative + simplify', '(ANCHORS.md)', 'symdiff vs math.js + simplify (in turns)', 'speed target'], rows, { left: 2 });
}

/** ANCHORS.md's math.js derivative + simplify time, where it gives one, to compare machines. */
function anchorCell(id) {
  if (!(id in MATHJS_SIMPLIFIED_MS)) return '';
  const ms = MATHJS_SIMPLIFIED_MS[id];
  return ms === null ? '>20 s' : formatMs(ms);
}

function sizeTable(results) {
  const rows = results.map(({ c, symdiff, raw, simplified, verdict }) => [
    c.id, countCell(symdiff('rawSize')), countCell(symdiff('diffSize')), countCell(raw('size')),
    countCell(simplified('size')), SYMPY_RAW_SIZE[c.id].toLocaleString('en-US'), verdictText(verdict.size.pass),
  ]);
  return markdownTable(['case', 'symdiff differentiate (raw)', 'symdiff diff', 'math.js raw', 'math.js simplified',
    'SymPy raw (ANCHORS.md)', 'diff <= SymPy raw'], rows);
}

function dagTable(results) {
  const rows = results.filter(({ c }) => c.wrt.length > 1).map(({ c, symdiff, raw }) => [
    c.id, String(c.wrt.length), countCell(symdiff('dagSize')), countCell(symdiff('diffSize')), countCell(raw('size')),
    c.id === 'mlp64' ? `${SYMPY_CSE_MLP64} (cse)` : '–',
  ]);
  return markdownTable(['case', 'partials', 'symdiff gradient, distinct operators', 'symdiff diff, unshared',
    'math.js raw, unshared', 'SymPy (ANCHORS.md)'], rows);
}
