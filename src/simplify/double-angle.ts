// The half- and double-angle identities (rules/double-angle.ts), tried on a whole result: at one
// argument u at a time, every function of u written by functions of 2u (sin²u = (1 - cos 2u)/2,
// sin u·cos u = sin(2u)/2), or every function of 2u by functions of u (cos 2u = 2 cos²u - 1), and the
// rewritten tree simplified again; the caller keeps the smallest. On the result only, never at each
// sum: as a local choice, cos²x - sin²x became cos 2x inside a derivative whose whole was a
// polynomial in sin x (sin(x)^4 - sin(x)^6), and the polynomial could no longer form.

import { equals } from '../ast/equality.js';
import { children, withChildren, type Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { call, mul, pow } from '../ast/smart.js';
import { postorderUpTo } from '../ast/walk.js';
import type { CanonBuilder } from './canon-builder.js';
import {
  BY_HALF_ANGLE, PAIRS_BY_DOUBLE_ANGLE, QUOTIENT_BY_DOUBLE_ANGLE, SQUARE_BY_DOUBLE_ANGLE, type Halved,
} from './rules/double-angle.js';

type Call = Extract<Expr, { kind: 'call' }>;

/** Nodes of a result past which no rewriting is tried (each trial simplifies the whole again). */
export const MAX_NODES_FOR_ANGLES = 64;

/**
 * The rewritten trees worth simplifying, from a canonical result built by `c`: at each argument u where
 * the functions of u may meet once written by 2u (two of them in one sum, one beside a number, sin u
 * with cos u in a product, or functions of 2u there already), every function of u by functions of 2u;
 * likewise at each 2u by u (cos 2u by sin u, and by cos u). A rewrite that would leave a function of the
 * old argument (sin u to an odd power, sin u inside exp) is not made: its result would mix u and 2u.
 * None over MAX_NODES_FOR_ANGLES nodes.
 */
export function angleRewrites(c: CanonBuilder, canonical: Expr): AngleRewrite[] {
  const nodes = postorderUpTo(canonical, MAX_NODES_FOR_ANGLES);
  if (nodes === undefined || !nodes.some(mayRewriteAngles)) return [];
  const halves = new Set<Expr>();
  const doubles = new Set<Expr>();
  const arguments_ = new Set<Expr>();
  // Arguments of a function inside another function's argument (sin(x) in exp(sin(x))): a rewrite at
  // them would leave that one behind, so none is built.
  const enclosed = new Set<Expr>();
  for (const n of nodes) {
    if (n.kind === 'call') {
      if (n.args.length === 1 && mayRewriteAngles(n)) arguments_.add(n.args[0] as Expr);
      for (const a of n.args) if (mayRewriteAngles(a)) enclosed.add(children(a)[0] as Expr);
    }
    if (n.kind === 'mul') for (const u of pairedArguments(n.args)) halves.add(u);
    if (n.kind === 'add') meetings(n.args, halves, doubles);
  }
  // Functions of u and of 2u in one result: either way may make them one. Looked for from 2u, whose
  // coefficient is even (few arguments are), so that most results build no node here.
  for (const w of arguments_) {
    if (!hasEvenCoefficient(w)) continue;
    const u = c.product([c.half, w]);
    if (arguments_.has(u)) {
      halves.add(u);
      doubles.add(w);
    }
  }
  const rewrites: AngleRewrite[] = [];
  const keep = (tree: Expr, old: Expr): void => {
    if (tree !== canonical && !hasCallAt(tree, old)) rewrites.push({ tree, old: c.printed(old) });
  };
  for (const u of halves) if (!enclosed.has(u) && !atQuarterTurn(c, u)) keep(byDoubleAngle(canonical, u), u);
  for (const w of doubles) {
    if (enclosed.has(w)) continue;
    for (const halved of HALVINGS) keep(byHalfAngle(canonical, w, halved), w);
  }
  return rewrites;
}

/**
 * Whether u is a constant multiple of π/2 (sin 2u = 0), where tan, cot, sec, csc (coth, csch at 0) have
 * their poles: written by 2u they read 0/0 there (cot π = sin 2π/(1 - cos 2π)), a NaN the simplifier may
 * fold away as a zero term, where cot(pi) evaluates to -8.2e15: 1 + cot(pi)/x^2 became 1. No rewrite at
 * such u; the exact values already fold sin and cos there.
 */
function atQuarterTurn(c: CanonBuilder, u: Expr): boolean {
  const value = c.valueOf(u);
  return value !== undefined && Math.abs(Math.sin(2 * value)) < QUARTER_TURN_TOLERANCE;
}

/** |sin 2u| below which u is taken for a multiple of π/2 (Math.sin(2 * Math.PI) is -2.4e-16). */
const QUARTER_TURN_TOLERANCE = 1e-9;

/**
 * The arguments at which the terms of one sum may meet: u where two terms hold functions of u that the
 * double angle rewrites, or one does beside a number term (2·cos²u - 1); w = 2u likewise for sin w,
 * cos w, sinh w, cosh w (cos 2u + 1).
 */
function meetings(terms: readonly Expr[], halves: Set<Expr>, doubles: Set<Expr>): void {
  const numberTerm = terms.some((t) => t.kind === 'num');
  const halfCount = new Map<Expr, number>();
  const doubleCount = new Map<Expr, number>();
  for (const t of terms) {
    const seenHalf = new Set<Expr>();
    const seenDouble = new Set<Expr>();
    for (const f of t.kind === 'mul' ? t.args : [t]) {
      const p = asPowerOfCall(f);
      if (p === undefined) continue;
      const u = p.call.args[0] as Expr;
      if ((SQUARE_BY_DOUBLE_ANGLE[p.call.fn] !== undefined && p.n % 2 === 0) || QUOTIENT_BY_DOUBLE_ANGLE[p.call.fn] !== undefined) seenHalf.add(u);
      if (BY_HALF_ANGLE[p.call.fn] !== undefined && hasEvenCoefficient(u)) seenDouble.add(u);
    }
    for (const u of seenHalf) halfCount.set(u, (halfCount.get(u) ?? 0) + 1);
    for (const w of seenDouble) doubleCount.set(w, (doubleCount.get(w) ?? 0) + 1);
  }
  for (const [u, n] of halfCount) if (n >= 2 || numberTerm) halves.add(u);
  for (const [w, n] of doubleCount) if (n >= 2 || numberTerm) doubles.add(w);
}

/** Whether a rewritten tree still has a function the identities rewrite at `u` (compared by identity). */
function hasCallAt(tree: Expr, u: Expr): boolean {
  const pending = [tree];
  const seen = new Set<Expr>();
  for (let e = pending.pop(); e !== undefined; e = pending.pop()) {
    if (seen.has(e)) continue;
    seen.add(e);
    if (mayRewriteAngles(e) && children(e)[0] === u) return true;
    pending.push(...children(e));
  }
  return false;
}

const HALVINGS: readonly Halved[] = ['by-odd', 'by-even'];

/** A rewritten tree (unsimplified), and the argument it rewrote away (u, or 2u), as it prints. */
export interface AngleRewrite {
  readonly tree: Expr;
  readonly old: Expr;
}

/**
 * Whether a simplified rewrite has a function of the argument rewritten away: it has come back, mixed
 * with the new one (the sixth derivative of tan(x) as 2*((4*cos(2*x) - 112)*cos(2*x) + 244)*sin(x)/cos(x)^7)
 * or spelled anew (the fifth as a quotient of powers of sin(x) and cos(x), the polynomial in tan(x)
 * taken through cos(2x) and back): no change of angle, however small.
 */
export function keepsAngle(tree: Expr, old: Expr): boolean {
  return (postorderUpTo(tree, MAX_NODES_FOR_ANGLES) ?? []).some((f) => mayRewriteAngles(f) && equals(children(f)[0] as Expr, old));
}

function isOneArgumentCall(e: Expr): e is Call {
  return e.kind === 'call' && e.args.length === 1;
}

/** An exact even integer, positive or negative. */
function evenInteger(e: Expr): boolean {
  return e.kind === 'num' && e.exact !== null && e.exact.den === 1n && e.exact.num % 2n === 0n && e.exact.num !== 0n;
}

/** An exact integer other than 0, as a number. */
function integerExponent(e: Expr): number | undefined {
  return e.kind === 'num' && e.exact !== null && e.exact.den === 1n && e.exact.num !== 0n ? Number(e.exact.num) : undefined;
}

/** A canonical product with an even whole leading coefficient (2x, -4y): an argument that halves without a fraction. */
function hasEvenCoefficient(u: Expr): boolean {
  return u.kind === 'mul' && evenInteger(u.args[0] as Expr);
}

/** A factor as f(u)^n: the call and its integer power, or undefined. */
function asPowerOfCall(f: Expr): { call: Call; n: number } | undefined {
  if (isOneArgumentCall(f)) return { call: f, n: 1 };
  if (f.kind !== 'pow' || !isOneArgumentCall(f.args[0])) return undefined;
  const n = integerExponent(f.args[1]);
  return n === undefined ? undefined : { call: f.args[0], n };
}

/** sin, cos, sinh, cosh of u to a power, csc, sec, csch, sech read as their reciprocals (csc u^n = sin u^-n). */
function asPairPower(f: Expr): { fn: FunctionName; u: Expr; n: number } | undefined {
  const p = asPowerOfCall(f);
  if (p === undefined) return undefined;
  const reciprocal = PAIR_RECIPROCALS[p.call.fn];
  return { fn: reciprocal ?? p.call.fn, u: p.call.args[0] as Expr, n: reciprocal === undefined ? p.n : -p.n };
}

const PAIR_RECIPROCALS: Partial<Record<FunctionName, FunctionName>> = { csc: 'sin', sec: 'cos', csch: 'sinh', sech: 'cosh' };

/** The arguments u of the factors sin u and cos u (or sinh u and cosh u, or their reciprocals) that meet in a product, to powers of one sign. */
function pairedArguments(factors: readonly Expr[]): Expr[] {
  const found: Expr[] = [];
  for (const [first, second] of PAIRS_BY_DOUBLE_ANGLE) {
    for (const f of factors) {
      const a = asPairPower(f);
      if (a === undefined || a.fn !== first) continue;
      if (factors.some((g) => { const b = asPairPower(g); return b !== undefined && b.fn === second && b.u === a.u && Math.sign(b.n) === Math.sign(a.n); })) found.push(a.u);
    }
  }
  return found;
}

/**
 * The factors of a product with sin u^a·cos u^b written as (sin(2u)/2)^m·sin u^(a - m)·cos u^(b - m),
 * m the power of smaller size (a and b of one sign; csc u^-a counts as sin u^a); undefined where no pair meets.
 */
function pairedFactors(factors: readonly Expr[], u: Expr, at: (fn: FunctionName) => Expr): Expr[] | undefined {
  for (const [first, second, doubled] of PAIRS_BY_DOUBLE_ANGLE) {
    const i = factors.findIndex((f) => { const p = asPairPower(f); return p !== undefined && p.fn === first && p.u === u; });
    const j = factors.findIndex((f) => { const p = asPairPower(f); return p !== undefined && p.fn === second && p.u === u; });
    if (i < 0 || j < 0) continue;
    const a = asPairPower(factors[i] as Expr)?.n as number;
    const b = asPairPower(factors[j] as Expr)?.n as number;
    if (Math.sign(a) !== Math.sign(b)) continue;
    const m = Math.sign(a) * Math.min(Math.abs(a), Math.abs(b));
    const rest = factors.filter((_, k) => k !== i && k !== j);
    return [...rest, pow(at(doubled), m), pow(2, -m), pow(call(first, u), a - m), pow(call(second, u), b - m)];
  }
  return undefined;
}

/**
 * Every function of u written by functions of 2u: squares by cos 2u, tan u and its kin by sin 2u and
 * cos 2u, and sin u·cos u by sin 2u (the unpaired powers left). Nodes are compared by identity, as the
 * canonical result shares them.
 */
function byDoubleAngle(root: Expr, u: Expr): Expr {
  const doubled = mul(2, u);
  const at = (fn: FunctionName): Expr => call(fn, doubled);
  return mapped(root, (e, again) => {
    if (e.kind === 'mul') {
      const paired = pairedFactors(e.args, u, at);
      return paired === undefined ? undefined : paired.map(again).reduce((p, f) => mul(p, f));
    }
    const power = asPowerOfCall(e);
    if (power === undefined || power.call.args[0] !== u) return undefined;
    const { fn } = power.call;
    // Even powers by cos 2u alone (tan²u = (1 - cos 2u)/(1 + cos 2u)); sin²2u would need a Pythagoras more.
    const squared = SQUARE_BY_DOUBLE_ANGLE[fn];
    if (squared !== undefined && power.n % 2 === 0) return pow(squared.square(at(squared.doubled)), power.n / 2);
    const quotient = QUOTIENT_BY_DOUBLE_ANGLE[fn];
    if (quotient === undefined) return undefined;
    const circular = fn === 'tan' || fn === 'cot';
    return pow(quotient(at(circular ? 'sin' : 'sinh'), at(circular ? 'cos' : 'cosh')), power.n);
  });
}

/** Every sin, cos, sinh, cosh of w = 2u written by functions of u (cos 2u by sin u or by cos u, as `halved` says). */
function byHalfAngle(root: Expr, w: Expr, halved: Halved): Expr {
  const u = mul(w, pow(2, -1));
  return mapped(root, (e) => {
    if (!isOneArgumentCall(e) || e.args[0] !== w) return undefined;
    const rewrite = BY_HALF_ANGLE[e.fn];
    if (rewrite === undefined) return undefined;
    const circular = e.fn === 'sin' || e.fn === 'cos';
    return rewrite(call(circular ? 'sin' : 'sinh', u), call(circular ? 'cos' : 'cosh', u), halved);
  });
}

/**
 * The tree with `rewrite` applied top-down where it applies (it may map the parts it keeps with
 * `again`), every other node rebuilt from its mapped children; each distinct node once. Recursive:
 * trees reaching here are MAX_NODES_FOR_ANGLES nodes at most.
 */
function mapped(root: Expr, rewrite: (e: Expr, again: (e: Expr) => Expr) => Expr | undefined): Expr {
  const memo = new Map<Expr, Expr>();
  const again = (e: Expr): Expr => {
    let out = memo.get(e);
    if (out === undefined) {
      out = rewrite(e, again) ?? withChildren(e, children(e).map(again));
      memo.set(e, out);
    }
    return out;
  };
  return again(root);
}

/** Whether a node is a function the identities rewrite, at u or at 2u (a quick look before anything is built). */
export function mayRewriteAngles(e: Expr): boolean {
  return e.kind === 'call' && e.args.length === 1 && (SQUARE_BY_DOUBLE_ANGLE[e.fn] !== undefined || BY_HALF_ANGLE[e.fn] !== undefined);
}
