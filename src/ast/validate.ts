// Validation of trees that come from outside: code is generated only from trees that pass it, so a
// forged object (`{ kind: 'num', value: '0); evil(' }`) can never reach generated JavaScript.

import { InvalidArgumentError } from '../errors.js';
import { CONSTANT_NAMES, isConstantName } from './constants.js';
import { assertNever, type Expr, type Kind } from './expr.js';
import { OPERATORS } from './operators.js';
import { FUNCTIONS } from './functions.js';
import { isFunctionName } from './function-names.js';
import { isVariableName } from './names.js';

// Typed by kind, so that a new kind of node does not compile until it is listed here.
const IS_KIND: Readonly<Record<Kind, true>> = {
  num: true, var: true, const: true, add: true, sub: true, mul: true, div: true, neg: true, pow: true, call: true,
};
const KINDS: ReadonlySet<string> = new Set(Object.keys(IS_KIND));

/** A cheap check that a value looks like a node (its children are not checked). */
export function isExpr(x: unknown): x is Expr {
  return typeof x === 'object' && x !== null && KINDS.has((x as { kind: unknown }).kind as string) &&
    typeof (x as { hash: unknown }).hash === 'number';
}


/**
 * Why `node` (looked at alone, not its children) is not a valid node, or undefined if it is.
 * Exported for walks that validate as they go (second/graph-of-tree.ts), so their messages are these.
 */
export function nodeProblem(node: unknown): string | undefined {
  if (!isExpr(node)) return 'not an expression node';
  const n = node as unknown as Record<string, unknown>;
  switch (node.kind) {
    case 'num': {
      const exact = n.exact as { num?: unknown; den?: unknown } | null;
      // An exact integer too large for a double has the value Infinity: legal, it evaluates to that.
      if (typeof n.value !== 'number' || Number.isNaN(n.value) || (!Number.isFinite(n.value) && exact === null)) {
        return 'a number node must hold a finite number';
      }
      if (exact !== null && (typeof exact !== 'object' || typeof exact.num !== 'bigint' ||
        typeof exact.den !== 'bigint' || exact.den <= 0n)) return 'a number node has a malformed exact value';
      return undefined;
    }
    case 'var':
      return isVariableName(n.name) ? undefined : 'a variable node must be named by a non-reserved identifier';
    case 'const':
      return isConstantName(n.name) ? undefined : `a constant node must be one of ${CONSTANT_NAMES.map((c) => `'${c}'`).join(', ')}`;
    case 'call': {
      const args = n.args;
      if (!Array.isArray(args)) return "a 'call' node must have an args array";
      if (typeof n.fn !== 'string' || !isFunctionName(n.fn)) return 'a call node names an unknown function';
      if (!FUNCTIONS[n.fn].arities.includes(args.length)) return `'${n.fn}' called with ${args.length} arguments`;
      // The row's own check reads its arguments, so only once they look like nodes (they are checked fully later).
      return args.every(isExpr) ? FUNCTIONS[n.fn].checkArguments?.(args) : undefined;
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow': {
      if (!Array.isArray(n.args)) return `a '${node.kind}' node must have an args array`;
      const { operands } = OPERATORS[node.kind];
      if (operands === 'n-ary') return n.args.length >= 2 ? undefined : `a '${node.kind}' node takes 2 or more operands`;
      return n.args.length === operands ? undefined : `a '${node.kind}' node takes ${operands} operands`;
    }
    default:
      return assertNever(node);
  }
}

/** Throws InvalidArgumentError unless every node reachable from `root` is a well-formed node. */
export function validateTree(root: unknown): asserts root is Expr {
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    const why = nodeProblem(node);
    if (why !== undefined) throw new InvalidArgumentError(`invalid expression tree: ${why}`);
    const args = (node as { args?: unknown[] }).args;
    if (args) for (const kid of args) stack.push(kid);
  }
}
