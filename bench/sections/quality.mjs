// Section "quality": issue 10's corpus of problems we did not write (bench/quality/problems.json, from
// SymPy's, math.js's and GiNaC's test files): symdiff's `diff`/`simplify` against the published answers,
// beside SymPy's `simplify` (measured once, bench/quality/sympy.json) and math.js's derivative + simplify.
import { readFileSync } from 'node:fs';
import { ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { checksTable } from '../verdict.mjs';
import { libraryCells, libraryRow, median, qualityChecks, sizeRatio } from './quality-figures.mjs';

export const title = 'Quality: a corpus we did not write (sizes against published answers, SymPy and math.js)';
const TASKS = new URL('./quality-tasks.mjs', import.meta.url);
const DATA = new URL('../quality/', import.meta.url);
const CHUNK = 50; // problems per symdiff task
// A symdiff chunk times 50 problems (about 40 ms of timing each): its own cap, not the per-call cap
// (0.5 s in --quick), which would kill every chunk; a single problem past the per-call cap still shows
// in the 99th percentile.
const CHUNK_CAP_MS = 60_000;
const MATHJS_CAP_MS = 2_000; // math.js simplify runs away on some problems (ANCHORS.md: >20 s)

export async function run({ run: runTask, progress, config }) {
  const problems = JSON.parse(readFileSync(new URL('problems.json', DATA), 'utf8'));
  const sympy = JSON.parse(readFileSync(new URL('sympy.json', DATA), 'utf8'));
  const sympyById = new Map(sympy.results.map((r) => [r.id, r]));
  const kept = problems.filter((p) => p.excluded === undefined);
  const ours = new Map();
  for (let i = 0; i < kept.length; i += CHUNK) {
    const chunk = kept.slice(i, i + CHUNK);
    const outcome = await runTask('symdiff', TASKS, 'symdiff', { problems: chunk }, CHUNK_CAP_MS);
    // A chunk that failed (a problem past the cap, a crash) is run again one problem at a time, so one
    // problem's failure does not hide the other 49 figures.
    const results = ok(outcome) ? outcome.result : await onePerTask(runTask, chunk);
    for (const r of results) ours.set(r.id, r);
    progress(`quality: symdiff ${Math.min(i + CHUNK, kept.length)}/${kept.length}${ok(outcome) ? '' : ' (chunk run again one by one)'}`);
  }
  const mathjs = new Map();
  for (const [i, p] of kept.entries()) {
    mathjs.set(p.id, await runTask('mathjs-simplify', TASKS, 'mathjs', { problem: p }, Math.min(MATHJS_CAP_MS, config.capMs)));
    if (i % 100 === 99) progress(`quality: math.js ${i + 1}/${kept.length}`);
  }
  const items = kept.map((p) => {
    const s = sympyById.get(p.id);
    const m = mathjs.get(p.id);
    return { problem: p, texts: [ours.get(p.id)?.text ?? null, p.answer, s?.result ?? null, ok(m) ? m.result.text : null] };
  });
  const judged = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const outcome = await runTask('symdiff', TASKS, 'judgeTexts', { items: items.slice(i, i + CHUNK) }, CHUNK_CAP_MS);
    judged.push(...(ok(outcome) ? outcome.result : items.slice(i, i + CHUNK).map(() => [null, null, null, null])));
  }
  const rows = kept.map((p, i) => rowsOf(p, judged[i], ours.get(p.id), sympyById.get(p.id), mathjs.get(p.id)));
  return report(problems, kept, rows);
}

async function onePerTask(runTask, problems) {
  const results = [];
  for (const p of problems) {
    const outcome = await runTask('symdiff', TASKS, 'symdiff', { problems: [p] });
    results.push(ok(outcome) ? outcome.result[0] : { id: p.id, error: outcome.error ?? `over the ${outcome.capMs} ms cap` });
  }
  return results;
}

/** Per library, the figures of one problem: size (null when it gave none), published size, agreement, time. */
function rowsOf(problem, judged, ours, sympy, mathjs) {
  const figure = (j) => (j && ok(j.size) ? j.size.result : null);
  const agrees = (j) => (j && ok(j.agrees) ? j.agrees.result : null);
  const published = figure(judged[1]) ?? 0;
  const of = (j, msValue) => ({ problem, size: figure(j), published, agrees: agrees(j), ms: msValue });
  return {
    problem,
    ours: of(judged[0], ours?.ms ?? null),
    sympy: of(judged[2], sympy?.ms ?? null),
    mathjs: of(judged[3], ok(mathjs) ? mathjs.result.ms : null),
  };
}

