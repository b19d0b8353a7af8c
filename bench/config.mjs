// The run's settings from the command line and environment: which sections, how long, how often.

// capMs: one measured call longer than this prints as `>cap` (ANCHORS.md used 20 s). A task (one
// case for one library: its timing, sizes and values) is killed at capMs + slackMs, so a call that
// will never finish is abandoned without killing a task that only ran long on side work; tasks of
// math.js simplify, which does run away and has little side work, are killed at capMs + runawaySlackMs.
const FULL = { capMs: 20_000, slackMs: 10_000, runawaySlackMs: 10_000, warmupMs: 500, batchMs: 20, batches: 9, budgetMs: 3_000 };
// --quick: fewer and shorter batches and a 0.5 s cap, so the whole run stays under a minute (a smoke
// test: slow calls are timed once or twice, nearly cold; take figures from a full run).
const QUICK = { capMs: 500, slackMs: 2_000, runawaySlackMs: 250, warmupMs: 80, batchMs: 2, batches: 5, budgetMs: 150 };

export const SECTIONS = ['parse', 'evaluate', 'symbolic', 'ad', 'quality', 'taylor', 'second', 'scaling'];

/** Reads `--quick`, section names and `BENCH_CAP_MS`; rejects anything else with a usage line. */
export function readConfig(argv = process.argv.slice(2), env = process.env) {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => a !== '--quick');
  const unknown = names.filter((n) => !SECTIONS.includes(n));
  if (unknown.length > 0) {
    throw new Error(`unknown argument ${unknown.join(', ')}; usage: node bench/run.mjs [--quick] [${SECTIONS.join('|')}...]`);
  }
  const base = quick ? QUICK : FULL;
  const capMs = env.BENCH_CAP_MS === undefined ? base.capMs : Number(env.BENCH_CAP_MS);
  if (!(capMs > 0)) throw new Error(`BENCH_CAP_MS must be a positive number of milliseconds, got ${env.BENCH_CAP_MS}`);
  return {
    ...base,
    capMs,
    quick,
    sections: names.length > 0 ? names : SECTIONS,
    command: ['node bench/run.mjs', ...argv].join(' '),
  };
}

/** The timing options a worker needs (plain data: it crosses the thread boundary). */
export function timingOf(config) {
  const { capMs, warmupMs, batchMs, batches, budgetMs } = config;
  return { capMs, warmupMs, batchMs, batches, budgetMs };
}
