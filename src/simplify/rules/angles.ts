// Angles the rules of call.ts know: the inverse functions at the algebraic values of the six angles a
// person meets (asin(√3/2) = π/3, atan(√2 - 1) = π/8), the circular functions shifted by a multiple
// of π/2 (sin(u + π/2) = cos u, tan(u + π) = tan u), a number of half turns brought into the first
// quarter turn (sin(8π/9) = sin(π/9)), and an inverse of its own function at a number inside its
// principal range (asin(sin(1/5)) = 1/5).

import type { Expr } from '../../ast/expr.js';
import type { FunctionName } from '../../ast/function-names.js';
import * as Q from '../../ast/rational.js';
import type { Rational } from '../../ast/rational.js';
import type { Canon } from '../canon.js';
import { FUNCTIONS } from '../../ast/functions.js';
import { isPi } from './selectors.js';

/** A known value: the argument as (rational, radicand) pairs summed (√n·r; n = 1 for a rational), and the angle / π. */
type Known = readonly [argument: readonly (readonly [r: Rational, n: bigint])[], anglePerPi: Rational];

const q = (num: number, den = 1): Rational => Q.rational(BigInt(num), BigInt(den));
const sqrtOver = (n: bigint, den: number, sign = 1): (readonly [Rational, bigint])[] => [[q(sign, den), n]];

/** Each inverse function's arguments whose angle is a rational multiple of π (on both signs where the function is not odd). */
const number = (num: number, den = 1): (readonly [Rational, bigint])[] => [[q(num, den), 1n]];
const KNOWN: Partial<Record<FunctionName, readonly Known[]>> = {
  asin: [[number(1, 2), q(1, 6)], [sqrtOver(2n, 2), q(1, 4)], [sqrtOver(3n, 2), q(1, 3)], [number(1), q(1, 2)]],
  acos: [[number(1, 2), q(1, 3)], [sqrtOver(2n, 2), q(1, 4)], [sqrtOver(3n, 2), q(1, 6)], [number(0), q(1, 2)],
    [number(-1, 2), q(2, 3)], [sqrtOver(2n, 2, -1), q(3, 4)], [sqrtOver(3n, 2, -1), q(5, 6)], [number(-1), q(1)]],
  atan: [[number(1), q(1, 4)], [sqrtOver(3n, 1), q(1, 3)], [sqrtOver(3n, 3), q(1, 6)], [[[q(1), 2n], [q(-1), 1n]], q(1, 8)],
    [[[q(1), 2n], [q(1), 1n]], q(3, 8)], [[[q(2), 1n], [q(-1), 3n]], q(1, 12)], [[[q(2), 1n], [q(1), 3n]], q(5, 12)]],
  // The reciprocals' inverses at the reciprocals of those values (acot u = atan(1/u), acot 0 = π/2, as SymPy).
  acot: [[number(0), q(1, 2)], [number(1), q(1, 4)], [sqrtOver(3n, 1), q(1, 6)], [sqrtOver(3n, 3), q(1, 3)],
    [[[q(1), 2n], [q(-1), 1n]], q(3, 8)], [[[q(1), 2n], [q(1), 1n]], q(1, 8)], [[[q(2), 1n], [q(-1), 3n]], q(5, 12)],
    [[[q(2), 1n], [q(1), 3n]], q(1, 12)]],
  asec: [[number(2), q(1, 3)], [sqrtOver(2n, 1), q(1, 4)], [sqrtOver(3n, 3, 2), q(1, 6)],
    [number(-2), q(2, 3)], [sqrtOver(2n, 1, -1), q(3, 4)], [sqrtOver(3n, 3, -2), q(5, 6)], [number(-1), q(1)]],
  acsc: [[number(2), q(1, 6)], [sqrtOver(2n, 1), q(1, 4)], [sqrtOver(3n, 3, 2), q(1, 3)], [number(1), q(1, 2)]],
};

/** The known arguments of each function as canonical nodes of one canon, made on first use. */
const tables = new WeakMap<Canon, Map<FunctionName, Map<Expr, Expr>>>();

