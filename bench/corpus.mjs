// The corpus (bench/corpus.json, shared data) and the 1/k/1 tanh networks built from it.
import { readFileSync } from 'node:fs';

export const CORPUS = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));

export function corpusCase(id) {
  const found = CORPUS.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no case '${id}' in bench/corpus.json`);
  return found;
}

/** The text of the 1/k/1 network `v1*tanh(w1*x+b1)+...+vk*tanh(wk*x+bk)+c`, as corpus.json writes it. */
export function networkText(k) {
  const units = Array.from({ length: k }, (_, j) => `v${j + 1}*tanh(w${j + 1}*x+b${j + 1})`);
  return [...units, 'c'].join('+');
}

/**
 * The 1/k/1 network: its text, its parameters (corpus.json's values for k = 2, 16, 64; fixed
 * pseudo-random ones otherwise), the variables in argument order (`x` first) and three points.
 */
export function network(k) {
  const known = { 2: 'nn121', 16: 'mlp16', 64: 'mlp64' }[k];
  const source = known === undefined ? null : corpusCase(known);
  const params = source?.params ?? generatedParams(k);
  const variables = ['x', ...Object.keys(params)];
  const points = (source?.points ?? [{ x: 0.3 }, { x: 0.7 }, { x: 1.3 }]).map((p) => ({ ...params, ...p }));
  return { k, text: source?.expr ?? networkText(k), params, variables, points };
}

function generatedParams(k) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed LCG: the same weights on every run
    return Math.round((seed / 2147483648 * 2 - 1) * 1e4) / 1e4;
  };
  const params = {};
  for (let j = 1; j <= k; j++) Object.assign(params, { [`w${j}`]: next(), [`b${j}`]: next(), [`v${j}`]: next() });
  params.c = next();
  return params;
}

/** Argument lists in `variables` order, one per point. */
export function argumentLists(variables, points) {
  return points.map((point) => variables.map((v) => point[v]));
}
