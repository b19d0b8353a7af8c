// The quality section's statistics: size ratios to the published answer, their median, 90th
// percentile and shares, and the targets of issue 10 judged on them.
import { formatMs } from '../cells.mjs';
import { check } from '../verdict.mjs';

/**
 * Size of a result relative to the published answer, both in operator tokens plus one (the node at the
 * top), so that a published `x` or `2` (0 operators) still divides: the order of two sizes is unchanged.
 */
export const sizeRatio = (size, published) => (size + 1) / (published + 1);

/** The p-th percentile (0..100) by nearest rank; null for no values. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);
export const share = (values, test) => (values.length === 0 ? null : values.filter(test).length / values.length);

const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);
const fixed = (x) => (x === null ? '–' : x.toFixed(2));
const ms = (x) => (x === null ? '–' : formatMs(x));

/** One library's row: values agreeing, ratio figures over the problems it answered, its times. */
export function libraryRow(name, rows) {
  const answered = rows.filter((r) => r.size !== null);
  const ratios = answered.map((r) => sizeRatio(r.size, r.published));
  const times = rows.filter((r) => r.ms !== null).map((r) => r.ms);
  return {
    name, answered: answered.length, total: rows.length,
    agree: rows.filter((r) => r.agrees === true).length,
    disagree: rows.filter((r) => r.agrees === false).length,
    median: median(ratios), p90: percentile(ratios, 90),
    within1: share(ratios, (x) => x <= 1.0), within15: share(ratios, (x) => x <= 1.5),
    timeMedian: median(times), timeP99: percentile(times, 99),
  };
}

export function libraryCells(row, timeNote) {
  return [row.name, `${row.answered} / ${row.total}`, `${row.agree} (${row.disagree} disagree)`, fixed(row.median),
    fixed(row.p90), pct(row.within1), pct(row.within15), ms(row.timeMedian), ms(row.timeP99), timeNote];
}

/** The targets of issue 10 on the quality corpus. */
export function qualityChecks(ours, versusSympy) {
  const noLarger = share(versusSympy, ({ ours: a, sympy: b }) => a <= b);
  return [
    check('our values agree with the published answer on every problem', `${ours.agree} agree, ${ours.disagree} disagree, ${ours.total - ours.agree - ours.disagree} unchecked`,
      ours.disagree === 0 && ours.agree > 0),
    check('no larger than SymPy simplify on >= 90% of problems', `${pct(noLarger)} of ${versusSympy.length}`, noLarger === null ? null : noLarger >= 0.9),
    check('median size ratio to the published answer <= 1.0', fixed(ours.median), ours.median === null ? null : ours.median <= 1.0),
    check('share of ratios <= 1.5 at least 85%', pct(ours.within15), ours.within15 === null ? null : ours.within15 >= 0.85),
    check('median time per problem <= 0.1 ms', ms(ours.timeMedian), ours.timeMedian === null ? null : ours.timeMedian <= 0.1),
    check('99th percentile time <= 5 ms', ms(ours.timeP99), ours.timeP99 === null ? null : ours.timeP99 <= 5),
  ];
}
