// compileHessian: straight-line JavaScript computing a value, its gradient and its Hessian in one call.
// The code is the raw second sweep (second-sweep.ts) emitted by the evaluator's code generator: one
// temporary per distinct value (value numbering shares what the value, the gradient and the Hessian
// have in common), statements only for the structural non-zeros, each off-diagonal one stored twice.

import type { Expr } from '../ast/expr.js';
import { isZeroNum } from '../ast/numbers.js';
import { validateTree } from '../ast/validate.js';
import { Emitter, numberLiteral, type Compiled } from '../evaluate/codegen.js';
import { emitValues } from '../evaluate/tree-code.js';
import { checkListed, checkVariableList } from '../evaluate/variable-list.js';
import { checkEntries, SweepBudget } from './budget.js';
import { rawSecondOrder } from './second-sweep.js';

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
  validateTree(expr);
  checkEntries('the Hessian', names.length, names.length);
  const { gradient, upper } = rawSecondOrder(expr, names, new SweepBudget('the Hessian'));
  const d = names.length;
  const emitter = new Emitter(d);
  const position = new Map(names.map((name, i) => [name, i]));
  const used = new Set<string>();
  const parameter = (name: string) => {
    used.add(name);
    const i = position.get(name);
    // An unlisted variable gets NaN for the moment: checkListed throws before anything is built.
    return i === undefined ? numberLiteral(NaN) : emitter.parameter(i);
  };
  const nonZero = (e: Expr) => !isZeroNum(e);
  const entries = upper.flatMap((row) => row.map(({ entry }) => entry));
  const operands = emitValues(emitter, [expr, ...gradient.filter(nonZero), ...entries], parameter);
  checkListed(used, names, 'compileHessian');
  const result: HessianResult = { value: 0, gradient: new Float64Array(d), hessian: new Float64Array(d * d) };
  const [g, h, out] = [emitter.bind(result.gradient), emitter.bind(result.hessian), emitter.bind(result)];
  gradient.forEach((partial, i) => {
    if (nonZero(partial)) emitter.statement(`${g}[${i}] = ${operands.get(partial)};`);
  });
  upper.forEach((row, i) => row.forEach(({ column: j, entry }) => {
    const code = operands.get(entry) as string;
    emitter.statement(`${h}[${i * d + j}] = ${code};`);
    if (j !== i) emitter.statement(`${h}[${j * d + i}] = ${code};`);
  }));
  emitter.statement(`${out}.value = ${operands.get(expr)};`);
  return emitter.build<HessianResult>(out);
}
