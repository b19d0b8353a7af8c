// The structural derivative D: the tree of u to the tree of u', node by node. A generic driver over
// the tables: an operator node applies its row's rule (ast/operators.ts: `(uv)' = u'v + uv'`), a call
// applies the chain rule, written once here, with the function row's outer derivative. Memoised per
// node, so a subtree shared in u is differentiated once and its derivative is shared in u'.

import type { Expr, Operation, Var } from '../ast/expr.js';
import { assertNever, children } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { partialOrRefuse } from '../ast/functions/row.js';
import { checkVariableName } from '../ast/names.js';
import { isExactZero } from '../ast/numbers.js';
import { OPERATORS } from '../ast/operators.js';
import { add, mul, one, zero } from '../ast/smart.js';

/**
 * A rule put in place of the table's at some nodes: given a node and its children's derivatives (its
 * tangents), the node's derivative, or undefined to keep the table's rule. The teaching code shows the
 * derivation and names a student's mistake through it, with the one D.
 */
export type RuleOverride = (node: Expr, tangents: readonly Expr[]) => Expr | undefined;

/** The raw derivative of `expr` with respect to `variable`, rule by rule, unsimplified. */
export function differentiate(root: Expr, variable: string): Expr {
  const name = checkVariableName(variable);
  return derivative(root, (v) => (v.name === name ? one : zero));
}

/**
 * The raw partial derivatives of `root` with respect to each of `variables`, each as `differentiate`
 * makes it. A function's partials (∂f/∂ui, which do not depend on the variable) are made once per call
 * node for all of them, so the derivatives share those trees: simplified together, each is made
 * canonical once rather than once per variable.
 */
export function differentiateAll(root: Expr, variables: readonly string[]): Expr[] {
  const partials: PartialsMemo = new Map();
  return variables.map((variable) => {
    const name = checkVariableName(variable);
    return derivative(root, (v) => (v.name === name ? one : zero), undefined, partials);
  });
}

/** A call node's partials (FUNCTIONS[fn].derivative of its arguments), made once for several derivatives. */
type PartialsMemo = Map<Expr, readonly (Expr | undefined)[]>;

/**
 * D of `root`, where the derivative of each variable is `seed(variable)`: 1 or 0 for a partial
 * derivative, the variable `dx` for the total differential. One bottom-up pass over distinct nodes.
 */
export function derivative(root: Expr, seed: (v: Var) => Expr, override?: RuleOverride, partials?: PartialsMemo): Expr {
  // The memo is the walk's only record: in a DAG a child met again is finished (never an ancestor in
  // progress), so a node without a derivative yet is entered, and a node's derivative goes straight
  // into its parent's tangents. One map operation per edge, not four (a visited set, then the memo
  // read twice), which was most of D's time on a 100,000-deep tree.
  const memo = new Map<Expr, Expr>();
  const stack: Expr[] = [root];
  const nextChild: number[] = [0];
  const tangentsOf: Expr[][] = [tangentsFor(root)];
  let result: Expr = zero;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const e = stack[top] as Expr;
    const tangents = tangentsOf[top] as Expr[];
    const i = nextChild[top] as number;
    if (i < tangents.length) {
      nextChild[top] = i + 1;
      const kid = (e as Operation).args[i] as Expr;
      const known = memo.get(kid);
      if (known !== undefined) tangents[i] = known;
      else {
        stack.push(kid);
        nextChild.push(0);
        tangentsOf.push(tangentsFor(kid));
      }
      continue;
    }
    stack.pop();
    nextChild.pop();
    tangentsOf.pop();
    const d = override?.(e, tangents) ?? rule(e, tangents, seed, partials);
    memo.set(e, d);
    if (top > 0) (tangentsOf[top - 1] as Expr[])[(nextChild[top - 1] as number) - 1] = d; // the slot it was entered from
    else result = d;
  }
  return result;
}

const NO_TANGENTS: readonly Expr[] = Object.freeze([]);

/** The array a node's children's derivatives are written into, as long as its children. */
const tangentsFor = (e: Expr): Expr[] =>
  (e.kind === 'num' || e.kind === 'var' || e.kind === 'const' ? NO_TANGENTS : new Array<Expr>(e.args.length)) as Expr[];

/** The table's rule at `e`, given its children's derivatives. */
export function rule(e: Expr, tangents: readonly Expr[], seed: (v: Var) => Expr, partials?: PartialsMemo): Expr {
  // D(c) = 0 for any subtree without variables, even one whose value is not finite (`pi/0`).
  if (e.kind !== 'var' && tangents.every(isExactZero)) return zero;
  switch (e.kind) {
    case 'num':
    case 'const':
      return zero;
    case 'var':
      return seed(e);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return OPERATORS[e.kind].derivative(e.args, tangents, e);
    case 'call':
      return chainRule(partialsOf(e, partials), tangents, e.fn);
    default:
      return assertNever(e);
  }
}

/** The partials of a call, from the memo when one is shared. */
function partialsOf(e: Extract<Expr, { kind: 'call' }>, memo: PartialsMemo | undefined): readonly (Expr | undefined)[] {
  if (memo === undefined) return FUNCTIONS[e.fn].derivative(e.args);
  let partials = memo.get(e);
  if (partials === undefined) memo.set(e, (partials = FUNCTIONS[e.fn].derivative(e.args)));
  return partials;
}

/**
 * f(u1, …)' = Σ ∂f/∂ui · ui': the chain rule, once, for every function of the table. A constant ui
 * (ui' = 0) adds nothing, so its partial is not read: a row without one there (`fn`'s derivative
 * column gives undefined) is refused only where that argument varies.
 */
export function chainRule(partials: readonly (Expr | undefined)[], tangents: readonly Expr[], fn: string): Expr {
  return tangents.reduce<Expr>((sum, du, i) => (isExactZero(du) ? sum : add(sum, mul(partialOrRefuse(fn, partials, i), du))), zero);
}
