// The backward statement of each node kind as JavaScript: what a node sends each active child, its
// adjoint times ∂node/∂child (partials.ts computes the same partials as numbers, for the tape
// interpreter). Multiplications by 1 are left out: they are most of a sum's or a product's edges.
//
// A call's partials are the function table's symbolic `derivative` column emitted as code, where the
// interpreter reads the numeric `slope` column: `tanh`'s 1 - tanh²(u) then reuses the forward pass's
// tanh(u) (the emitter numbers equal values once), as a gradient written by hand would, where a call
// of the slope column would compute cosh(u) again and allocate its argument and result arrays. The two
// columns are written independently, so generated code and interpreter check each other.

import { assertNever, varNode, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import { numberLiteral, type Emitter } from '../evaluate/codegen.js';
import { emitValues } from '../evaluate/tree-code.js';

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
  return contributions(em, c).map((send, i) => (c.active[i] ? send() : undefined));
}

/** One thunk per child, so that nothing is emitted for inactive children. */
function contributions(em: Emitter, c: NodeCode): (() => string)[] {
  const { node, adjoint: a, args } = c;
  const times = (partial: string) => (partial === '1' ? a : a === '1' ? partial : em.value(`${a} * ${partial}`));
  const negated = () => em.value(`-${a}`);
  switch (node.kind) {
    case 'num':
    case 'const':
    case 'var':
      return [];
    case 'add':
      return args.map(() => () => a);
    case 'sub':
      return [() => a, negated];
    case 'neg':
      return [negated];
    case 'mul': {
      const others = othersProducts(em, args, c.active);
      return others.map((p) => () => times(p as string));
    }
    case 'div': // ∂(u/v)/∂u = 1/v, ∂(u/v)/∂v = -(u/v)/v
      return [() => em.value(`${a} / ${args[1]}`), () => em.value(`-${a} * ${c.self} / ${args[1]}`)];
    case 'pow':
      return powerPartialCodes(em, node, c).map((p) => () => times(p()));
    case 'call': {
      const partials = callPartialCodes(em, node.fn, args, c.active);
      return partials.map((p) => () => times(p as string));
    }
    default:
      return assertNever(node);
  }
}

/** ∂(x0·x1·…)/∂xi for the active i: the product of the others, by prefix and suffix products. */
function othersProducts(em: Emitter, x: readonly string[], active: readonly boolean[]): (string | undefined)[] {
  if (x.length === 2) return [x[1], x[0]];
  const product = (p: string | undefined, q: string) => (p === undefined ? q : em.value(`${p} * ${q}`));
  const prefix: (string | undefined)[] = [undefined];
  for (let i = 1; i < x.length; i++) prefix.push(product(prefix[i - 1], x[i - 1] as string));
  const result: (string | undefined)[] = new Array(x.length);
  let suffix: string | undefined;
  for (let i = x.length - 1; i >= 0; i--) {
    if (active[i]) result[i] = suffix === undefined ? prefix[i] : product(prefix[i], suffix);
    suffix = product(suffix, x[i] as string);
  }
  return result;
}

/**
 * ∂(u^v)/∂u = v u^(v-1) and ∂(u^v)/∂v = u^v log u, with the limits of partials.ts (0 when v = 0,
 * resp. when u^v = 0). A literal exponent is folded now: x^2 sends 2·x, x^1 sends 1.
 */
function powerPartialCodes(em: Emitter, node: Expr & { kind: 'pow' }, c: NodeCode): (() => string)[] {
  const [u, v] = c.args as [string, string];
  const exponent = node.args[1];
  const base = (): string => {
    if (exponent.kind !== 'num') return em.value(`${v} === 0 ? 0 : ${v} * Math.pow(${u}, ${v} - 1)`);
    if (exponent.value === 0 || exponent.value === 1) return String(exponent.value);
    if (exponent.value === 2) return em.value(`2 * ${u}`);
    return em.value(`${v} * Math.pow(${u}, ${numberLiteral(exponent.value - 1)})`);
  };
  return [base, () => em.value(`${c.self} === 0 ? 0 : ${c.self} * Math.log(${u})`)];
}

// The derivative column builds trees over its arguments; placeholder variables u0, u1 stand for them
// and are emitted as the arguments' operands, so the trees stay small whatever the arguments are.
const PLACEHOLDERS = [varNode('u0'), varNode('u1')];

/** ∂f/∂argument i as code, for the active arguments: the table's derivative trees over their operands. */
function callPartialCodes(em: Emitter, fn: FunctionName, args: readonly string[], active: readonly boolean[]): (string | undefined)[] {
  const trees = FUNCTIONS[fn].derivative(PLACEHOLDERS.slice(0, args.length));
  const argument = (name: string) => args[Number(name.slice(1))] as string;
  return trees.map((tree, i) => (active[i] ? emitValues(em, [tree], argument).get(tree) : undefined));
}