function tableOf(c: Canon, fn: FunctionName): Map<Expr, Expr> | undefined {
  const rows = KNOWN[fn];
  if (rows === undefined) return undefined;
  let byFunction = tables.get(c);
  if (byFunction === undefined) tables.set(c, (byFunction = new Map()));
  let table = byFunction.get(fn);
  if (table === undefined) {
    table = new Map();
    for (const [argument, angle] of rows) {
      const terms = argument.map(([r, n]) => (n === 1n ? c.num(r) : c.product([c.num(r), c.power(c.num(Q.rational(n)), c.half)])));
      const value = c.product([c.num(angle), c.constant('pi')]);
      const node = c.sum(terms);
      table.set(node, value);
      // 1/√n is kept as n^(-1/2), a node of its own: √n/n is the same number.
      if (terms.length === 1 && argument[0]?.[1] !== 1n) {
        const [r, n] = argument[0] as readonly [Rational, bigint];
        table.set(c.product([c.num(Q.mul(r, Q.rational(n))), c.power(c.num(Q.rational(n)), c.num(q(-1, 2)))]), value);
      }
    }
    byFunction.set(fn, table);
  }
  return table;
}

/** f(u) = k·π where u is one of f's known arguments; undefined otherwise (or for an argument with a variable). */
export function knownAngle(c: Canon, fn: FunctionName, u: Expr): Expr | undefined {
  if (u.kind === 'var' || u.kind === 'call' || KNOWN[fn] === undefined) return undefined;
  const table = tableOf(c, fn);
  const known = table?.get(u);
  // An odd function at the negation of a known argument whose terms have both signs (√3 - 2), which
  // the odd-function rule leaves: atan(√3 - 2) = -atan(2 - √3) = -π/12.
  if (known !== undefined || u.kind !== 'add' || FUNCTIONS[fn].parity !== 'odd' || c.valueOf(u) === undefined) return known;
  const opposite = table?.get(c.negate(u));
  return opposite === undefined ? undefined : c.negate(opposite);
}

/**
 * sin, cos, tan, cot, sec, csc of u + k·π/2 for an integer k, as ± the function or its cofunction of u:
 * the period and the quarter-turn identities (sin(u + π/2) = cos u, tan(u + π/2) = -cot u).
 */
const QUARTER_TURN: Partial<Record<FunctionName, readonly (readonly [sign: 1 | -1, fn: FunctionName])[]>> = {
  sin: [[1, 'sin'], [1, 'cos'], [-1, 'sin'], [-1, 'cos']],
  cos: [[1, 'cos'], [-1, 'sin'], [-1, 'cos'], [1, 'sin']],
  tan: [[1, 'tan'], [-1, 'cot'], [1, 'tan'], [-1, 'cot']],
  cot: [[1, 'cot'], [-1, 'tan'], [1, 'cot'], [-1, 'tan']],
  sec: [[1, 'sec'], [-1, 'csc'], [-1, 'sec'], [1, 'csc']],
  csc: [[1, 'csc'], [1, 'sec'], [-1, 'csc'], [-1, 'sec']],
};

export function quarterTurns(c: Canon, fn: FunctionName, u: Expr): Expr | undefined {
  const turns = QUARTER_TURN[fn];
  const terms = turns === undefined ? undefined : termsOf(c, u);
  if (turns === undefined || terms === undefined) return undefined;
  const i = terms.findIndex((t) => halfTurnsOf(t) !== undefined);
  if (i < 0) return undefined;
  const k = halfTurnsOf(terms[i] as Expr) as bigint;
  const [sign, g] = turns[Number(((k % 4n) + 4n) % 4n)] as readonly [1 | -1, FunctionName];
  const call = c.call(g, [c.sum(terms.filter((_, j) => j !== i))]);
  return sign === 1 ? call : c.negate(call);
}

/** The terms of a sum, or of r·(a + b + …) with its number distributed (n·π - π/2 kept as (2n - 1)·π/2); else undefined. */
function termsOf(c: Canon, u: Expr): readonly Expr[] | undefined {
  if (u.kind === 'add') return u.args;
  if (u.kind !== 'mul' || u.args.length !== 2) return undefined;
  const [r, sum] = u.args;
  return r?.kind === 'num' && sum?.kind === 'add' ? sum.args.map((t) => c.product([r, t])) : undefined;
}

