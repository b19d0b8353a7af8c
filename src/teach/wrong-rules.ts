// The classic wrong rules, one row each, in the order they are tried: where each applies, the wrong
// derivative it gives from a node's children and their derivatives (tangents), and what a teacher
// would say. D runs with a row in place of the table's rule to see whether a student's answer came
// from it (diagnose.ts).

import type { Expr } from '../ast/expr.js';
import { children, constNode } from '../ast/expr.js';
import { int } from '../ast/numbers.js';
import { div, mul, one, pow, square, sub, zero } from '../ast/smart.js';
import { simplify } from '../simplify/simplify.js';
import { rule } from '../diff/differentiate.js';
import type { MistakeKind } from './mistake-kind.js';
import { functionRows } from './wrong-function-rows.js';
import { show } from './show.js';
import type { Scene } from './scene.js';

export interface WrongRule {
  readonly kind: MistakeKind;
  readonly appliesAt: (e: Expr, s: Scene) => boolean;
  /** The wrong derivative of `e` from its children's derivatives. */
  readonly wrong: (e: Expr, tangents: readonly Expr[], s: Scene) => Expr;
  /** The node the mistake is reported at (default: `e`). */
  readonly blame?: (e: Expr, s: Scene) => Expr;
  /** What went wrong at `e`, in a student's words. */
  readonly explain: (e: Expr, s: Scene) => string;
}

const half = div(one, int(2));
const tangentOf = (tangents: readonly Expr[], i: number) => tangents[i] as Expr;

/** base and constant exponent of a power the power rule applies to: u^n, or √u as u^(1/2). */
function powerParts(e: Expr, s: Scene): { u: Expr; n: Expr } | undefined {
  if (e.kind === 'pow' && s.varies(e.args[0]) && !s.varies(e.args[1])) return { u: e.args[0], n: e.args[1] };
  if (e.kind === 'call' && e.fn === 'sqrt' && s.varies(e.args[0] as Expr)) return { u: e.args[0] as Expr, n: half };
  return undefined;
}

/** constant base and varying exponent of an exponential: a^u, or exp(u) as e^u. */
function exponentialParts(e: Expr, s: Scene): { a: Expr; u: Expr } | undefined {
  if (e.kind === 'pow' && !s.varies(e.args[0]) && s.varies(e.args[1])) return { a: e.args[0], u: e.args[1] };
  if (e.kind === 'call' && e.fn === 'exp' && s.varies(e.args[0] as Expr)) return { a: constNode('e'), u: e.args[0] as Expr };
  return undefined;
}

const constantTerm = (e: Expr, s: Scene): Expr => children(e).find((k) => !s.varies(k)) ?? e;

/** The first varying child that is not the variable itself: the inside of a composition. */
const inner = (e: Expr, s: Scene): Expr | undefined =>
  (e.kind === 'call' || e.kind === 'pow' ? e.args.find((k) => s.varies(k) && !s.isVariable(k)) : undefined);

/** One power-rule row: `wrong(u, n, u')`. */
function powerRow(wrong: (u: Expr, n: Expr, du: Expr) => Expr, explain: (u: Expr, n: Expr) => string): WrongRule {
  return {
    kind: 'power-rule',
    appliesAt: (e, s) => powerParts(e, s) !== undefined,
    wrong: (e, t, s) => {
      const { u, n } = powerParts(e, s) as { u: Expr; n: Expr };
      return wrong(u, n, tangentOf(t, 0));
    },
    explain: (e, s) => {
      const { u, n } = powerParts(e, s) as { u: Expr; n: Expr };
      return `The power rule: d/d${s.variable}[u^n] = n·u^(n-1)·u'. For ${show(e)}, ${explain(u, n)}`;
    },
  };
}

