// checkDerivative: is a student's answer the derivative, and if not, which rule went wrong where.

import type { Expr } from '../ast/expr.js';
import { checkVariableName } from '../ast/names.js';
import { diff } from '../diff/diff.js';
import { diagnose, type Mistake } from './diagnose.js';
import { equivalent } from './equivalent.js';
import { settingsOf, type EquivalenceOptions } from './options.js';
import type { Point } from './points.js';
import { sceneOf } from './scene.js';

export interface DerivativeCheck {
  readonly verdict: 'correct' | 'incorrect' | 'undecided';
  /** diff(expr, variable): the answer it was compared with. */
  readonly expected: Expr;
  /** For 'incorrect': a point where the answer and the derivative differ. */
  readonly counterexample?: { readonly point: Point; readonly answer: number; readonly expected: number };
  /** For 'incorrect', when a classic wrong rule (or a catch-all) gives the answer. */
  readonly mistake?: Mistake;
}

export function checkDerivative(answer: Expr, expr: Expr, variable: string, options?: EquivalenceOptions): DerivativeCheck {
  const name = checkVariableName(variable);
  const settings = settingsOf(options);
  const expected = diff(expr, name);
  const { verdict, counterexample } = equivalent(answer, expected, settings);
  if (verdict === 'equivalent') return { verdict: 'correct', expected };
  if (verdict === 'undecided' || counterexample === undefined) return { verdict: 'undecided', expected };
  const mistake = diagnose(answer, sceneOf(expr, name), expected, settings);
  return {
    verdict: 'incorrect', expected,
    counterexample: { point: counterexample.point, answer: counterexample.a, expected: counterexample.b },
    ...(mistake ? { mistake } : {}),
  };
}
