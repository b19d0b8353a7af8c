// Dual numbers: a primal value and its tangent (its derivative along a direction), one rule per node
// kind with the tangent rule beside the primal one. Calls use the table's numeric `slope` column, never
// the symbolic `derivative` column, so forward mode stays an independent oracle for symbolic D.
//
// A tangent of `null` means "does not depend on the direction" (a constant, or only variables whose
// component is 0). It is not the number 0: a term whose tangent is null is left out of a sum instead of
// being multiplied in, so a constant exponent or a constant factor with an infinite or NaN partial
// (`x^3` at x < 0 would meet log(x) = NaN) cannot poison the result.

import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';

export type Tangent = number | null;

export interface Dual {
  readonly primal: number;
  readonly tangent: Tangent;
}

const plus = (a: Tangent, b: Tangent): Tangent => (a === null ? b : b === null ? a : a + b);
const times = (t: Tangent, k: number): Tangent => (t === null ? null : t * k);
const dual = (primal: number, tangent: Tangent): Dual => ({ primal, tangent });

/** The dual number of `node` from its children's; leaves (variables) are handled by the caller. */
export function dualOf(node: Expr, args: readonly Dual[]): Dual {
  switch (node.kind) {
    case 'num':
      return dual(node.value, null);
    case 'const':
      return dual(node.name === 'pi' ? Math.PI : Math.E, null);
    case 'var':
      throw new Error('dualOf: a variable takes its dual from the point and the direction');
    case 'add': // (u + v)' = u' + v'
      return args.reduce((s, u) => dual(s.primal + u.primal, plus(s.tangent, u.tangent)));
    case 'sub': // (u - v)' = u' - v'
      return binary(args, (u, v) => dual(u.primal - v.primal, plus(u.tangent, times(v.tangent, -1))));
    case 'neg': // (-u)' = -u'
      return dual(-first(args).primal, times(first(args).tangent, -1));
    case 'mul': // (uv)' = u'v + uv'
      return args.reduce((p, u) => dual(p.primal * u.primal, plus(times(p.tangent, u.primal), times(u.tangent, p.primal))));
    case 'div': // (u/v)' = (u' - (u/v) v') / v
      return binary(args, (u, v) => quotient(u, v));
    case 'pow':
      return binary(args, power);
    case 'call':
      return callDual(node.fn, args);
    default:
      return assertNever(node);
  }
}

function quotient(u: Dual, v: Dual): Dual {
  const q = u.primal / v.primal;
  const t = plus(u.tangent, times(v.tangent, -q));
  return dual(q, t === null ? null : t / v.primal);
}

/**
 * (u^v)' = v u^(v-1) u' + u^v log(u) v', each term only when its tangent is present: with a constant
 * exponent this is the power rule alone, so x^2 at 0 gives 0 and x^3 at -2 gives 12 (the general
 * form u^v (v' log u + v u'/u) would meet 0·(-Infinity) and NaN there). Two limits are taken on
 * purpose: v = 0 makes u^0 = 1 constant (slope 0, not 0·0^-1 = NaN at u = 0), and u^v = 0 (u = 0,
 * v > 0) makes the exponent's slope 0 (not 0·log 0 = NaN), as 0^v is constant for v > 0.
 */
function power(u: Dual, v: Dual): Dual {
  const p = Math.pow(u.primal, v.primal);
  const alongBase = u.tangent === null ? null : u.tangent * (v.primal === 0 ? 0 : v.primal * Math.pow(u.primal, v.primal - 1));
  const alongExponent = v.tangent === null ? null : v.tangent * (p === 0 ? 0 : p * Math.log(u.primal));
  return dual(p, plus(alongBase, alongExponent));
}

/** f(u1, …)' = Σ ∂f/∂ui · ui', the slopes from the function table. */
function callDual(fn: keyof typeof FUNCTIONS, args: readonly Dual[]): Dual {
  const row = FUNCTIONS[fn];
  const primals = args.map((a) => a.primal);
  const primal = row.value(...primals);
  if (args.every((a) => a.tangent === null)) return dual(primal, null);
  const slopes = row.slope(primals);
  const tangent = args.reduce<Tangent>((t, a, i) => plus(t, times(a.tangent, slopes[i] as number)), null);
  return dual(primal, tangent);
}

function first(args: readonly Dual[]): Dual {
  return args[0] as Dual;
}

function binary(args: readonly Dual[], rule: (u: Dual, v: Dual) => Dual): Dual {
  return rule(args[0] as Dual, args[1] as Dual);
}
