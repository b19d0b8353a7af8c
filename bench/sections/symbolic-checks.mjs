// The targets of issue 3, judged per corpus case and over the corpus; value mismatches spelled out.
import { agrees } from '../agreement.mjs';
import { SYMPY_CSE_MLP64, SYMPY_RAW_SIZE } from '../anchors.mjs';
import { failure, formatFactor, formatMs, speedupFactor } from '../cells.mjs';
import { ok } from '../outcome.mjs';
import { allPass, check, verdictWithoutFigure } from '../verdict.mjs';

const SPEEDUP = 50; // times faster than math.js derivative + simplify
const LIMIT_MS = 5; // per case...
const MLP64_LIMIT_MS = 10; // ...except the 1/64/1 network, judged on one `gradient` call
const HEXPSIN8_SIZE = 70;

/**
 * Per case, each criterion as `{ pass, shown, badness }` (badness picks the case to show when all
 * pass), judged on `diff`, or on the one `gradient` call for mlp64.
 */
export function judgeCase({ c, symdiff, simplified, inTurns }) {
  const mlp64 = c.id === 'mlp64';
  const timed = mlp64 ? symdiff('gradientTime') : symdiff('diffTime');
  const peer = simplified('time');
  // The speed-up timed in turns where there is one (symbolic.mjs), else the two times taken apart.
  const apart = ok(timed) && peer?.timeout ? Infinity : speedupFactor(timed, peer); // a peer's timeout is our win
  const factor = inTurns !== undefined && ok(timed) ? 1 / inTurns : apart;
  const size = symdiff('diffSize');
  const ratio = factor === null ? missing(timed)
    : { pass: factor >= SPEEDUP, shown: factor === Infinity ? 'peer timed out' : `${formatFactor(factor)}x`, badness: -factor };
  const time = !ok(timed) ? missing(timed)
    : { pass: mlp64 ? timed.result.ms < MLP64_LIMIT_MS : timed.result.ms <= LIMIT_MS, shown: formatMs(timed.result.ms), badness: timed.result.ms };
  const sized = !ok(size) ? missing(size) : {
    pass: size.result <= SYMPY_RAW_SIZE[c.id], shown: `${size.result} vs ${SYMPY_RAW_SIZE[c.id]}`,
    badness: size.result / SYMPY_RAW_SIZE[c.id],
  };
  return { timed, ratio, time, size: sized, speed: allPass([time.pass, ratio.pass]) };
}

function missing(outcome) {
  return { pass: verdictWithoutFigure(outcome), shown: failure(outcome), badness: 0 };
}

/** The corpus-wide targets, for the section's table and the summary. */
export function symbolicChecks(results) {
  const find = (id) => results.find(({ c }) => c.id === id);
  const hexpsin8 = find('hexpsin8')?.symdiff('diffSize');
  const dag = find('mlp64')?.symdiff('dagSize');
  const compared = valueComparisons(results);
  const wrong = compared.filter((v) => !v.same).length;
  const unchecked = results.filter(({ c }) => !compared.some((v) => v.c === c)).map(({ c }) => c.id);
  const agreeing = `${compared.length - wrong}/${compared.length} agree${unchecked.length > 0 ? `; no values for ${unchecked.join(', ')}` : ''}`;
  return [
    over(`every case >= ${SPEEDUP}x faster than math.js derivative + simplify`, results, 'ratio', 'slowest'),
    over(`every case <= ${LIMIT_MS} ms (mlp64 excepted)`, results.filter(({ c }) => c.id !== 'mlp64'), 'time', 'max'),
    over(`mlp64: one gradient call < ${MLP64_LIMIT_MS} ms`, [find('mlp64')], 'time', ''),
    over('diff size <= SymPy raw on every case', results, 'size', 'tightest'),
    bound(`hexpsin8 size <= ${HEXPSIN8_SIZE}`, hexpsin8, HEXPSIN8_SIZE),
    bound(`mlp64 gradient DAG <= ${SYMPY_CSE_MLP64} distinct operators (SymPy cse)`, dag, SYMPY_CSE_MLP64),
    check('derivative values agree with math.js (1e-9 relative)',
      compared.length === 0 ? 'n/a (no symdiff values)' : agreeing,
      compared.length === 0 ? null : wrong === 0),
  ];
}

/** A count judged against an upper bound. */
function bound(target, outcome, limit) {
  return check(target, ok(outcome) ? String(outcome.result) : failure(outcome),
    ok(outcome) ? outcome.result <= limit : verdictWithoutFigure(outcome));
}

/**
 * One criterion over several cases: FAIL names the failing cases, n/a says how many were measured,
 * PASS shows the worst case (`label` says how it is worst: slowest, max, tightest).
 */
function over(target, results, criterion, label) {
  const judged = results.map((r) => ({ id: r.c.id, ...r.verdict[criterion] }));
  const failing = judged.filter((j) => j.pass === false);
  if (failing.length > 0) {
    const listed = failing.slice(0, 4).map((j) => `${j.id} (${j.shown})`).join(', ');
    return check(target, `fails ${failing.length}: ${listed}${failing.length > 4 ? ', …' : ''}`, false);
  }
  const unmeasured = judged.filter((j) => j.pass === null);
  if (unmeasured.length > 0) {
    return check(target, `${judged.length - unmeasured.length}/${judged.length} measured; ${unmeasured[0].shown}`, null);
  }
  const worst = judged.reduce((a, b) => (b.badness > a.badness ? b : a));
  return check(target, `${label} ${worst.shown} (${worst.id})`.trim(), true);
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
