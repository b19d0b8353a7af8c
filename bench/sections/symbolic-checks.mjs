// The targets of issue 3, judged per corpus case and over the corpus; value mismatches spelled out.
import { agrees } from '../agreement.mjs';
import { failure, formatFactor, formatMs, speedupFactor } from '../cells.mjs';
import { SYMPY_CSE_MLP64, SYMPY_RAW_SIZE } from '../anchors.mjs';
import { ok } from '../outcome.mjs';
import { allPass, check, verdictWithoutFigure } from '../verdict.mjs';

const SPEEDUP = 50; // times faster than math.js derivative + simplify
const LIMIT_MS = 5; // per case...
const MLP64_LIMIT_MS = 10; // ...except the 1/64/1 network, judged on one `gradient` call
const HEXPSIN8_SIZE = 70;

/** Per case: the time judged (`diff`, or `gradient` for mlp64) and the speed and size verdicts. */
export function judgeCase({ c, symdiff, simplified }) {
  const mlp64 = c.id === 'mlp64';
  const timed = mlp64 ? symdiff('gradientTime') : symdiff('diffTime');
  const peer = simplified('time');
  const factor = ok(timed) && peer?.timeout ? Infinity : speedupFactor(timed, peer); // a peer's timeout is our win
  const ms = ok(timed) ? timed.result.ms : null;
  const timePass = ms === null ? verdictWithoutFigure(timed) : mlp64 ? ms < MLP64_LIMIT_MS : ms <= LIMIT_MS;
  const ratioPass = factor === null ? verdictWithoutFigure(timed) : factor >= SPEEDUP;
  const size = symdiff('diffSize');
  const sizePass = ok(size) ? size.result <= SYMPY_RAW_SIZE[c.id] : verdictWithoutFigure(size);
  return { timed, ms, factor, timePass, ratioPass, speed: allPass([timePass, ratioPass]), size: sizePass };
}

/** The corpus-wide targets, for the section's table and the summary. */
export function symbolicChecks(results) {
  const others = results.filter(({ c }) => c.id !== 'mlp64');
  const find = (id) => results.find(({ c }) => c.id === id);
  const mlp64 = find('mlp64');
  const hexpsin8 = find('hexpsin8')?.symdiff('diffSize');
  const dag = mlp64?.symdiff('dagSize');
  const compared = valueComparisons(results);
  const wrong = compared.filter((v) => !v.same).length;
  return [
    over(`every case >= ${SPEEDUP}x faster than math.js derivative + simplify`, results, (r) => r.verdict.ratioPass,
      (r) => `${r.verdict.factor === Infinity ? 'peer timed out' : `${formatFactor(r.verdict.factor)}x`}`, 'slowest'),
    over(`every case <= ${LIMIT_MS} ms (mlp64 excepted)`, others, (r) => r.verdict.timePass, (r) => formatMs(r.verdict.ms), 'max'),
    over(`mlp64: one gradient call < ${MLP64_LIMIT_MS} ms`, [mlp64], (r) => r.verdict.timePass, (r) => formatMs(r.verdict.ms)),
    over('diff size <= SymPy raw on every case', results, (r) => r.verdict.size,
      (r) => `${r.symdiff('diffSize').result} vs ${SYMPY_RAW_SIZE[r.c.id]}`, 'tightest'),
    check(`hexpsin8 size <= ${HEXPSIN8_SIZE}`, ok(hexpsin8) ? String(hexpsin8.result) : failure(hexpsin8),
      ok(hexpsin8) ? hexpsin8.result <= HEXPSIN8_SIZE : verdictWithoutFigure(hexpsin8)),
    check(`mlp64 gradient DAG <= ${SYMPY_CSE_MLP64} distinct operators (SymPy cse)`, ok(dag) ? String(dag.result) : failure(dag),
      ok(dag) ? dag.result <= SYMPY_CSE_MLP64 : verdictWithoutFigure(dag)),
    check('derivative values agree with math.js (1e-9 relative)',
      compared.length === 0 ? 'n/a (no symdiff values)' : `${compared.length - wrong}/${compared.length} agree`,
      compared.length === 0 ? null : wrong === 0),
  ];
}

/**
 * One target over several cases: FAIL names the failing cases, PASS shows the worst case
 * (`worst` picks it: 'slowest' ratio, 'max' time or 'tightest' size), n/a counts what is missing.
 */
function over(target, results, passOf, describe, worst = null) {
  const judged = results.map((r) => ({ r, pass: passOf(r) }));
  const failing = judged.filter((j) => j.pass === false);
  const verdict = allPass(judged.map((j) => j.pass));
  if (failing.length > 0) {
    const listed = failing.slice(0, 4).map((j) => `${j.r.c.id} (${ok(j.r.verdict.timed) || j.r.symdiff('diffSize') ? safe(describe, j.r) : 'failed'})`);
    return check(target, `fails ${failing.length}: ${listed.join(', ')}${failing.length > 4 ? ', …' : ''}`, false);
  }
  if (verdict === null) {
    const missing = judged.find((j) => j.pass === null);
    return check(target, `${judged.length - judged.filter((j) => j.pass === null).length}/${judged.length} measured; ${failure(missing.r.verdict.timed ?? missing.r.symdiff('diffSize'))}`, null);
  }
  const shown = worst === null ? judged[0] : judged.reduce((a, b) => (worse(worst, b.r, a.r) ? b : a));
  return check(target, `${worst ?? ''} ${safe(describe, shown.r)} (${shown.r.c.id})`.trim(), true);
}

function worse(kind, a, b) {
  if (kind === 'slowest') return a.verdict.factor < b.verdict.factor;
  if (kind === 'max') return a.verdict.ms > b.verdict.ms;
  return a.symdiff('diffSize').result / SYMPY_RAW_SIZE[a.c.id] > b.symdiff('diffSize').result / SYMPY_RAW_SIZE[b.c.id];
}

function safe(describe, r) {
  try {
    return describe(r);
  } catch {
    return 'no figure';
  }
}

/** Every (symdiff value, math.js raw value) pair compared, with where it came from. */
function valueComparisons(results) {
  return results.flatMap(({ c, symdiff, raw }) => {
    const theirs = raw('values');
    if (!ok(theirs)) return [];
    return ['diffValues', 'rawValues'].flatMap((which) => {
      const ours = symdiff(which);
      if (!ok(ours)) return [];
      return ours.result.map((value, i) => ({ c, which, i, ours: value, theirs: theirs.result[i], same: agrees(value, theirs.result[i]) }));
    });
  });
}

/** Loud lines, one per disagreeing value: the case, the partial, the point, both numbers. */
export function valueMismatches(results) {
  return valueComparisons(results).filter((v) => !v.same).map(({ c, which, i, ours, theirs }) => {
    const point = c.points[Math.floor(i / c.wrt.length)];
    const fn = which === 'diffValues' ? 'diff' : 'differentiate';
    return `**VALUE MISMATCH** ${c.id}: symdiff ${fn} d/d${c.wrt[i % c.wrt.length]} (order ${c.order}) at ` +
      `${JSON.stringify(point)} = ${ours}, math.js = ${theirs}`;
  });
}
