// The tangents of a node's local partials ∂node/∂child along a direction: how the multipliers of the
// backward pass change when the point moves, which is what forward-over-reverse needs on top of
// reverse mode. Each is the directional derivative of the symbolic local partial (diff/partials.ts,
// the function table's derivative column for a call) taken in dual numbers (ad/dual.ts, the table's
// slope column), so no second-derivative rule is written anywhere.

import { children, varNode, withChildren, type Expr, type Operation } from '../ast/expr.js';
import { postorder } from '../ast/walk.js';
import { dualOf, type Dual, type Tangent } from '../ad/dual.js';
import { localPartials } from '../diff/partials.js';

/** A node's local partials over placeholder children u0, u1, …, with their evaluation order. */
interface Template {
  readonly placeholders: readonly Expr[];
  readonly partials: readonly (Expr | undefined)[];
  readonly order: readonly Expr[];
}

const templates = new Map<string, Template>();

function templateOf(node: Operation): Template {
  const arity = node.args.length;
  const key = `${node.kind} ${node.kind === 'call' ? node.fn : ''} ${arity}`;
  let t = templates.get(key);
  if (t === undefined) {
    const placeholders = Array.from({ length: arity }, (_, i) => varNode(`u${i}`));
    const partials = localPartials(withChildren(node, placeholders) as Operation, () => true);
    const roots = partials.filter((p): p is Expr => p !== undefined);
    templates.set(key, (t = { placeholders, partials, order: postorder(roots) }));
  }
  return t;
}

/**
 * d/dt ∂node/∂child_j for each child j, given the children's duals; null where the partial does
 * not move along the direction. A product's partials (the products of the others) are taken by
 * prefix and suffix products of duals, linear in the number of factors, where a template would be
 * quadratic.
 */
export function partialTangents(node: Operation, kids: readonly Dual[]): Tangent[] {
  if (kids.every((k) => k.tangent === null)) return kids.map(() => null);
  if (node.kind === 'mul') return othersProducts(kids).map((p) => p.tangent);
  const t = templateOf(node);
  const duals = new Map<Expr, Dual>(t.placeholders.map((p, i) => [p, kids[i] as Dual]));
  for (const e of t.order) {
    if (!duals.has(e)) duals.set(e, dualOf(e, children(e).map((k) => duals.get(k) as Dual)));
  }
  return t.partials.map((p) => (p === undefined ? null : (duals.get(p) as Dual).tangent));
}

const ONE: Dual = { primal: 1, tangent: null };

function times(a: Dual, b: Dual): Dual {
  const ta = a.tangent === null ? null : a.tangent * b.primal;
  const tb = b.tangent === null ? null : a.primal * b.tangent;
  return { primal: a.primal * b.primal, tangent: ta === null ? tb : tb === null ? ta : ta + tb };
}

/** Π_{m≠j} x_m for each j, in dual numbers. */
function othersProducts(x: readonly Dual[]): Dual[] {
  const result = x.map(() => ONE);
  for (let i = 1, prefix = ONE; i < x.length; i++) result[i] = prefix = times(prefix, x[i - 1] as Dual);
  for (let i = x.length - 2, suffix = ONE; i >= 0; i--) result[i] = times(result[i] as Dual, (suffix = times(suffix, x[i + 1] as Dual)));
  return result;
}
