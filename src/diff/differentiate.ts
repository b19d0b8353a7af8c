// The structural derivative D: the tree of u to the tree of u', one rule per node kind, the chain
// rule written once at the call node through the function table. Memoised per node, so a subtree
// shared in u is differentiated once and its derivative is shared in u'.

import type { Expr, Var } from '../ast/expr.js';
import { assertNever, children } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { checkVariableName } from '../ast/names.js';
import { isExactZero } from '../ast/numbers.js';
import { add, call, div, mul, neg, one, pow, square, sub, zero } from '../ast/smart.js';
import { postorder } from '../ast/walk.js';
import { toExpr } from '../parser/input.js';

/** The raw derivative of `expr` with respect to `variable`, rule by rule, unsimplified. */
export function differentiate(expr: Expr | string, variable: string): Expr {
  const name = checkVariableName(variable);
  const root = toExpr(expr);
  return derivative(root, (v) => (v.name === name ? one : zero));
}

/**
 * D of `root`, where the derivative of each variable is `seed(variable)`: 1 or 0 for a partial
 * derivative, the variable `dx` for the total differential. One bottom-up pass over distinct nodes;
 * `d` gives a child's derivative, and each case is the rule of calculus it encodes.
 */
export function derivative(root: Expr, seed: (v: Var) => Expr): Expr {
  const memo = new Map<Expr, Expr>();
  const d = (e: Expr): Expr => memo.get(e) as Expr;
  for (const e of postorder(root)) memo.set(e, rule(e, d, seed));
  return memo.get(root) as Expr;
}

function rule(e: Expr, d: (e: Expr) => Expr, seed: (v: Var) => Expr): Expr {
  // D(c) = 0 for any subtree without variables, even one whose value is not finite (`pi/0`).
  if (e.kind !== 'var' && children(e).every((k) => isExactZero(d(k)))) return zero;
  switch (e.kind) {
    case 'num':
    case 'const':
      return zero;
    case 'var':
      return seed(e);
    case 'add': // (u + v)' = u' + v'
      return e.args.map(d).reduce((sum, du) => add(sum, du));
    case 'sub': // (u - v)' = u' - v'
      return sub(d(e.args[0]), d(e.args[1]));
    case 'neg': // (-u)' = -u'
      return neg(d(e.args[0]));
    case 'mul': // (uv)' = u'v + uv', for any number of factors
      return productRule(e.args, d);
    case 'div': { // (u/v)' = (u'v - uv') / v^2
      const [u, v] = e.args;
      return div(sub(mul(d(u), v), mul(u, d(v))), square(v));
    }
    case 'pow':
      return powerRule(e, e.args[0], e.args[1], d(e.args[0]), d(e.args[1]));
    case 'call': { // f(u, …)' = Σ ∂f/∂u_i · u_i'  (the chain rule, once, for every function)
      const partials = FUNCTIONS[e.fn].derivative(e.args);
      return e.args.reduce<Expr>((sum, u, i) => add(sum, mul(partials[i] as Expr, d(u))), zero);
    }
    default:
      return assertNever(e);
  }
}

function productRule(factors: readonly Expr[], d: (e: Expr) => Expr): Expr {
  // (u1 u2 … un)' = (u1 … u(n-1))' un + (u1 … u(n-1)) un'
  let product = factors[0] as Expr;
  let derivative = d(product);
  for (const u of factors.slice(1)) {
    derivative = add(mul(derivative, u), mul(product, d(u)));
    product = mul(product, u);
  }
  return derivative;
}

function powerRule(e: Expr, u: Expr, v: Expr, du: Expr, dv: Expr): Expr {
  // (u^n)' = n u^(n-1) u'           when the exponent does not vary
  if (isExactZero(dv)) return mul(mul(v, pow(u, sub(v, one))), du);
  // (0^v)' = 0: 0^v is 0 wherever it is finite (v > 0), where a^v log(a) would give 0·(-∞) = NaN.
  // Forward and reverse mode take the same limit (ad/partials.ts: no slope in v where u^v = 0).
  if (isExactZero(du) && u.kind === 'num' && u.value === 0) return zero;
  // (a^v)' = a^v log(a) v'           when the base does not vary
  if (isExactZero(du)) return mul(mul(e, call('log', u)), dv);
  // (u^v)' = u^v (v' log(u) + v u'/u) in general
  return mul(e, add(mul(dv, call('log', u)), div(mul(v, du), u)));
}
