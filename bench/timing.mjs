// A median-of-batches timer: warm up, size a batch to a few milliseconds, take the median batch.

const now = () => performance.now();

/**
 * Median milliseconds per call of `op(i)` (i counts calls). Each measurement gets a freshly made loop
 * (`new Function` over our own constant text), so its call site sees one `op` and stays monomorphic;
 * results go to a sink the caller returns, so no call can be dropped as dead code.
 * A call slower than the budget is timed once (cold) and returned as it is; pass `coldMs` when the
 * caller already made that first call (with `timedCall`), so a 15 s call is not made twice.
 */
export function timePerCall(op, { warmupMs, batchMs, batches, budgetMs }, coldMs = undefined) {
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
  if (spent >= budgetMs) return { ms: spent, calls: 1, batches: 1 };
  // Warm up and size the batch at once: double n until a batch takes batchMs and warm-up is over.
  while (spent < batchMs || now() - start < warmupMs) {
    n = spent < batchMs ? n * 2 : n;
    spent = run(n);
    if (now() - start >= budgetMs) return { ms: spent / n, calls: n, batches: 1 };
  }
  const perCall = [];
  for (let b = 0; b < batches && (b < 1 || now() - start < budgetMs); b++) perCall.push(run(n) / n);
  return { ms: median(perCall), calls: n, batches: perCall.length };
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
