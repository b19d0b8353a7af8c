// Worker side of section "quality": symdiff's and math.js's answers to corpus problems, with their
// size (operator tokens, counted by parsing the text with symdiff) and whether their values agree with
// the published answer at random points of the problem's domain.
import { load } from '../libraries.mjs';
import { attempt } from '../outcome.mjs';
import { timePerCall } from '../timing.mjs';

// Light timing: 700-odd problems, each a fraction of a millisecond; the warm median of 5 short batches.
const QUALITY_TIMING = { warmupMs: 5, batchMs: 1, batches: 5, budgetMs: 40 };

/** A small seeded generator (mulberry32): every run draws the same points. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const close = (a, b) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether `text` has the published answer's value at 12 seeded points of the domain: true when at
 * least 3 points give finite values on both sides and all of them agree, false on any disagreement,
 * null when too few points are finite (or the text does not read).
 */
export function agreesWithAnswer(lib, problem, text) {
  const left = lib.parse(text);
  const right = lib.parse(problem.answer);
  const names = [...new Set([...lib.freeVariables(left, right), ...(problem.variable ? [problem.variable] : [])])];
  const [lo, hi] = problem.domain;
  const draw = random(42);
  let compared = 0;
  for (let i = 0; i < 12; i++) {
    const scope = Object.fromEntries(names.map((n) => [n, lo + (hi - lo) * draw()]));
    const [a, b] = [lib.evaluate(left, scope), lib.evaluate(right, scope)];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (!close(a, b)) return false;
    compared++;
  }
  return compared >= 3 ? true : null;
}

/**
 * For each `{ problem, texts }`, every text's size and value check (ours, the published answer, SymPy's,
 * math.js's), all by symdiff so that every library is measured by one rule; null texts stay null.
 */
export async function judgeTexts({ items }) {
  const lib = await load('symdiff');
  return items.map(({ problem, texts }) => texts.map((text) => (text == null ? null : {
    size: attempt(() => lib.operatorCount(lib.parse(text))),
    agrees: attempt(() => agreesWithAnswer(lib, problem, text)),
  })));
}

/** symdiff's answer to each problem: its text and its warm median time (parsing not timed). */
export async function symdiff({ problems, timing }) {
  const lib = await load('symdiff');
  return problems.map((p) => {
    const tree = attempt(() => lib.parse(p.input));
    if (!('result' in tree)) return { id: p.id, error: tree.error };
    const op = p.kind === 'diff' ? () => lib.diff(tree.result, p.variable, p.order) : () => lib.simplify(tree.result);
    const answer = attempt(() => lib.format(op()));
    if (!('result' in answer)) return { id: p.id, error: answer.error };
    const { ms } = timePerCall(op, { ...QUALITY_TIMING, capMs: timing.capMs });
    return { id: p.id, text: answer.result, ms };
  });
}

/** math.js `derivative` (n times, simplified) or `simplify`, printed with explicit `*`, one call timed. */
export async function mathjs({ problem }) {
  const math = await load('mathjs');
  const node = math.parse(problem.input.replaceAll('ln(', 'log('));
  const t0 = performance.now();
  let result = node;
  if (problem.kind === 'diff') for (let i = 0; i < problem.order; i++) result = math.derivative(result, problem.variable);
  else result = math.simplify(result);
  const ms = performance.now() - t0;
  return { text: result.toString({ implicit: 'show' }), ms };
}
