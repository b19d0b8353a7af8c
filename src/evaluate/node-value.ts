// One operator node's value from its operands' values: the rule the interpreters share (reverse
// mode's forward pass, the simplifier's constant folding). `evaluate` inlines the same operations in
// the same order for speed, and compiled code spells them alike, so all agree to the bit.

import { assertNever, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';

/** The value of `node` given its children's values `x` (a variable has none: it is NaN here). */
export function nodeValue(node: Expr, x: readonly number[]): number {
  const [a = NaN, b = NaN] = x;
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'const':
      return node.name === 'pi' ? Math.PI : Math.E;
    case 'var':
      return NaN;
    case 'add':
      return x.reduce((sum, v) => sum + v);
    case 'mul':
      return x.reduce((product, v) => product * v);
    case 'sub':
      return a - b;
    case 'div':
      return a / b;
    case 'neg':
      return -a;
    case 'pow':
      return Math.pow(a, b);
    case 'call':
      return FUNCTIONS[node.fn].value(...x);
    default:
      return assertNever(node);
  }
}
