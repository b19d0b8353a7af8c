// Two ways to write a call's partials ∂f/∂argument into generated code, both from the function table:
// by calling its numeric `slope` column (what reverse mode's generated tape does, so reverse mode keeps
// reading the same column as its interpreter), or by emitting its symbolic `derivative` column as code
// (what compileGradient does: `tanh`'s 1 - tanh²(u) then reuses the forward pass's tanh(u), and runs
// as fast as a gradient written by hand).

import { varNode } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Emitter } from '../evaluate/codegen.js';
import { emitValues } from '../evaluate/tree-code.js';
import type { CallPartials } from './gradient-code.js';

/** Calls of `FUNCTIONS[fn].slope` bound into the generated code (one binding per function used). */
export function slopeColumn(): CallPartials {
  const bound = new Map<FunctionName, string>();
  return (em, fn, args, active) => {
    let slope = bound.get(fn);
    if (slope === undefined) bound.set(fn, (slope = em.bind(FUNCTIONS[fn].slope)));
    return args.map((_, i) => (active[i] ? em.value(`${slope}([${args.join(', ')}])[${i}]`) : undefined));
  };
}

// The derivative column builds trees over its arguments; placeholder variables u0, u1 stand for them
// and are emitted as the arguments' operands, so the trees stay small whatever the arguments are.
const PLACEHOLDERS = [varNode('u0'), varNode('u1')];

/** The trees of `FUNCTIONS[fn].derivative` emitted as code over the arguments' operands. */
export const derivativeColumn: CallPartials = (em: Emitter, fn, args, active) => {
  const trees = FUNCTIONS[fn].derivative(PLACEHOLDERS.slice(0, args.length));
  const argument = (name: string) => args[Number(name.slice(1))] as string;
  return trees.map((tree, i) => (active[i] ? emitValues(em, [tree], argument).get(tree) : undefined));
};