export const WRONG_RULES: readonly WrongRule[] = [
  { // f(u)' = f'(u): the inner derivative dropped (u^n and a^u are compositions too)
    kind: 'chain-rule-inner-missing',
    appliesAt: (e, s) => inner(e, s) !== undefined,
    wrong: (e, _, s) => rule(e, children(e).map((k) => (s.varies(k) ? one : zero)), s.seed),
    explain: (e, s) => `The chain rule: the derivative of ${show(e)} is the outer derivative times the derivative of the inside, ` +
      `d/d${s.variable}[${show(inner(e, s) as Expr)}]. That factor is missing.`,
  },
  { // (uv)' = u'v'
    kind: 'product-rule-as-product',
    appliesAt: (e, s) => e.kind === 'mul' && e.args.filter(s.varies).length >= 2,
    wrong: (e, t, s) => (e.kind === 'mul' ? e.args : []).map((f, i) => (s.varies(f) ? tangentOf(t, i) : f)).reduce((p, f) => mul(p, f)),
    explain: (e, s) => `The product rule: d/d${s.variable}[u·v] = u'·v + u·v', not u'·v' (the product of the derivatives). Look again at ${show(e)}.`,
  },
  { // (u/v)' = (uv' - u'v)/v^2
    kind: 'quotient-rule-sign',
    appliesAt: (e, s) => e.kind === 'div' && s.varies(e.args[1]),
    wrong: (e, [du, dv]) => {
      const [u, v] = e.kind === 'div' ? e.args : [e, e];
      return div(sub(mul(u, dv as Expr), mul(du as Expr, v)), square(v));
    },
    explain: (e, s) => `The quotient rule: d/d${s.variable}[u/v] = (u'·v - u·v')/v^2, the derivative of the numerator first. ` +
      `For ${show(e)} the numerator's two terms are the other way round, which flips the sign.`,
  },
  { // (u/v)' = (u'v - uv')/v
    kind: 'quotient-rule-square',
    appliesAt: (e, s) => e.kind === 'div' && s.varies(e.args[1]),
    wrong: (e, [du, dv]) => {
      const [u, v] = e.kind === 'div' ? e.args : [e, e];
      return div(sub(mul(du as Expr, v), mul(u, dv as Expr)), v);
    },
    explain: (e, s) => `The quotient rule: d/d${s.variable}[u/v] = (u'·v - u·v')/v^2. For ${show(e)} divide by the square of the ` +
      `denominator, ${show(square(e.kind === 'div' ? e.args[1] : e))}, not by the denominator itself.`,
  },
  // (u^n)' = n·u^n, or u^(n-1) without the factor n, or the exponent raised instead of lowered (x^-2 → -2x^-1)
  powerRow((u, n, du) => mul(mul(n, pow(u, n)), du), (u, n) => `the exponent goes down by one, to ${show(simplify(sub(n, one)))}; it was left at ${show(n)}.`),
  powerRow((u, n, du) => mul(pow(u, sub(n, one)), du), (u, n) => `the old exponent ${show(n)} comes down as a factor; it is missing.`),
  powerRow((u, n, du) => mul(mul(n, pow(u, sub(n, int(-1)))), du), (u, n) => `the exponent goes down by one, to ${show(simplify(sub(n, one)))}, not up.`),
  { // (a^u)' = u·a^(u-1)·u'
    kind: 'exponential-as-power',
    appliesAt: (e, s) => exponentialParts(e, s) !== undefined,
    wrong: (e, t, s) => {
      const { a, u } = exponentialParts(e, s) as { a: Expr; u: Expr };
      return mul(mul(u, pow(a, sub(u, one))), tangentOf(t, e.kind === 'pow' ? 1 : 0));
    },
    explain: (e, s) => {
      const { a } = exponentialParts(e, s) as { a: Expr; u: Expr };
      return `${show(e)} has the variable in the exponent: it is an exponential, not a power, so the power rule does not apply. ` +
        `d/d${s.variable}[a^u] = a^u·ln(a)·u'${a.kind === 'const' && a.name === 'e' ? `, and d/d${s.variable}[e^u] = e^u·u'` : ''}.`;
    },
  },
  ...functionRows(),
  { // c' = c: a constant term kept instead of dropped
    kind: 'constant-kept',
    appliesAt: (e, s) => (e.kind === 'add' || e.kind === 'sub') && s.varies(e) && e.args.some((k) => !s.varies(k)),
    wrong: (e, t, s) => rule(e, children(e).map((k, i) => (s.varies(k) ? tangentOf(t, i) : k)), s.seed),
    blame: (e, s) => constantTerm(e, s),
    explain: (e, s) => `The derivative of a constant is 0: the term ${show(constantTerm(e, s))} does not depend on ` +
      `${s.variable}, so it disappears.`,
  },
];
