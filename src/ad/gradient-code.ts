// Straight-line JavaScript for a value and its whole gradient, over the tape (one entry per distinct
// node): the forward statements (the evaluator's code generator, one temporary per distinct node),
// then the backward statements, from the root down, each pushing a node's adjoint to its children.
// A child with one parent takes the contribution as its adjoint; one with several sums them with `+=`.
// Only nodes that depend on a variable get adjoints, so constant subtrees cost nothing backwards.

import type { Expr } from '../ast/expr.js';
import { CHUNKING, Emitter, numberLiteral, type Chunking, type Compiled } from '../evaluate/codegen.js';
import { emitValues } from '../evaluate/tree-code.js';
import { localContributions } from './adjoint-code.js';
import type { Tape } from './tape.js';

export interface GradientResult {
  value: number;
  gradient: Float64Array;
}

/**
 * A function of `names` (in that order; every variable of the tape among them) returning the value and
 * the gradient in `names` order. It returns the same object, and the same array, at every call.
 */
export function gradientFunction(tape: Tape, names: readonly string[], chunking: Chunking = CHUNKING): Compiled<GradientResult> {
  const emitter = new Emitter(names.length, chunking);
  const parameter = new Map(names.map((name, i) => [name, emitter.parameter(i)]));
  const root = tape.nodes[tape.nodes.length - 1] as Expr;
  const operands = emitValues(emitter, [root], (name) => parameter.get(name) ?? numberLiteral(NaN));
  const operand = (i: number) => operands.get(tape.nodes[i] as Expr) as string;
  const result: GradientResult = { value: 0, gradient: new Float64Array(names.length) };
  const gradient = emitter.bind(result.gradient);
  const slot = new Map(names.map((name, i) => [name, i]));
  // A variable's adjoint is stored as soon as it is final, so it does not stay live to the end.
  emitAdjoints(emitter, tape, operand, (name, adjoint) => emitter.statement(`${gradient}[${slot.get(name)}] = ${adjoint};`));
  names.forEach((name, i) => {
    // Unused names are written too: a caller may have changed the reused array.
    if (!tape.variables.has(name)) emitter.statement(`${gradient}[${i}] = 0;`);
  });
  const out = emitter.bind(result);
  emitter.statement(`${out}.value = ${operand(tape.nodes.length - 1)};`);
  return emitter.build<GradientResult>(out);
}

/**
 * The backward statements, from the root down; `store` gets each variable's adjoint when it is final
 * (when the sweep reaches the variable, all its parents, which come later on the tape, are done).
 */
function emitAdjoints(
  emitter: Emitter, tape: Tape, operand: (i: number) => string, store: (name: string, adjoint: string) => void,
): void {
  const active = activeNodes(tape);
  const parents = parentCounts(tape);
  const adjoints: (string | undefined)[] = new Array(tape.nodes.length);
  adjoints[tape.nodes.length - 1] = '1';
  const push = (kid: number, contribution: string) => {
    const adjoint = adjoints[kid];
    if (parents[kid] === 1) adjoints[kid] = contribution;
    else if (adjoint === undefined) adjoints[kid] = emitter.accumulator(contribution);
    else emitter.statement(`${adjoint} += ${contribution};`);
  };
  for (let i = tape.nodes.length - 1; i >= 0; i--) {
    const node = tape.nodes[i] as Expr;
    if (node.kind === 'var') store(node.name, adjoints[i] as string);
    const kids = tape.kids[i] as number[];
    if (kids.length === 0 || !active[i]) continue;
    const contributions = localContributions(emitter, {
      node, self: operand(i), adjoint: adjoints[i] as string,
      args: kids.map(operand), active: kids.map((k) => active[k] as boolean),
    });
    kids.forEach((k, j) => {
      const c = contributions[j];
      if (c !== undefined) push(k, c);
    });
  }
}

/** A node is active when it depends on a variable: only active nodes need an adjoint. */
function activeNodes(tape: Tape): boolean[] {
  const active: boolean[] = [];
  tape.nodes.forEach((node, i) => {
    active.push(node.kind === 'var' || (tape.kids[i] as number[]).some((k) => active[k]));
  });
  return active;
}

/** How many edges lead into each node (x*x counts twice). */
function parentCounts(tape: Tape): Uint32Array {
  const counts = new Uint32Array(tape.nodes.length);
  for (const kids of tape.kids) for (const k of kids) counts[k] = (counts[k] as number) + 1;
  return counts;
}