/** k where t is k·π/2 for an integer k (π itself is 2). */
function halfTurnsOf(t: Expr): bigint | undefined {
  if (isPi(t)) return 2n;
  if (t.kind !== 'mul' || t.args.length !== 2 || !isPi(t.args[1])) return undefined;
  const r = t.args[0];
  if (r?.kind !== 'num' || r.exact === null) return undefined;
  const twice = Q.mul(r.exact, q(2));
  return twice.den === 1n ? twice.num : undefined;
}

/**
 * Period (in half turns), parity and the reflection f(π - x) = ±f(x) of the six functions, which
 * bring any r·π into [0, π/2] without changing the function: so sin(8π/9) meets sin(π/9).
 */
const REDUCTION: Partial<Record<FunctionName, { readonly period: bigint; readonly odd: boolean; readonly reflect: 1 | -1; readonly pole?: Rational }>> = {
  sin: { period: 2n, odd: true, reflect: 1 },
  csc: { period: 2n, odd: true, reflect: 1, pole: Q.ZERO },
  cos: { period: 2n, odd: false, reflect: -1 },
  sec: { period: 2n, odd: false, reflect: -1, pole: q(1, 2) },
  tan: { period: 1n, odd: true, reflect: -1, pole: q(1, 2) },
  cot: { period: 1n, odd: true, reflect: -1, pole: Q.ZERO },
};

/** f(r·π) for a rational r outside [0, 1/2] as ±f(s·π) with s in [0, 1/2]; undefined where r is in it, or s is a pole. */
export function reducedAngle(c: Canon, fn: FunctionName, u: Expr): Expr | undefined {
  const row = REDUCTION[fn];
  const pi = isPi(u) ? u : u.kind === 'mul' && u.args.length === 2 && isPi(u.args[1]) ? u.args[1] : undefined;
  const r = pi === undefined ? undefined : isPi(u) ? Q.ONE : u.kind === 'mul' && u.args[0]?.kind === 'num' ? u.args[0].exact : null;
  if (row === undefined || pi === undefined || r === undefined || r === null) return undefined;
  const period = Q.rational(row.period);
  let s = modulo(r, period); // [0, period): f(r) = f(s)
  let sign = 1;
  if (Q.compare(s, Q.mul(period, q(1, 2))) > 0) {
    s = Q.sub(period, s); // f(s) = f(s - period) = ±f(period - s)
    if (row.odd) sign = -sign;
  }
  if (Q.compare(s, q(1, 2)) > 0) {
    s = Q.sub(Q.ONE, s); // f(s) = ±f(1 - s), a half turn's reflection (only for a period of 2 half turns)
    sign *= row.reflect;
  }
  // At a pole (csc(π), tan(3π/2)) the input is left as written: undefined either way, and csc(0) reads worse.
  if (Q.equal(s, r) || (row.pole !== undefined && Q.equal(s, row.pole))) return undefined;
  const call = c.call(fn, [c.product([c.num(s), pi])]);
  return sign === 1 ? call : c.negate(call);
}

/** a mod m in [0, m), for m > 0. */
function modulo(a: Rational, m: Rational): Rational {
  const ratio = Q.mul(a, Q.inverse(m) as Rational);
  const floor = ratio.num >= 0n ? ratio.num / ratio.den : -((-ratio.num + ratio.den - 1n) / ratio.den);
  return Q.sub(a, Q.mul(m, Q.rational(floor)));
}

/** The principal range of each inverse, [lo, hi] in radians, where f⁻¹(f(r)) = r. */
const PRINCIPAL: Partial<Record<FunctionName, readonly [FunctionName, number, number]>> = {
  asin: ['sin', -Math.PI / 2, Math.PI / 2], acos: ['cos', 0, Math.PI], atan: ['tan', -Math.PI / 2, Math.PI / 2],
};

/** asin(sin(r)) = r, acos(cos(r)) = r, atan(tan(r)) = r for a rational r strictly inside the principal range. */
export function inverseOfOwn(fn: FunctionName, u: Expr): Expr | undefined {
  const range = PRINCIPAL[fn];
  if (range === undefined || u.kind !== 'call' || u.fn !== range[0] || u.args.length !== 1) return undefined;
  const r = u.args[0] as Expr;
  // Strictly inside, with a margin far above rounding: the bounds are irrational, r is not.
  return r.kind === 'num' && r.exact !== null && r.value > range[1] + 1e-9 && r.value < range[2] - 1e-9 ? r : undefined;
}
