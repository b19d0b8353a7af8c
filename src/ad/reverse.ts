// Reverse-mode automatic differentiation: valueAndGrad and reverseModeTrace, a forward pass and a
// backward pass over the tape of the tree (passes.ts).
//
// valueAndGrad caches per tree (trees are immutable). The first call builds the tape and runs the two
// passes as an interpreter (local partials from the function table's numeric `slope` column); from the
// second call on, the same two passes run as the straight-line code compileGradient generates
// (gradient-code.ts, calls' partials from the symbolic `derivative` column) behind generated glue for
// the point's layout of keys (point-glue.ts). So a one-off call never pays code generation, a training
// loop runs at compiled speed, and the trace always shows the interpreter's numbers.

import type { Expr } from '../ast/expr.js';
import { validateTree } from '../ast/validate.js';
import { PARAMETERS_LIMIT, type Compiled } from '../evaluate/codegen.js';
import { checkScope, type Scope } from '../evaluate/scope.js';
import { gradientFunction, type GradientResult } from './gradient-code.js';
import { backwardPass, forwardPass } from './passes.js';
import { glue, type Glue } from './point-glue.js';
import { record } from './point.js';
import { buildTape, type Tape } from './tape.js';

export interface TraceNode {
  expr: Expr;
  value: number;
  adjoint: number;
}

interface Prepared {
  readonly tape: Tape;
  /** The tape's variables: the parameters of `compiled`. */
  readonly names: readonly string[];
  calls: number;
  compiled?: Compiled<GradientResult>;
  /** The glue for the keys of the last point seen (a training loop keeps them). */
  glued?: { keys: readonly string[]; glue: Glue | undefined };
}

const prepared = new WeakMap<Expr, Prepared>();

function prepare(root: Expr): Prepared {
  let p = prepared.get(root);
  if (p === undefined) {
    validateTree(root);
    const tape = buildTape(root);
    prepared.set(root, (p = { tape, names: [...tape.variables.keys()], calls: 0 }));
  }
  return p;
}

/** The value at `point` and the gradient wrt every variable of `point` (0 for one `expr` does not use). */
export function valueAndGrad(
  root: Expr, point: Record<string, number>,
): { value: number; gradient: Record<string, number> } {
  const scope = checkScope(point, 'point');
  const p = prepare(root);
  // Past PARAMETERS_LIMIT variables the compiled function would need a huge spread call: interpret.
  if (++p.calls > 1 && p.names.length <= PARAMETERS_LIMIT) {
    const result = glueFor(p, Object.keys(scope))?.(scope);
    if (result !== undefined) return result;
  }
  return interpreted(p.tape, scope);
}

/** The glue for points with these keys, or undefined when they lack a variable of the tree. */
function glueFor(p: Prepared, keys: readonly string[]): Glue | undefined {
  const last = p.glued;
  if (last !== undefined && last.keys.length === keys.length && keys.every((key, i) => key === last.keys[i])) return last.glue;
  const present = new Set(keys);
  // A variable missing from the keys is unbound, or a non-enumerable own property: the interpreter decides.
  const complete = p.names.every((name) => present.has(name));
  p.compiled ??= gradientFunction(p.tape, p.names);
  p.glued = { keys, glue: complete ? glue(p.names, keys, p.compiled) : undefined };
  return p.glued.glue;
}

function interpreted(tape: Tape, scope: Scope): { value: number; gradient: Record<string, number> } {
  const values = forwardPass(tape, scope);
  const adjoints = backwardPass(tape, values);
  return { value: values[values.length - 1] as number, gradient: gradientAt(tape, scope, adjoints) };
}

/** The same, with every distinct node's value and adjoint, children before parents. */
export function reverseModeTrace(
  root: Expr, point: Record<string, number>,
): { value: number; gradient: Record<string, number>; nodes: TraceNode[] } {
  const scope = checkScope(point, 'point');
  const { tape } = prepare(root);
  const values = forwardPass(tape, scope);
  const adjoints = backwardPass(tape, values);
  const nodes = tape.nodes.map((node, i) => ({ expr: node, value: values[i] as number, adjoint: adjoints[i] as number }));
  return { value: values[values.length - 1] as number, gradient: gradientAt(tape, scope, adjoints), nodes };
}

function gradientAt(tape: Tape, scope: Scope, adjoints: Float64Array): Record<string, number> {
  return record(Object.keys(scope), (name) => {
    const at = tape.variables.get(name);
    return at === undefined ? 0 : (adjoints[at] as number);
  });
}
