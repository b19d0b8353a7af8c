// The `function-derivative` rows of the wrong rules: one per wrong entry of WRONG_OUTER, D's chain
// rule kept, only the outer derivative of one function replaced.

import type { Expr } from '../ast/expr.js';
import { varNode } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import { chainRule } from '../diff/differentiate.js';
import { show } from './show.js';
import { WRONG_OUTER, type WrongOuter } from './wrong-outer.js';
import type { WrongRule } from './wrong-rules.js';

const u = varNode('u');

export function functionRows(): WrongRule[] {
  return Object.entries(WRONG_OUTER).flatMap(([fn, entries]) =>
    (entries as readonly WrongOuter[]).map((entry) => functionRow(fn as FunctionName, entry)));
}

function functionRow(fn: FunctionName, entry: WrongOuter): WrongRule {
  const right = FUNCTIONS[fn];
  return {
    kind: 'function-derivative',
    appliesAt: (e, s) => e.kind === 'call' && e.fn === fn && s.varies(e.args[0] as Expr),
    wrong: (e, tangents) => {
      const args = e.kind === 'call' ? e.args : [];
      const partials = right.derivative(args);
      return chainRule([entry(args[0] as Expr), ...partials.slice(1)], tangents, fn);
    },
    explain: (e) => {
      const two = e.kind === 'call' && e.args.length === 2;
      const name = two ? `log(u, b)` : `${fn}(u)`;
      const rightText = two ? '1/(u·ln(b))' : show((right.derivative([u]) as Expr[])[0] as Expr);
      return `The derivative of ${name} is ${rightText}, not ${show(entry(u))} (at ${show(e)}).`;
    },
  };
}
