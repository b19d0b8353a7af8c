// Section "taylor": Taylor polynomials of order 20 at 0 by Taylor-mode arithmetic, timed and checked
// coefficient by coefficient against SymPy's series(f, x, 0, 21), whose time per case was recorded
// once with scripts/reference/taylor.py (SymPy 1.14) in test/data/taylor-sympy.json.
import { readFileSync } from 'node:fs';
import { formatMs, timeCell } from '../cells.mjs';
import { attempt, ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { timePerCall } from '../timing.mjs';
import { allPass, check, checksTable, verdictWithoutFigure } from '../verdict.mjs';

export const title = 'Taylor: order 20 at 0, against SymPy series';
const TARGET_MS = 5;
const reference = JSON.parse(readFileSync(new URL('../../test/data/taylor-sympy.json', import.meta.url), 'utf8'));

// Worker side. The coefficients come from the module itself (the package root exports taylor, not
// the coefficients), compared here as exact fractions "p/q", SymPy's form.
export async function symdiff({ expr, at, order, timing }) {
  const { parse } = await import('../../dist/parser/parse.js');
  const { taylor, taylorCoefficients } = await import('../../dist/series/taylor.js');
  const tree = parse(expr);
  return {
    time: attempt(() => timePerCall(() => taylor(tree, 'x', at, order), timing)),
    coefficients: attempt(() => taylorCoefficients(tree, 'x', at, order).map(fraction)),
  };
}

function fraction(c) {
  return c.kind === 'num' && c.exact !== null ? `${c.exact.num}/${c.exact.den}` : `not a rational: ${c.kind}`;
}

export async function run({ run: runTask }) {
  const rows = [];
  const checks = [];
  for (const c of reference.cases) {
    const outcome = await runTask('symdiff', new URL(import.meta.url), 'symdiff', { expr: c.expr, at: c.at, order: c.order });
    const time = ok(outcome) ? outcome.result.time : outcome;
    const coefficients = ok(outcome) ? outcome.result.coefficients : outcome;
    const same = ok(coefficients) ? sameCoefficients(coefficients.result, c.coefficients) : null;
    // A case whose series() passed the script's timeout has a lower bound: `>600 s`, `>1,000x`.
    const bound = c.sympySeconds === undefined ? '>' : '';
    const sympyMs = (c.sympySeconds ?? c.sympyTimeoutSeconds) * 1000;
    const factor = ok(time) ? sympyMs / time.result.ms : null;
    rows.push([`\`${c.expr}\``, timeCell(time), `${bound}${formatMs(sympyMs)}`,
      factor === null ? '–' : `${bound}${Math.round(factor).toLocaleString('en-US')}x`,
      same === null ? '–' : same ? 'all 21 equal' : 'DIFFERENT']);
    checks.push(check(`taylor ${c.expr}, order ${c.order}: coefficients exactly SymPy's, < ${TARGET_MS} ms`,
      ok(time) ? timeCell(time) : timeCell(outcome),
      ok(time) ? allPass([same === true, time.result.ms < TARGET_MS]) : verdictWithoutFigure(time)));
  }
  const table = markdownTable(['f (order 20 at 0)', 'symdiff `taylor`', `SymPy ${reference.sympy} \`series\` (recorded)`, 'speed-up',
    'coefficients vs SymPy'], rows);
  const note = 'SymPy times: one run each from a cleared cache, recorded by scripts/reference/taylor.py on this ' +
    'machine (shared, so they vary: tan(x) took 0.04 s in one run, 0.41 s in another). A `>` time is a series() ' +
    'stopped unfinished; that case\'s coefficients come from SymPy\'s power-series ring (ring_series) instead.';
  return { text: `${table}\n\n${note}\n\n${checksTable(checks)}`, checks };
}

/** Exact equality of two lists of fractions "p/q" (both reduced, denominators positive). */
function sameCoefficients(ours, theirs) {
  return ours.length === theirs.length && ours.every((q, k) => q === theirs[k]);
}
