// Monomials as exponent vectors: entry i is the power of variable i, trailing zeros dropped, so a
// polynomial may meet a new variable (a new kernel) without resizing the ones it already has.

export type Monomial = readonly number[];

export const UNIT: Monomial = [];

/** The power of variable `v` in `m`. */
export const powerOf = (m: Monomial, v: number): number => m[v] ?? 0;

function trimmed(exps: number[]): Monomial {
  let n = exps.length;
  while (n > 0 && exps[n - 1] === 0) n--;
  exps.length = n;
  return exps;
}

/** x_v^k. */
export function variablePower(v: number, k: number): Monomial {
  if (k === 0) return UNIT;
  const exps = new Array<number>(v + 1).fill(0);
  exps[v] = k;
  return exps;
}

export function multiply(a: Monomial, b: Monomial): Monomial {
  const n = Math.max(a.length, b.length);
  const exps = new Array<number>(n);
  for (let i = 0; i < n; i++) exps[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return exps;
}

/** a / b when b divides a (every power of b at most a's), else undefined. */
export function quotient(a: Monomial, b: Monomial): Monomial | undefined {
  if (b.length > a.length) return undefined;
  const exps = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) {
    const e = (a[i] ?? 0) - (b[i] ?? 0);
    if (e < 0) return undefined;
    exps[i] = e;
  }
  return trimmed(exps);
}

/** `m` with variable `v` removed (its power set to 0). */
export function without(m: Monomial, v: number): Monomial {
  if ((m[v] ?? 0) === 0) return m;
  const exps = m.slice();
  exps[v] = 0;
  return trimmed(exps);
}

/** `m` with the power of variable `v` replaced by `k`. */
export function withPower(m: Monomial, v: number, k: number): Monomial {
  const exps = m.slice();
  while (exps.length <= v) exps.push(0);
  exps[v] = k;
  return trimmed(exps);
}

export const degree = (m: Monomial): number => m.reduce((sum, e) => sum + e, 0);

/** Lexicographic order, variable 0 most significant: > 0 when a comes first (is larger). */
export function compare(a: Monomial, b: Monomial): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A string naming the monomial, for maps. */
export const key = (m: Monomial): string => m.join(',');
