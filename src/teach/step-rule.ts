// The name of the rule D applies at a node, from the contract's vocabulary: what a person writing
// the derivation calls it ("product rule", "chain rule with cos").

import type { Expr } from '../ast/expr.js';
import { assertNever } from '../ast/expr.js';
import type { Scene } from './scene.js';

export type StepRule =
  | 'constant' | 'variable' | 'sum' | 'difference' | 'negation' | 'constant-multiple' | 'product' | 'quotient'
  | 'power' | 'exponential' | 'general-power' | 'chain' | 'simplify';

export function stepRuleOf(e: Expr, s: Scene): StepRule {
  if (!s.varies(e)) return 'constant'; // numbers, constants, other variables, subtrees free of the variable
  switch (e.kind) {
    case 'num':
    case 'const':
      return 'constant';
    case 'var':
      return 'variable';
    case 'add':
      return 'sum';
    case 'sub':
      return 'difference';
    case 'neg':
      return 'negation';
    case 'mul': // 3*x: one factor varies
      return e.args.filter(s.varies).length === 1 ? 'constant-multiple' : 'product';
    case 'div': // x/2: the divisor is constant
      return s.varies(e.args[1]) ? 'quotient' : 'constant-multiple';
    case 'pow':
      return !s.varies(e.args[1]) ? 'power' : !s.varies(e.args[0]) ? 'exponential' : 'general-power';
    case 'call':
      return 'chain';
    default:
      return assertNever(e);
  }
}
