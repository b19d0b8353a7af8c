// A median-of-batches timer: warm up, size a batch to a few milliseconds, take the median batch.

const now = () => performance.now();

/**
 * Median milliseconds per call of `op(i)` (i counts calls). Each measurement gets a freshly made loop
 * (`new Function` over our own constant text), so its call site sees one `op` and stays monomorphic;
 * results go to a sink the caller returns, so no call can be dropped as dead code.
 * A call slower than the budget is timed at most twice: the first (cold) call, and a second one when
 * that fits well within the cap (a first call may build a cache); the faster counts. Pass `coldMs`
 * when the caller already made the first call (with `timedCall`), so it is not made again.
 */
export function timePerCall(op, { capMs, warmupMs, batchMs, batches, budgetMs }, coldMs = undefined) {
  // eslint-disable-next-line no-new-func
  const loop = new Function('op', 'n', 'let sink; for (let i = 0; i < n; i++) sink = op(i); return sink;');
  const start = now();
  const run = (n) => {
    const t0 = now();
    globalThis.benchSink = loop(op, n);
    return now() - t0;
  };
  let n = 1;
  let spent = coldMs ?? run(1);
  if (spent >= budgetMs) {
    if (spent > capMs / 4) return { ms: spent, calls: 1, batches: 1 };
    return { ms: Math.min(spent, run(1)), calls: 1, batches: 2 };
  }
  // Warm up and size the batch at once. The batch size follows the fastest call seen so far (a batch
  // the OS interrupted would otherwise stop the sizing early), at most doubling per step. Warm-up
  // lasts warmupMs, however fast the calls: math.js simplify needs tens of calls to settle, and V8
  // optimizes a long generated function in the background for a few hundred milliseconds, so a
  // warm-up of 10,000 calls (it used to end there) timed symdiff's 1/64/1 gradient unoptimized in
  // some runs (2.3x hand-written instead of 1.3x) and 1/256/1's chunks before V8 had finished them.
  // Past warmupMs, warming goes on while the calls still get faster (a 10% better batch within the last
  // SETTLED batches): sin(sin(sin(sin(x))))'s tenth derivative takes 60-240 ms a call for its first eight
  // calls, then 6-15 ms, so a fixed 500 ms timed calls still being compiled.
  // Settled means no 10% better batch for warmupMs of wall time, not for a count of batches: V8 tiers
  // code up in steps, and a step can hold for longer than a few 20 ms batches. diff(1/(1+exp(-x)))
  // runs at ~500, ~230, ~115, ~60 and then ~36 µs a call over its first 5,000 calls (each step
  // 1,000 calls); five batches without a gain timed it at the 230 µs step in some runs (45.7x
  // math.js in the README's run, 160x once warm).
  const FLOOR = 1e-6; // 1 ns: a batch the timer saw as 0 ms must not stop the sizing
  const SETTLED = 5; // and at least this many batches since the last gain
  let fastest = Math.max(spent, FLOOR);
  let calls = 1;
  let sinceBetter = 0;
  let lastGain = now();
  while (n * fastest < batchMs || now() - start < warmupMs || sinceBetter < SETTLED || now() - lastGain < warmupMs) {
    n = Math.min(n * 2, Math.max(n, Math.ceil(batchMs / fastest)));
    spent = run(n);
    const perCall = Math.max(spent / n, FLOOR);
    if (perCall < 0.9 * fastest) {
      sinceBetter = 0;
      lastGain = now();
    } else sinceBetter += 1;
    fastest = Math.min(fastest, perCall);
    calls += n;
    // Out of budget while still warming up: the fastest batch is the nearest to the warm figure.
    if (now() - start >= budgetMs) return { ms: fastest, calls, batches: 0 };
  }
  const perCall = [];
  for (let b = 0; b < batches && (b < 1 || now() - start < budgetMs); b++) perCall.push(run(n) / n);
  return { ms: median(perCall), calls: n, batches: perCall.length };
}

/**
 * The ratio of two functions' times per call, `ours` / `reference`, measured alternately in one thread:
 * each is warmed and its batch sized by timePerCall, then batches of the two take turns, and the ratio
 * is the median of each round's ratio. Timed apart (in two workers, one after the other), a ratio of
 * two 10-50 ns calls moved from 0.6x to 2.4x between runs of the same code on this machine, as the
 * machine's load changed between the two timings; a round takes two batches of batchMs, so both sides
 * of each ratio see the same machine. Returns both medians and the ratio.
 */
export function timePaired(ours, reference, timing) {
  const a = timePerCall(ours, timing);
  const b = timePerCall(reference, timing);
  if (a.batches === 0 || b.batches === 0) return { ours: a, reference: b, ratio: a.ms / b.ms, rounds: 0 };
  // eslint-disable-next-line no-new-func
  const loop = () => new Function('op', 'n', 'let sink; for (let i = 0; i < n; i++) sink = op(i); return sink;');
  const loopA = loop();
  const loopB = loop();
  const batch = (l, op, n) => {
    const t0 = now();
    globalThis.benchSink = l(op, n);
    return (now() - t0) / n;
  };
  const ratios = [];
  const timesA = [];
  const timesB = [];
  const rounds = 2 * timing.batches + 1;
  batch(loopA, ours, a.calls); // the fresh loops warmed, untimed
  batch(loopB, reference, b.calls);
  const start = now();
  for (let r = 0; r < rounds && (r < 1 || now() - start < timing.budgetMs); r++) {
    // The order alternates too, so neither side always runs first in a round.
    const [ta, tb] = r % 2 === 0
      ? [batch(loopA, ours, a.calls), batch(loopB, reference, b.calls)]
      : [batch(loopB, reference, b.calls), batch(loopA, ours, a.calls)].reverse();
    timesA.push(ta);
    timesB.push(tb);
    ratios.push(ta / tb);
  }
  return { ours: { ms: median(timesA), calls: a.calls }, reference: { ms: median(timesB), calls: b.calls }, ratio: median(ratios), rounds: ratios.length };
}

/** Calls `op` once: its value and how long it took. */
export function timedCall(op) {
  const t0 = now();
  const value = op(0);
  return { value, ms: now() - t0 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `fn` taking its arguments from an array, `(a) => fn(a[0], a[1], ...)`: positional like a direct call
 * (`fn.apply` costs ~30 ns here, which would blur a ratio between two fast functions). Made afresh
 * per function, from our own constant text, so each call site sees one callee.
 */
export function spreadCall(fn, arity) {
  const args = Array.from({ length: arity }, (_, j) => `a[${j}]`).join(', ');
  // eslint-disable-next-line no-new-func
  return new Function('fn', `return (a) => fn(${args});`)(fn);
}
