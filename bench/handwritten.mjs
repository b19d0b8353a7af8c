// The "physical limit": the benchmark formulas written by hand in plain JS, as a person would.

/** cos(x)*exp(x^2) */
export function seed(x) {
  return Math.cos(x) * Math.exp(x * x);
}

/** v1*tanh(w1*x+b1) + v2*tanh(w2*x+b2) + c, arguments in corpus order after x. */
export function nn121(x, w1, b1, w2, b2, v1, v2, c) {
  return v1 * Math.tanh(w1 * x + b1) + v2 * Math.tanh(w2 * x + b2) + c;
}

/** The 1/k/1 network's weights as arrays, the layout a hand-written loop wants. */
export function networkWeights(k, params) {
  const pick = (letter) => Float64Array.from({ length: k }, (_, j) => params[`${letter}${j + 1}`]);
  return { w: pick('w'), b: pick('b'), v: pick('v'), c: params.c };
}

/** Value of the 1/k/1 network: one loop. */
export function networkValue(x, { w, b, v, c }) {
  let y = c;
  for (let j = 0; j < w.length; j++) y += v[j] * Math.tanh(w[j] * x + b[j]);
  return y;
}

/**
 * Value and gradient of the 1/k/1 network by hand: a forward loop keeping each tanh, then a backward
 * loop (d/dz tanh z = 1 - tanh^2 z). Returns one reused object, as compileGradient does.
 */
export function networkGradient(k) {
  const t = new Float64Array(k);
  const out = { value: 0, x: 0, w: new Float64Array(k), b: new Float64Array(k), v: new Float64Array(k), c: 1 };
  return (x, { w, b, v, c }) => {
    let y = c;
    for (let j = 0; j < k; j++) {
      t[j] = Math.tanh(w[j] * x + b[j]);
      y += v[j] * t[j];
    }
    let dx = 0;
    for (let j = 0; j < k; j++) {
      const dz = v[j] * (1 - t[j] * t[j]);
      out.v[j] = t[j];
      out.b[j] = dz;
      out.w[j] = dz * x;
      dx += dz * w[j];
    }
    out.value = y;
    out.x = dx;
    return out;
  };
}

/** The hand-written gradient keyed by variable name, to check symdiff's figures against. */
export function gradientByName(result) {
  const named = { x: result.x, c: result.c };
  result.w.forEach((_, j) => Object.assign(named, { [`w${j + 1}`]: result.w[j], [`b${j + 1}`]: result.b[j], [`v${j + 1}`]: result.v[j] }));
  return named;
}
