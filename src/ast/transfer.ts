// Trees as plain data, for postMessage (the CLI's worker boundary): a tree travels as a flat list of
// its distinct nodes (children first, children by index), so any depth and any sharing cross in time linear in the distinct nodes
// and are rebuilt exactly (exact numbers included), without the parser's nesting limit.

import {
  addNode, assertNever, callNode, children, constNode, divNode, mulNode, negNode, numNode, powNode, subNode, varNode,
  type ConstantName, type Expr, type Kind,
} from './expr.js';
import type { FunctionName } from './function-names.js';
import type { Rational } from './rational.js';
import { postorder } from './walk.js';

/** One node: its kind, its payload (number, name or function), the indices of its children. */
export interface PackedNode {
  readonly kind: Kind;
  readonly value?: number;
  readonly exact?: Rational | null;
  readonly name?: string;
  readonly kids: readonly number[];
}

/** The distinct nodes, children first; the last is the root. Plain data for postMessage. */
export type PackedTree = readonly PackedNode[];

export function pack(root: Expr): PackedTree {
  const order = postorder(root);
  const index = new Map(order.map((node, i) => [node, i]));
  return order.map((node): PackedNode => {
    const kids = children(node).map((kid) => index.get(kid) as number);
    if (node.kind === 'num') return { kind: node.kind, value: node.value, exact: node.exact, kids };
    if (node.kind === 'var' || node.kind === 'const') return { kind: node.kind, name: node.name, kids };
    return node.kind === 'call' ? { kind: node.kind, name: node.fn, kids } : { kind: node.kind, kids };
  });
}

export function unpack(packed: PackedTree): Expr {
  const built: Expr[] = [];
  for (const node of packed) {
    const kids = node.kids.map((i) => built[i] as Expr);
    const [a, b] = kids as [Expr, Expr];
    built.push(rebuild(node, kids, a, b));
  }
  return built[built.length - 1] as Expr;
}

function rebuild(node: PackedNode, kids: Expr[], a: Expr, b: Expr): Expr {
  switch (node.kind) {
    case 'num':
      return numNode(node.value as number, node.exact ?? null);
    case 'var':
      return varNode(node.name as string);
    case 'const':
      return constNode(node.name as ConstantName);
    case 'call':
      return callNode(node.name as FunctionName, kids);
    case 'add':
      return addNode(kids);
    case 'mul':
      return mulNode(kids);
    case 'sub':
      return subNode(a, b);
    case 'div':
      return divNode(a, b);
    case 'pow':
      return powNode(a, b);
    case 'neg':
      return negNode(a);
    default:
      return assertNever(node.kind);
  }
}
