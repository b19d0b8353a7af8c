// Validation of trees that come from outside: code is generated only from trees that pass it, so a
// forged object (`{ kind: 'num', value: '0); evil(' }`) can never reach generated JavaScript.

import { InvalidArgumentError } from '../errors.js';
import { CONSTANT_NAMES, isConstantName } from './constants.js';
import type { Expr } from './expr.js';
import { FUNCTIONS } from './functions.js';
import { isFunctionName } from './function-names.js';
import { isVariableName } from './names.js';

const KINDS: ReadonlySet<string> = new Set(['num', 'var', 'const', 'add', 'sub', 'mul', 'div', 'neg', 'pow', 'call']);

/** A cheap check that a value looks like a node (its children are not checked). */
export function isExpr(x: unknown): x is Expr {
  return typeof x === 'object' && x !== null && KINDS.has((x as { kind: unknown }).kind as string) &&
    typeof (x as { hash: unknown }).hash === 'number';
}

const ARITY: Readonly<Record<string, number>> = { sub: 2, div: 2, pow: 2, neg: 1 };

/** Why `node` (looked at alone, not its children) is not a valid node, or undefined if it is. */
function problem(node: unknown): string | undefined {
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
    default: {
      const args = n.args;
      if (!Array.isArray(args)) return `a '${node.kind}' node must have an args array`;
      const expected = ARITY[node.kind];
      if (expected !== undefined && args.length !== expected) return `a '${node.kind}' node takes ${expected} operands`;
      if ((node.kind === 'add' || node.kind === 'mul') && args.length < 2) return `a '${node.kind}' node takes 2 or more operands`;
      if (node.kind === 'call') {
        if (typeof n.fn !== 'string' || !isFunctionName(n.fn)) return 'a call node names an unknown function';
        if (!FUNCTIONS[n.fn].arities.includes(args.length)) return `'${n.fn}' called with ${args.length} arguments`;
      }
      return undefined;
    }
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
    const why = problem(node);
    if (why !== undefined) throw new InvalidArgumentError(`invalid expression tree: ${why}`);
    const args = (node as { args?: unknown[] }).args;
    if (args) for (const kid of args) stack.push(kid);
  }
}
