// The JavaScript of each node kind, as straight-line code on an Emitter: one temporary per distinct
// operation (equal subtrees that are different objects share it too, by value numbering), leaves used
// in place. `evaluateNode` (evaluate.ts) computes the same operations in the same order, so compiled
// and evaluated values agree to the bit.

import { addNode, assertNever, type Expr } from '../ast/expr.js';
import { CONSTANTS } from '../ast/constants.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS } from '../ast/operators.js';
import { isFunctionName } from '../ast/function-names.js';
import { validateTree } from '../ast/validate.js';
import { postorder } from '../ast/walk.js';
import { InvalidArgumentError } from '../errors.js';
import { numberLiteral, type Emitter } from './codegen.js';

/**
 * Emits the values of every distinct node of `roots` not already in `operands`, children first, and
 * returns `operands` with the JavaScript operand (temporary, parameter or literal) of each node.
 * `variable` gives the operand of a variable by name (usually `emitter.parameter(i)`). The roots are
 * validated first (an InvalidArgumentError for a forged tree), so code is made only from real nodes.
 */
export function emitValues(
  emitter: Emitter,
  roots: readonly Expr[],
  variable: (name: string) => string,
  operands: Map<Expr, string> = new Map(),
): Map<Expr, string> {
  if (roots.length === 0) return operands;
  // validateTree takes one root; a sum holding all the roots lets one walk (one seen-set) cover them.
  validateTree(roots.length === 1 ? roots[0] : addNode(roots));
  const operand = (e: Expr): string => {
    const code = operands.get(e);
    // Only a forged cyclic "tree" has a child without code yet (validateTree does not look for cycles).
    if (code === undefined) throw new InvalidArgumentError('invalid expression tree: a node is its own descendant');
    return code;
  };
  for (const node of postorder(roots, (n) => operands.has(n))) {
    operands.set(node, nodeCode(emitter, node, operand, variable));
  }
  return operands;
}

function nodeCode(em: Emitter, node: Expr, operand: (e: Expr) => string, variable: (name: string) => string): string {
  switch (node.kind) {
    case 'num':
      return numberLiteral(node.value);
    case 'var':
      return variable(node.name);
    case 'const':
      return CONSTANTS[node.name].js;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return em.value(OPERATORS[node.kind].js(node.args.map(operand)));
    case 'call': {
      // Checked again here, not only in validateTree: only the table's own rows may write code.
      if (!isFunctionName(node.fn)) throw new InvalidArgumentError('invalid expression tree: a call node names an unknown function');
      const row = FUNCTIONS[node.fn];
      const args = node.args.map(operand);
      // A row without `js` is called through its own `value`, bound into the function by the emitter.
      return em.value(row.js ? row.js(args) : `${em.bindOnce(row.value)}(${args.join(', ')})`);
    }
    default:
      return assertNever(node);
  }
}
