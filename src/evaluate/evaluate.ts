// Numeric evaluation: one loop over the distinct nodes, children first, with IEEE semantics
// (`1/0` is Infinity, `log(-1)` NaN), so a DAG that is astronomically large unrolled is still instant.

import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { postorder } from '../ast/walk.js';
import { toExpr } from '../parser/input.js';
import { checkScope, lookup, type Scope } from './scope.js';

/**
 * The value of `expr` with its variables bound by `scope` (own properties only). An unbound variable
 * is an UnboundVariableError, a bound value that is not a number an InvalidArgumentError; keys the
 * expression does not use are ignored.
 */
export function evaluate(expr: Expr | string, scope: Record<string, number> = {}): number {
  const root = toExpr(expr);
  const bindings = checkScope(scope);
  const values = new Map<Expr, number>();
  const valueOf = (e: Expr) => values.get(e) as number;
  for (const node of postorder(root)) values.set(node, evaluateNode(node, valueOf, bindings));
  return valueOf(root);
}

/** One node's value from its children's values. The compiler's code (codegen.ts) mirrors these lines. */
function evaluateNode(node: Expr, valueOf: (e: Expr) => number, scope: Scope): number {
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'var':
      return lookup(scope, node.name);
    case 'const':
      return node.name === 'pi' ? Math.PI : Math.E;
    case 'add':
      // Left to right, as `a + b + c` groups in JavaScript, so compiled code agrees to the bit.
      return node.args.reduce((sum, arg, i) => (i === 0 ? valueOf(arg) : sum + valueOf(arg)), 0);
    case 'mul':
      return node.args.reduce((product, arg, i) => (i === 0 ? valueOf(arg) : product * valueOf(arg)), 1);
    case 'sub':
      return valueOf(node.args[0]) - valueOf(node.args[1]);
    case 'div':
      return valueOf(node.args[0]) / valueOf(node.args[1]);
    case 'neg':
      return -valueOf(node.args[0]);
    case 'pow':
      return Math.pow(valueOf(node.args[0]), valueOf(node.args[1]));
    case 'call':
      return FUNCTIONS[node.fn].value(...node.args.map(valueOf));
    default:
      return assertNever(node);
  }
}
