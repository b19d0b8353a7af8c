// gradient: every partial derivative at once, by a symbolic reverse sweep. The adjoint of each
// node (∂F/∂node, as a tree) is pushed from the root to the leaves, so the partials share their
// common subexpressions (the lecture's "problem 1: one tree for each partial" disappears), and
// they are simplified together, sharing nodes in the result too.

import type { Expr } from '../ast/expr.js';
import { children, isLeaf } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { add, mul, zero } from '../ast/smart.js';
import { freeVariables } from '../ast/variables.js';
import { postorder } from '../ast/walk.js';
import { InvalidArgumentError } from '../errors.js';
import { toExpr } from '../parser/input.js';
import { simplifyAll } from '../simplify/simplify.js';
import { localPartials } from './partials.js';

/** One simplified partial derivative per variable (default: every free variable, in order of appearance). */
export function gradient(expr: Expr | string, variables?: string[]): Record<string, Expr> {
  const root = toExpr(expr);
  const names = variables === undefined ? freeVariables(root) : checkNames(variables);
  const partials = simplifyAll(adjointsOfVariables(root, names), { shareProducts: true });
  return Object.fromEntries(names.map((name, i) => [name, partials[i] as Expr]));
}

function checkNames(variables: unknown): string[] {
  if (!Array.isArray(variables)) throw new InvalidArgumentError(`variables must be an array of names, got ${describe(variables)}`);
  return [...new Set((variables as unknown[]).map((v) => checkVariableName(v)))];
}

/** ∂root/∂name for each name, unsimplified, from one reverse sweep over the distinct nodes. */
export function adjointsOfVariables(root: Expr, names: readonly string[]): Expr[] {
  const wanted = new Set(names);
  const order = postorder(root);
  const varies = new Set<Expr>(); // nodes that depend on a wanted variable
  for (const e of order) {
    if (e.kind === 'var' ? wanted.has(e.name) : children(e).some((k) => varies.has(k))) varies.add(e);
  }
  const adjoint = new Map<Expr, Expr>([[root, mul(1, 1)]]);
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i] as Expr;
    const a = adjoint.get(e);
    if (a === undefined || isLeaf(e) || !varies.has(e)) continue;
    const needed = (j: number) => varies.has(e.args[j] as Expr);
    const partials = localPartials(e, needed);
    e.args.forEach((kid, j) => {
      if (needed(j)) adjoint.set(kid, add(adjoint.get(kid) ?? zero, mul(a, partials[j] as Expr)));
    });
  }
  const byName = new Map<string, Expr>(names.map((n) => [n, zero]));
  for (const e of order) {
    if (e.kind === 'var' && wanted.has(e.name)) byName.set(e.name, add(byName.get(e.name) as Expr, adjoint.get(e) ?? zero));
  }
  return names.map((n) => byName.get(n) as Expr);
}
