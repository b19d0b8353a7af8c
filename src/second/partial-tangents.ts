// A node's local partials ∂node/∂child as dual numbers: each partial with its rate of change along the
// direction, the multipliers of forward-over-reverse's backward pass. An operator's come from its
// row's `slopes` column read on dual numbers (dual-arithmetic.ts). A function's come from its row's
// numeric `slope` (the primal, as reverse mode has it) and the directional derivative of its symbolic
// `derivative` column, evaluated in dual numbers (ad/dual.ts, the rows' slopes again): so no
// second-derivative rule is written anywhere.

import { children, varNode, type Call, type Expr, type Num, type Operation } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS } from '../ast/operators.js';
import { postorder } from '../ast/walk.js';
import { callNode } from '../ast/expr.js';
import { dualOf, type Dual } from '../ad/dual.js';
import { DUALS } from './dual-arithmetic.js';

/** ∂node/∂child_j as duals, for the children that `needed` asks for (the others undefined). */
export function partialDuals(node: Operation, kids: readonly Dual[], self: Dual, needed: (j: number) => boolean): (Dual | undefined)[] {
  if (node.kind === 'call') return callPartials(node, kids, needed);
  return OPERATORS[node.kind].slopes(DUALS, kids, self, needed);
}

/** A function's outer derivatives over placeholder arguments u0, u1, …, with their evaluation order. */
interface Template {
  readonly placeholders: readonly Expr[];
  /** undefined where the row has no derivative (its slope column gives NaN there). */
  readonly derivatives: readonly (Expr | undefined)[];
  readonly order: readonly Expr[];
}

const templates = new Map<string, Template>();
/** Keys hold literal values, so a long session could make many: past this many, start again. */
const MAX_TEMPLATES = 4096;

// A literal argument is passed as itself, not a placeholder, and is part of the key: a row may need it
// (polygamma's order n is written n + 1 in its derivative, and refuses anything but a literal).
function templateOf(node: Call): Template {
  const key = `${node.fn} ${node.args.map((a) => (a.kind === 'num' ? numKey(a) : '#')).join(' ')}`;
  let t = templates.get(key);
  if (t === undefined) {
    const placeholders = node.args.map((a, i) => (a.kind === 'num' ? a : varNode(`u${i}`)));
    const derivatives = FUNCTIONS[node.fn].derivative(callNode(node.fn, placeholders).args);
    const defined = derivatives.filter((d): d is Expr => d !== undefined);
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(key, (t = { placeholders, derivatives, order: postorder(defined) }));
  }
  return t;
}

/** A literal's key: its exact value where it has one, else its double (a float literal). */
const numKey = (n: Num): string => (n.exact === null ? `f${n.value}` : `${n.exact.num}/${n.exact.den}`);

function callPartials(node: Call, kids: readonly Dual[], needed: (j: number) => boolean): (Dual | undefined)[] {
  const primals = FUNCTIONS[node.fn].slope(kids.map((k) => k.primal));
  const constant = kids.every((k) => k.tangent === null);
  const tangents = constant ? undefined : derivativeDuals(templateOf(node), kids);
  return primals.map((primal, j) => (needed(j) ? { primal, tangent: tangents?.[j]?.tangent ?? null } : undefined));
}

function derivativeDuals(t: Template, kids: readonly Dual[]): Dual[] {
  const duals = new Map<Expr, Dual>(t.placeholders.map((p, i) => [p, kids[i] as Dual]));
  // A literal placeholder is the literal itself: its dual is its own (value, null), as dualOf makes it.
  for (const e of t.order) {
    if (!duals.has(e)) duals.set(e, dualOf(e, children(e).map((k) => duals.get(k) as Dual)));
  }
  return t.derivatives.map((d) => (d === undefined ? { primal: NaN, tangent: null } : duals.get(d) as Dual));
}
