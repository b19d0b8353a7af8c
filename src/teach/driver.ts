// TEMPORARY: the shape of the lead's generic D driver (src/diff/differentiate.ts on main, in flight):
// `derivative(root, seed, override)` and `rule(node, tangents, seed)`. Replaced by imports from
// src/diff once that lands; the rules below are those of today's src/diff/differentiate.ts.

import type { Expr, Var } from '../ast/expr.js';
import { assertNever, children } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { isExactZero } from '../ast/numbers.js';
import { add, call, div, mul, neg, one, pow, square, sub, zero } from '../ast/smart.js';
import { postorder } from '../ast/walk.js';

export type RuleOverride = (node: Expr, tangents: readonly Expr[]) => Expr | undefined;

export function derivative(root: Expr, seed: (v: Var) => Expr, override?: RuleOverride): Expr {
  const memo = new Map<Expr, Expr>();
  for (const e of postorder(root)) {
    const tangents = children(e).map((k) => memo.get(k) as Expr);
    memo.set(e, override?.(e, tangents) ?? rule(e, tangents, seed));
  }
  return memo.get(root) as Expr;
}

export function rule(e: Expr, t: readonly Expr[], seed: (v: Var) => Expr): Expr {
  if (e.kind !== 'var' && t.every(isExactZero)) return zero;
  const d = (i: number) => t[i] as Expr;
  switch (e.kind) {
    case 'num':
    case 'const':
      return zero;
    case 'var':
      return seed(e);
    case 'add':
      return t.reduce((sum, du) => add(sum, du));
    case 'sub':
      return sub(d(0), d(1));
    case 'neg':
      return neg(d(0));
    case 'mul': {
      let product = e.args[0] as Expr;
      let derivative = d(0);
      for (let i = 1; i < e.args.length; i++) {
        derivative = add(mul(derivative, e.args[i] as Expr), mul(product, d(i)));
        product = mul(product, e.args[i] as Expr);
      }
      return derivative;
    }
    case 'div': {
      const [u, v] = e.args;
      return div(sub(mul(d(0), v), mul(u, d(1))), square(v));
    }
    case 'pow': {
      const [u, v] = e.args;
      const [du, dv] = [d(0), d(1)];
      if (isExactZero(dv)) return mul(mul(v, pow(u, sub(v, one))), du);
      if (isExactZero(du) && u.kind === 'num' && u.value === 0) return zero;
      if (isExactZero(du)) return mul(mul(e, call('log', u)), dv);
      return mul(e, add(mul(dv, call('log', u)), div(mul(v, du), u)));
    }
    case 'call':
      return chainRule(FUNCTIONS[e.fn].derivative(e.args), t);
    default:
      return assertNever(e);
  }
}

export function chainRule(partials: readonly Expr[], tangents: readonly Expr[]): Expr {
  return tangents.reduce<Expr>((sum, du, i) => add(sum, mul(partials[i] as Expr, du)), zero);
}
