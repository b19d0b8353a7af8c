// Morrie's law as a candidate of products (rules/cosine-doubling.ts): cos(π/9)·cos(2π/9)·cos(4π/9) is
// sin(8π/9)/(8·sin(π/9)), which the angle rules make 1/8. Number angles only, where sin a ≠ 0 is
// known, so the quotient is defined wherever the product is.

import type { Expr } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import type { Canon } from './canon.js';
import { isPi } from './rules/selectors.js';

/** A number angle: r, or r·π (`pi` then the π node). */
interface Angle { readonly r: Rational; readonly pi: Expr | undefined }

/** Chains shorter than this print no smaller: cos(1)·cos(2) against sin(4)/(4·sin(1)). */
const MIN_CHAIN = 3;
/** Cosines looked at in one product: the chains are found by a quadratic scan. */
const MAX_COSINES = 32;

/** The factors with the longest chain cos a·cos 2a·…·cos 2^(n-1)a (n ≥ 3) as sin(2^n a)/(2^n sin a); else undefined. */
export function cosineDoublings(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  const cosines: { index: number; angle: Angle }[] = [];
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    const angle = f.kind === 'call' && f.fn === 'cos' ? numberAngle(f.args[0] as Expr) : undefined;
    if (angle !== undefined) cosines.push({ index: i, angle });
  }
  if (cosines.length < MIN_CHAIN || cosines.length > MAX_COSINES) return undefined;
  let best: number[] = [];
  for (const start of cosines) {
    if (!sineNonZero(start.angle)) continue;
    const chain = [start.index];
    for (let r = Q.mul(start.angle.r, TWO); ; r = Q.mul(r, TWO)) {
      const next = cosines.find((k) => k.angle.pi === start.angle.pi && Q.equal(k.angle.r, r));
      if (next === undefined) break;
      chain.push(next.index);
    }
    if (chain.length > best.length) best = chain;
  }
  if (best.length < MIN_CHAIN) return undefined;
  const { angle } = cosines.find((k) => k.index === best[0]) as { angle: Angle };
  const scale = Q.rational(1n << BigInt(best.length));
  const rest = factors.filter((_, i) => !best.includes(i));
  return [
    ...rest,
    c.call('sin', [angleNode(c, { r: Q.mul(angle.r, scale), pi: angle.pi })]),
    c.num(Q.inverse(scale) as Rational),
    c.reciprocal(c.call('sin', [angleNode(c, angle)])),
  ];
}

const TWO = Q.rational(2n);

function numberAngle(u: Expr): Angle | undefined {
  if (u.kind === 'num') return u.exact === null ? undefined : { r: u.exact, pi: undefined };
  if (isPi(u)) return { r: Q.ONE, pi: u };
  if (u.kind !== 'mul' || u.args.length !== 2 || !isPi(u.args[1])) return undefined;
  const r = u.args[0];
  return r?.kind === 'num' && r.exact !== null ? { r: r.exact, pi: u.args[1] } : undefined;
}

/** sin a ≠ 0: a non-zero rational (π is irrational), or r·π with r not whole. */
const sineNonZero = ({ r, pi }: Angle): boolean => (pi === undefined ? !Q.isZero(r) : !Q.isInteger(r));

const angleNode = (c: Canon, { r, pi }: Angle): Expr => (pi === undefined ? c.num(r) : c.product([c.num(r), pi]));
