// `npm run bench`: every section in turn, each library in its own worker thread under a time cap,
// printed as Markdown, then a summary of the targets. Usage: node bench/run.mjs [--quick] [section...]
import { readConfig, timingOf } from './config.mjs';
import { Lane } from './lane.mjs';
import { summary } from './verdict.mjs';

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
})();
// math.js simplify gets a lane of its own: it is the one that times out, and a timeout kills the
// worker, whose replacement takes a second or more to load math.js again (loading it in the
// background instead would disturb the timings of the other lanes on a 2-core machine).
const lanes = {
  symdiff: new Lane('symdiff'), mathjs: new Lane('mathjs'), 'mathjs-simplify': new Lane('mathjs'), js: new Lane('js'),
};
const context = {
  config,
  /**
   * Runs `task` from `module` in `library`'s worker, killed past cap + slack (a section may pass a
   * shorter cap: the quality corpus gives math.js 2 s per problem); resolves to an outcome.
   */
  run: async (library, module, task, args, capMs = config.capMs) => {
    const slackMs = library === 'mathjs-simplify' ? config.runawaySlackMs : config.slackMs;
    const outcome = await lanes[library].run(module, task, { ...args, timing: timingOf(config) }, capMs + slackMs);
    return outcome.timeout ? { timeout: true, capMs } : outcome; // printed as `>cap`
  },
  progress: (text) => process.stderr.write(`  ${text}\n`),
};

const QUICK_NOTE = ' (quick: short warm-up, few batches, 0.5 s cap; rough figures, judge targets on a full run)';
console.log(`# symdiff benchmarks${config.quick ? QUICK_NOTE : ''}\n`);
// Load every library at once before anything is timed (later, a worker loads only after a timeout).
await Promise.all(Object.values(lanes).map((lane) => lane.warm()));
const checks = [];
try {
  for (const name of config.sections) checks.push(...(await runSection(name)));
  console.log(summary(config, checks));
} finally {
  for (const lane of Object.values(lanes)) lane.close();
}

// A section that breaks prints its error and the run goes on: every section stands alone.
async function runSection(name) {
  const started = performance.now();
  process.stderr.write(`section ${name}...\n`);
  try {
    const section = await import(`./sections/${name}.mjs`);
    const { text, checks: found } = await section.run(context);
    console.log(`## ${section.title}\n\n${text}\n`);
    return found.map((c) => ({ section: name, ...c }));
  } catch (error) {
    console.log(`## ${name}\n\nThe section failed: ${error.stack}\n`);
    return [{ section: name, target: 'section runs', measured: String(error.message), pass: false }];
  } finally {
    process.stderr.write(`section ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
