// compileHessian: straight-line JavaScript computing a value, its gradient and its Hessian in one call.
// The code is the raw second sweep on the graph (graph-sweep.ts) emitted by graph-code.ts: one
// temporary per distinct value (value numbering shares what the value, the gradient and the Hessian
// have in common), statements only for the structural non-zeros, each off-diagonal one stored twice.

import type { Expr } from '../ast/expr.js';
import type { Compiled } from '../evaluate/codegen.js';
import { checkListed, checkVariableList } from '../evaluate/variable-list.js';
import { checkEntries, SweepBudget } from './budget.js';
import { Graph } from './graph.js';
import { graphOfTree } from './graph-of-tree.js';
import { GraphCode, type GraphOutput } from './graph-code.js';
import { GraphSweeps } from './graph-sweep.js';

export interface HessianResult {
  value: number;
  gradient: Float64Array;
  /** Row-major d × d: entry [i][j] at i·d + j. */
  hessian: Float64Array;
}

/**
 * A function of `variables` (in that order) returning `{ value, gradient, hessian }`. The SAME object
 * and arrays are returned by every call (copy what you keep); their zeros are written once, when
 * compiled. Each name must be a variable name listed once, and every variable of `expr` must be
 * listed: otherwise an InvalidArgumentError. Arguments are converted as by `compile` (unary `+`).
 */
export function compileHessian(expr: Expr, variables: readonly string[]): Compiled<HessianResult> {
  const names = checkVariableList(variables, 'compileHessian');
  const position = new Map(names.map((name, i) => [name, i]));
  const used = new Set<string>();
  const g = new Graph();
  // Validated as it is read (an InvalidArgumentError for a forged tree).
  const root = graphOfTree(g, expr, (name) => {
    used.add(name);
    return g.variable(name, position.get(name) ?? -1);
  });
  const d = names.length;
  checkEntries('the Hessian', d, d);
  checkListed(used, names, 'compileHessian');
  const sweeps = new GraphSweeps(g, new SweepBudget('the Hessian'));
  const gradient = sweeps.row(root);
  const result: HessianResult = { value: 0, gradient: new Float64Array(d), hessian: new Float64Array(d * d) };
  const code = new GraphCode(g, d);
  const [gr, h, out] = [code.bind(result.gradient), code.bind(result.hessian), code.bind(result)];
  const outputs: GraphOutput[] = [];
  for (const { column: i, entry: partial } of gradient) {
    outputs.push({ target: `${gr}[${i}]`, node: partial });
    for (const { column: j, entry } of sweeps.row(partial, i)) {
      outputs.push({ target: `${h}[${i * d + j}]`, node: entry });
      if (j !== i) outputs.push({ target: `${h}[${j * d + i}]`, node: entry });
    }
  }
  outputs.push({ target: `${out}.value`, node: root });
  return code.build<HessianResult>(outputs, out);
}
