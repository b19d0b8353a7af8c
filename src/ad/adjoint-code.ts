// The backward statement of each node as JavaScript: what a node sends each active child, its adjoint
// times ∂node/∂child. Multiplications by 1 are left out: they are most of a sum's or a product's edges.
//
// An operator's partials are its row's numeric `slopes` column emitted as code (code-arithmetic.ts),
// the very column the interpreter runs on numbers, so both take the same limits. A call's partials are
// the function table's symbolic `derivative` column emitted as code, where the interpreter reads the
// numeric `slope` column: `tanh`'s 1 - tanh²(u) then reuses the forward pass's tanh(u) (the emitter
// numbers equal values once), as a gradient written by hand would, where a call of the slope column
// would compute cosh(u) again and allocate its argument and result arrays. The two function columns
// are written independently, so generated code and interpreter check each other. A row whose trees
// read 0/0 at a removable point (Si at 0) is the exception: its compiled partials call the slope column.

import { assertNever, varNode, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { partialOrRefuse } from '../ast/functions/row.js';
import type { FunctionName } from '../ast/function-names.js';
import { OPERATORS } from '../ast/operators.js';
import type { Emitter } from '../evaluate/codegen.js';
import { emitValues } from '../evaluate/tree-code.js';
import { codeArithmetic, literal, operand, textOf, type Code } from './code-arithmetic.js';

export interface NodeCode {
  readonly node: Expr;
  /** Operands of the node's value, its adjoint and its children's values. */
  readonly self: string;
  readonly adjoint: string;
  readonly args: readonly string[];
  /** Which children depend on a variable (the others get nothing). */
  readonly active: readonly boolean[];
}

/** The contribution sent to each child (undefined for an inactive one). */
export function localContributions(em: Emitter, c: NodeCode): (string | undefined)[] {
  const a = c.adjoint;
  const times = (partial: string) => (partial === '1' ? a : a === '1' ? partial : em.value(`${a} * ${partial}`));
  return partialCodes(em, c).map((p, i) => (c.active[i] && p !== undefined ? times(p) : undefined));
}

/** ∂node/∂child_i as an operand, for the active children. */
function partialCodes(em: Emitter, c: NodeCode): (string | undefined)[] {
  const { node } = c;
  switch (node.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow': {
      // A literal child is a literal here, so the rule folds it (x^2 sends 2·x).
      const x = node.args.map((kid, i): Code => (kid.kind === 'num' ? literal(kid.value) : operand(c.args[i] as string)));
      const slopes = OPERATORS[node.kind].slopes(codeArithmetic(em), x, operand(c.self), (i) => c.active[i] === true);
      return slopes.map((s, i) => (c.active[i] && s !== undefined ? textOf(s) : undefined));
    }
    case 'call':
      return callPartialCodes(em, node.fn, node.args, c.args, c.active);
    default:
      return assertNever(node);
  }
}

// The derivative column builds trees over its arguments; placeholder variables u0, u1 stand for them
// and are emitted as the arguments' operands, so the trees stay small whatever the arguments are.
// A literal argument is passed as itself: a row may read it (polygamma's order n becomes n + 1).
const PLACEHOLDERS = [varNode('u0'), varNode('u1')];

/** ∂f/∂argument i as code, for the active arguments: the table's derivative trees over their operands. */
function callPartialCodes(
  em: Emitter, fn: FunctionName, kids: readonly Expr[], args: readonly string[], active: readonly boolean[],
): (string | undefined)[] {
  const row = FUNCTIONS[fn];
  if (row.removable) {
    // The slope column, bound into the function: the derivative trees read 0/0 at a removable point.
    // One number per temporary (code cut into chunks passes temporaries through a Float64Array).
    const slopes = `${em.bindOnce(row.slope)}([${args.join(', ')}])`;
    return active.map((on, i) => (on ? em.value(`${slopes}[${i}]`) : undefined));
  }
  const trees = row.derivative(kids.map((kid, i) => (kid.kind === 'num' ? kid : PLACEHOLDERS[i] as Expr)));
  const argument = (name: string) => args[Number(name.slice(1))] as string;
  return trees.map((_, i) => {
    if (!active[i]) return undefined;
    const tree = partialOrRefuse(fn, trees, i);
    return emitValues(em, [tree], argument).get(tree);
  });
}
