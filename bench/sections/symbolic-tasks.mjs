// Worker side of section "symbolic": for one corpus case, each library's derivative(s), their time,
// their printed size (bench/tokens.mjs) and their values at the case's points.
import { load } from '../libraries.mjs';
import { attempt, attemptWith, ok } from '../outcome.mjs';
import { timePaired, timePerCall, timedCall } from '../timing.mjs';
import { totalOperatorTokens } from '../tokens.mjs';

/** `f` applied `n` times: the n-th derivative by repeated first derivatives. */
function repeat(n, f, x) {
  let result = x;
  for (let i = 0; i < n; i++) result = f(result);
  return result;
}

/** Values of every partial at every point (with the network parameters), point-major. */
function valuesAt(c, partials, evaluatorOf) {
  const evaluators = partials.map(evaluatorOf);
  return c.points.flatMap((point) => evaluators.map((value) => value({ ...c.params, ...point })));
}

/**
 * `op(input)`'s value and its time per call (the first, cold call gives the value and the first
 * sample, so a slow call is not made twice); a first call past the cap is a timeout, value kept.
 * A failed `input` fails both.
 */
function measured(input, op, timing) {
  const cold = attemptWith(input, (x) => timedCall(() => op(x)));
  const overCap = ok(cold) && cold.result.ms > timing.capMs;
  return {
    value: attemptWith(cold, (r) => r.value),
    time: overCap ? { timeout: true, capMs: timing.capMs } : attemptWith(cold, (r) => timePerCall(() => op(input.result), timing, r.ms)),
  };
}

export async function symdiff({ c, timing }) {
  const lib = await load('symdiff');
  const tree = attempt(() => lib.parse(c.expr));
  const diffs = measured(tree, (t) => c.wrt.map((v) => lib.diff(t, v, c.order)), timing);
  const grad = c.wrt.length > 1 ? measured(tree, (t) => lib.gradient(t, c.wrt), timing) : null;
  const raw = attemptWith(tree, (t) => c.wrt.map((v) => repeat(c.order, (e) => lib.differentiate(e, v), t)));
  const evaluatorOf = (d) => (scope) => lib.evaluate(d, scope);
  const size = (ds) => totalOperatorTokens(ds.map((d) => lib.format(d)));
  return {
    diffTime: diffs.time,
    gradientTime: grad?.time ?? null, // null: not a gradient case
    dagSize: grad && attemptWith(grad.value, (g) => lib.distinctOperatorCount(...Object.values(g))),
    rawSize: attemptWith(raw, size),
    diffSize: attemptWith(diffs.value, size),
    diffValues: attemptWith(diffs.value, (ds) => valuesAt(c, ds, evaluatorOf)),
    rawValues: attemptWith(raw, (ds) => valuesAt(c, ds, evaluatorOf)),
  };
}

/**
 * math.js `derivative`, with its default simplify or `{ simplify: false }` (raw), n times for order n.
 * Values are taken from the raw derivative only (the reference symdiff's values are checked against).
 */
async function mathjsDerivative({ c, timing }, options) {
  const { parse, derivative } = await load('mathjs');
  const node = { result: parse(c.expr) };
  const all = (n) => c.wrt.map((v) => repeat(c.order, (e) => derivative(e, v, options), n));
  const { value: partials, time } = measured(node, all, timing);
  return {
    time,
    size: attemptWith(partials, (ds) => totalOperatorTokens(ds.map((d) => d.toString()))),
    values: options.simplify ? null : attemptWith(partials, (ds) => valuesAt(c, ds, (d) => {
      const code = d.compile();
      return (scope) => code.evaluate(scope);
    })),
  };
}

export const mathjsRaw = (args) => mathjsDerivative(args, { simplify: false });
export const mathjsSimplified = (args) => mathjsDerivative(args, { simplify: true });

/**
 * symdiff's timed call (diff, or gradient for mlp64) against math.js derivative + simplify, the two in
 * turns in one worker (timePaired): `{ ratio }`, symdiff's time over math.js's. Run in math.js
 * simplify's own lane, and only where math.js took well under the cap, as it can run away.
 */
export async function inTurns({ c, timing }) {
  const lib = await load('symdiff');
  const { parse, derivative } = await load('mathjs');
  const tree = lib.parse(c.expr);
  const ours = c.id === 'mlp64' ? () => lib.gradient(tree, c.wrt) : () => c.wrt.map((v) => lib.diff(tree, v, c.order));
  const node = parse(c.expr);
  const theirs = () => c.wrt.map((v) => repeat(c.order, (e) => derivative(e, v, { simplify: true }), node));
  const { ratio, rounds } = timePaired(ours, theirs, timing);
  return { ratio, rounds };
}
