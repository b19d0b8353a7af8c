// Worker side of section "ad": on the 1/k/1 network, symdiff's reverse mode (compileGradient,
// valueAndGrad), one compiled value, a finite-difference gradient, and the hand-written gradient.
// One task per measurement, so each has its own time cap.
import { argumentLists, network } from '../corpus.mjs';
import { load } from '../libraries.mjs';
import { spreadCall, timePaired, timePerCall } from '../timing.mjs';

/**
 * Forward differences: d+1 calls of the compiled `call(args)`, each variable nudged in turn
 * (`args` is restored after each, so the same array serves every call).
 */
function finiteDifferenceGradient(call, args, gradient) {
  const f0 = call(args);
  for (let j = 0; j < args.length; j++) {
    const saved = args[j];
    const h = 1e-7 * Math.max(1, Math.abs(saved));
    args[j] = saved + h;
    gradient[j] = (call(args) - f0) / h;
    args[j] = saved;
  }
  return gradient;
}

/** Each symdiff measurement: given the library, the network and its parsed tree, a call to time. */
const MEASUREMENTS = {
  compileGradient: (lib, { variables }, tree, lists) => {
    const g = spreadCall(lib.compileGradient(tree, variables), variables.length);
    return (i) => g(lists[i % lists.length]);
  },
  valueAndGrad: (lib, { points }, tree) => (i) => lib.valueAndGrad(tree, points[i % points.length]),
  // From the text: a new tree each call, so nothing symdiff caches per tree (the tape) is reused.
  valueAndGradFromText: (lib, { text, points }) => (i) => lib.valueAndGrad(text, points[i % points.length]),
  value: (lib, { variables }, tree, lists) => {
    const f = spreadCall(lib.compile(tree, variables), variables.length);
    return (i) => f(lists[i % lists.length]);
  },
  finiteDifferences: (lib, { variables }, tree, lists) => {
    const f = spreadCall(lib.compile(tree, variables), variables.length);
    const scratch = new Float64Array(variables.length);
    const own = lists.map((args) => [...args]);
    return (i) => finiteDifferenceGradient(f, own[i % own.length], scratch);
  },
};
export const SYMDIFF_MEASUREMENTS = Object.keys(MEASUREMENTS);

/** Times one of MEASUREMENTS on the 1/k/1 network. */
export async function symdiff({ k, what, timing }) {
  const lib = await load('symdiff');
  const net = network(k);
  const op = MEASUREMENTS[what](lib, net, lib.parse(net.text), argumentLists(net.variables, net.points));
  return timePerCall(op, timing);
}

/** symdiff's two gradients at the first point, by variable name, to check against the hand-written one. */
export async function symdiffGradients({ k }) {
  const lib = await load('symdiff');
  const { text, variables, points } = network(k);
  const tree = lib.parse(text);
  const compiled = lib.compileGradient(tree, variables)(...argumentLists(variables, points.slice(0, 1))[0]);
  const named = (list) => Object.fromEntries(variables.map((v, j) => [v, list[j]]));
  return { compileGradient: named(compiled.gradient), valueAndGrad: { ...lib.valueAndGrad(tree, points[0]).gradient } };
}

/** The hand-written gradient as a call to time, and the weights it reads. */
async function handGradient(k) {
  const hand = await load('js');
  const { params, points } = network(k);
  const weights = hand.networkWeights(k, params);
  const gradient = hand.networkGradient(k);
  const xs = points.map((p) => p.x);
  return (i) => gradient(xs[i % xs.length], weights);
}

/**
 * `ours` / `reference` (each a MEASUREMENTS key, or 'hand' for the hand-written gradient), the two
 * timed in turns in this worker (timePaired): `{ ratio }`.
 */
export async function inTurns({ k, ours, reference, timing }) {
  const lib = await load('symdiff');
  const net = network(k);
  const tree = lib.parse(net.text);
  const lists = argumentLists(net.variables, net.points);
  const op = async (what) => (what === 'hand' ? handGradient(k) : MEASUREMENTS[what](lib, net, tree, lists));
  const { ratio, rounds } = timePaired(await op(ours), await op(reference), timing);
  return { ratio, rounds };
}

export async function js({ k, timing }) {
  const hand = await load('js');
  const { params, points } = network(k);
  const weights = hand.networkWeights(k, params);
  const gradient = hand.networkGradient(k);
  const xs = points.map((p) => p.x);
  const first = hand.gradientByName(gradient(xs[0], weights)); // read now: the next call reuses the object
  return {
    gradient: timePerCall((i) => gradient(xs[i % xs.length], weights), timing),
    value: timePerCall((i) => hand.networkValue(xs[i % xs.length], weights), timing),
    firstGradient: first,
  };
}