function report(problems, kept, rows) {
  const libraries = [
    libraryCells(libraryRow('symdiff diff / simplify', rows.map((r) => r.ours)), 'warm median per problem'),
    libraryCells(libraryRow('SymPy simplify (sympy.json)', rows.map((r) => r.sympy)), 'one cold call, Python'),
    libraryCells(libraryRow('math.js derivative / simplify', rows.map((r) => r.mathjs)), 'one cold call'),
  ];
  const versusSympy = rows.filter((r) => r.ours.size !== null && r.sympy.size !== null)
    .map((r) => ({ ours: r.ours.size, sympy: r.sympy.size }));
  const ours = libraryRow('symdiff', rows.map((r) => r.ours));
  const checks = qualityChecks(ours, versusSympy);
  const text = [
    `${problems.length} problems, ${kept.length} kept, ${problems.length - kept.length} excluded ` +
      `(a function or constant we lack in the input, the published answer or SymPy's result: ${excludedBy(problems, /^uses|SymPy/)}; ` +
      `an answer not confirmed in real values (integer, positive or complex symbols assumed): ${excludedBy(problems, /not confirmed/)}; other: ${excludedBy(problems, /read back/)}).`,
    'Size: operator tokens of the text, counted by parsing it with symdiff (`operatorCount`); ratio = (size + 1) / (published + 1).',
    markdownTable(['answers', 'answered', 'values agree', 'median ratio', '90th pct', '<= 1.0', '<= 1.5', 'median time', '99th pct time', 'time is'],
      libraries, { left: 1 }),
    '### By source', bySource(rows),
    '### The ten largest ratios (symdiff / published)', worst(rows),
    '### Targets', checksTable(checks),
  ];
  return { text: text.join('\n\n'), checks };
}

function excludedBy(problems, pattern) {
  return problems.filter((p) => p.excluded !== undefined && pattern.test(p.excluded)).length;
}

/** The group a problem reports in: its source and kind, antiderivatives (integrals read backwards) apart. */
function groupOf(problem) {
  const antiderivative = problem.operation?.startsWith('integrate') ? ' (antiderivatives)' : '';
  return `${problem.source.repo} ${problem.kind}${antiderivative}`;
}

function bySource(rows) {
  const groups = new Map();
  for (const r of rows) groups.set(groupOf(r.problem), [...(groups.get(groupOf(r.problem)) ?? []), r]);
  const ratio = (xs) => median(xs.filter((x) => x.size !== null).map((x) => sizeRatio(x.size, x.published)));
  const cell = (x) => (x === null ? '–' : x.toFixed(2));
  const noLarger = (rs) => {
    const both = rs.filter((r) => r.ours.size !== null && r.sympy.size !== null);
    return both.length === 0 ? '–' : `${((100 * both.filter((r) => r.ours.size <= r.sympy.size).length) / both.length).toFixed(0)}%`;
  };
  return markdownTable(['source', 'problems', 'symdiff median ratio', 'SymPy median ratio', 'math.js median ratio',
    'symdiff no larger than SymPy'],
  [...groups].map(([key, rs]) => [key, String(rs.length), cell(ratio(rs.map((r) => r.ours))),
    cell(ratio(rs.map((r) => r.sympy))), cell(ratio(rs.map((r) => r.mathjs))), noLarger(rs)]));
}

function worst(rows) {
  const ranked = rows.filter((r) => r.ours.size !== null)
    .map((r) => ({ r, ratio: sizeRatio(r.ours.size, r.ours.published) }))
    .sort((a, b) => b.ratio - a.ratio).slice(0, 10);
  return markdownTable(['problem', 'input', 'published', 'symdiff', 'SymPy', 'ratio'],
    ranked.map(({ r, ratio }) => [r.problem.id, clip(r.problem.input), String(r.ours.published), String(r.ours.size),
      r.sympy.size === null ? '–' : String(r.sympy.size), ratio.toFixed(2)]), { left: 2 });
}

function clip(text) {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
