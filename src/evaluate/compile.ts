// compile: an expression to a fast JavaScript function of its variables, in the order given, built
// as straight-line code from a validated tree (codegen.ts) and cached per tree and variable list.

import type { Expr } from '../ast/expr.js';
import { Emitter, numberLiteral, type Compiled } from './codegen.js';
import { emitValues } from './tree-code.js';
import { checkListed, checkVariableList } from './variable-list.js';

// Trees are immutable, so a compiled function stays right as long as its tree lives.
const cache = new WeakMap<Expr, Map<string, Compiled<number>>>();

/**
 * A function of `variables` (in that order) computing `expr`, with the evaluator's IEEE semantics.
 * Each name must be a variable name listed once, and every variable of `expr` must be listed (listed
 * ones it does not use are fine): otherwise an InvalidArgumentError, at compile time. Arguments are
 * converted as by unary `+`: a missing argument is NaN (so `x^0` is still 1), extra ones are ignored.
 */
export function compile(root: Expr, variables: string[]): Compiled<number> {
  const names = checkVariableList(variables, 'compile');
  const key = names.join(','); // unambiguous: identifiers hold no commas
  let compiled = cache.get(root);
  if (compiled === undefined) cache.set(root, (compiled = new Map()));
  let f = compiled.get(key);
  if (f === undefined) compiled.set(key, (f = build(root, names)));
  return f;
}

function build(root: Expr, names: readonly string[]): Compiled<number> {
  const position = new Map(names.map((name, i) => [name, i]));
  const emitter = new Emitter(names.length);
  const used = new Set<string>();
  const parameter = (name: string) => {
    used.add(name);
    const i = position.get(name);
    // An unlisted variable gets NaN for the moment: checkListed throws before anything is built.
    return i === undefined ? numberLiteral(NaN) : emitter.parameter(i);
  };
  const operands = emitValues(emitter, [root], parameter);
  checkListed(used, names, 'compile');
  return emitter.build<number>(operands.get(root) as string);
}
