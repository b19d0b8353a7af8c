// Numeric evaluation: one loop over the distinct nodes, children first, with IEEE semantics
// (`1/0` is Infinity, `log(-1)` NaN), so a DAG that is astronomically large unrolled is still instant.

import { assertNever, children, type Expr } from '../ast/expr.js';
import { CONSTANTS } from '../ast/constants.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS, operatorValue } from '../ast/operators.js';
import { postorder } from '../ast/walk.js';
import { checkScope, lookup, type Scope } from './scope.js';

/** A tree's distinct nodes in evaluation order, each with its children's positions in that order. */
interface Plan {
  readonly nodes: readonly Expr[];
  readonly kids: readonly (readonly number[])[];
}

// Trees are immutable, so the plan is made once per tree: evaluating the same tree again (finite
// differences, sweeps, plots) is one pass over arrays, with no walk and no map.
const plans = new WeakMap<Expr, Plan>();

/**
 * The value of `expr` with its variables bound by `scope` (own properties only). An unbound variable
 * is an UnboundVariableError, a bound value that is not a number an InvalidArgumentError; keys the
 * expression does not use are ignored.
 */
export function evaluate(root: Expr, scope: Record<string, number> = {}): number {
  const bindings = checkScope(scope);
  const { nodes, kids } = planOf(root);
  const values = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    values[i] = evaluateNode(nodes[i] as Expr, kids[i] as readonly number[], values, bindings);
  }
  return values[nodes.length - 1] as number;
}

function planOf(root: Expr): Plan {
  let plan = plans.get(root);
  if (plan === undefined) {
    const nodes = postorder(root);
    const position = new Map(nodes.map((node, i) => [node, i]));
    plan = { nodes, kids: nodes.map((node) => children(node).map((kid) => position.get(kid) as number)) };
    plans.set(root, plan);
  }
  return plan;
}

/**
 * One node's value from its children's values (`values` at the positions `kids`). The compiler's
 * code (tree-code.ts) does the same operations in the same order.
 */
function evaluateNode(node: Expr, kids: readonly number[], values: Float64Array, scope: Scope): number {
  const arg = (j: number) => values[kids[j] as number] as number;
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'var':
      return lookup(scope, node.name);
    case 'const':
      return CONSTANTS[node.name].value;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return operatorValue(OPERATORS[node.kind], kids.length, arg);
    case 'call': {
      const { value } = FUNCTIONS[node.fn];
      return kids.length === 1 ? value(arg(0)) : value(...kids.map((_, j) => arg(j)));
    }
    default:
      return assertNever(node);
  }
}
