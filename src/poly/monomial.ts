// Monomials as sparse exponent lists: [v0, e0, v1, e1, …], variables ascending, powers positive. Sparse,
// because a normal form may hold 100,000 kernels while each term names only a few of them.

export type Monomial = readonly number[];

export const UNIT: Monomial = [];

export const isUnit = (m: Monomial): boolean => m.length === 0;

/** The power of variable `v` in `m`. */
export function powerOf(m: Monomial, v: number): number {
  for (let i = 0; i < m.length; i += 2) if (m[i] === v) return m[i + 1] as number;
  return 0;
}

/** Calls `visit(v, e)` for each variable of `m` with its power, variables ascending. */
export function forEachPower(m: Monomial, visit: (v: number, e: number) => void): void {
  for (let i = 0; i < m.length; i += 2) visit(m[i] as number, m[i + 1] as number);
}

/** x_v^k. */
export const variablePower = (v: number, k: number): Monomial => (k === 0 ? UNIT : [v, k]);

/** The monomial of the dense exponent vector `exps` (entry i is the power of variable i). */
export function fromExponents(exps: readonly number[]): Monomial {
  const m: number[] = [];
  exps.forEach((e, v) => e !== 0 && m.push(v, e));
  return m;
}

/** Walks a and b together, combining the powers of each variable (0 where absent); drops zero results. */
function combine(a: Monomial, b: Monomial, op: (x: number, y: number) => number): number[] | undefined {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? (a[i] as number) : Infinity;
    const vb = j < b.length ? (b[j] as number) : Infinity;
    const v = Math.min(va, vb);
    const e = op(va === v ? (a[i + 1] as number) : 0, vb === v ? (b[j + 1] as number) : 0);
    if (e < 0) return undefined;
    if (e > 0) out.push(v, e);
    if (va === v) i += 2;
    if (vb === v) j += 2;
  }
  return out;
}

export const multiply = (a: Monomial, b: Monomial): Monomial => combine(a, b, (x, y) => x + y) as Monomial;

/** a / b when b divides a (every power of b at most a's), else undefined. */
export const quotient = (a: Monomial, b: Monomial): Monomial | undefined => combine(a, b, (x, y) => x - y);

/** The largest monomial dividing both. */
export const common = (a: Monomial, b: Monomial): Monomial => combine(a, b, Math.min) as Monomial;

/** `m` with the power of variable `v` replaced by `k`. */
export const withPower = (m: Monomial, v: number, k: number): Monomial =>
  combine(m, [v, 1], (x, y) => (y === 0 ? x : k)) as Monomial;

/** `m` with variable `v` removed (its power set to 0). */
export const without = (m: Monomial, v: number): Monomial => (powerOf(m, v) === 0 ? m : withPower(m, v, 0));

/** Every power times k (k ≥ 1). */
export const scaleExponents = (m: Monomial, k: number): Monomial => m.map((x, i) => (i % 2 === 1 ? x * k : x));

export function degree(m: Monomial): number {
  let d = 0;
  for (let i = 1; i < m.length; i += 2) d += m[i] as number;
  return d;
}

/** The largest power of any one variable. */
export function maxPower(m: Monomial): number {
  let d = 0;
  for (let i = 1; i < m.length; i += 2) d = Math.max(d, m[i] as number);
  return d;
}

/** Lexicographic order, variable 0 most significant: > 0 when a comes first (is larger). */
export function compare(a: Monomial, b: Monomial): number {
  for (let i = 0; i < a.length || i < b.length; i += 2) {
    const va = i < a.length ? (a[i] as number) : Infinity;
    const vb = i < b.length ? (b[i] as number) : Infinity;
    // The one that has the lower-numbered variable where the other has none is larger.
    if (va !== vb) return va < vb ? 1 : -1;
    const d = (a[i + 1] as number) - (b[i + 1] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** A string naming the monomial, for maps. */
export const key = (m: Monomial): string => m.join(',');
