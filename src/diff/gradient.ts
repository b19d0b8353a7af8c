// gradient: every partial derivative at once, by a symbolic reverse sweep. The adjoint of each
// node (∂F/∂node, as a tree) is pushed from the root to the leaves, so the partials share their
// common subexpressions (the lecture's "problem 1: one tree for each partial" disappears), and
// they are simplified together, sharing nodes in the result too.

import type { Expr } from '../ast/expr.js';
import { addNode, children, isLeaf } from '../ast/expr.js';
import { checkVariableName, describe } from '../ast/names.js';
import { dagSize } from '../ast/size.js';
import { add, mul, zero } from '../ast/smart.js';
import { freeVariables } from '../ast/variables.js';
import { postorder } from '../ast/walk.js';
import { InvalidArgumentError } from '../errors.js';
import { simplifyTreesByShape } from '../shapes/simplify-by-shape.js';
import { simplifyAll } from '../simplify/simplify.js';
import { diff } from './diff.js';
import { differentiateAll } from './differentiate.js';
import { sweepSize, type SweepSize } from './flat-factors.js';
import { localPartials } from './partials.js';

/** One simplified partial derivative per variable (default: every free variable, in order of appearance). */
export function gradient(root: Expr, variables?: string[]): Record<string, Expr> {
  const names = variables === undefined ? freeVariables(root) : checkNames(variables);
  const swept = linearSweep(root, names);
  // Flattening would make the simplified sweep quadratic: take each partial from diff's nested form.
  if (swept === undefined) {
    // Each partial as diff makes it (D, then simplified), simplified together: the input's nodes
    // that every partial holds are made canonical once, not once per variable.
    const partials = simplifyAll(differentiateAll(root, names));
    return Object.fromEntries(names.map((name, i) => [name, partials[i] as Expr]));
  }
  const { raw, sweep } = swept;
  const partials = simplifyTreesByShape(raw, { shareProducts: true });
  // One walk over all the partials (the sweep's was counted above), unless the whole has grown.
  const grew = dagSize(addNode(partials)) > 2 * sweep.nodes;
  const chosen = grew ? partials.map((p, i) => nested(root, names[i] as string, raw[i] as Expr, p)) : partials;
  return Object.fromEntries(names.map((name, i) => [name, chosen[i] as Expr]));
}

/**
 * The raw sweep and its size, or undefined when simplifying it would be quadratic. The sweep is not
 * kept past the answer: where it is dropped, it is garbage before the simplifier starts, not a
 * tree of the input's size that every collection during simplification copies.
 */
function linearSweep(root: Expr, names: readonly string[]): { raw: Expr[]; sweep: SweepSize } | undefined {
  const raw = adjointsOfVariables(root, names);
  const sweep = sweepSize(raw);
  return sweep.quadratic ? undefined : { raw, sweep };
}

/**
 * The reverse sweep writes ∂F/∂y as a sum, over the paths from the root to y, of the product of the
 * local partials along each path; simplified, each product is one flat list of factors. On a chain
 * (log(y, log(y, … x))) of depth n that is n products of up to n factors, quadratic, where `diff`'s
 * forward rule nests them (Horner-like) and stays linear: at depth 100, 15,352 distinct nodes against
 * 800. So a partial that came out over twice the size of its raw sweep is taken from `diff` when that
 * is smaller. (On the benchmark corpus, mlp64 included, no partial comes out larger than its sweep.)
 */
function nested(root: Expr, name: string, raw: Expr, simplified: Expr): Expr {
  if (dagSize(simplified) <= 2 * dagSize(raw)) return simplified;
  const forward = diff(root, name);
  return dagSize(forward) < dagSize(simplified) ? forward : simplified;
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
