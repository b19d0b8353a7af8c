// Deep trees: no recursion proportional to depth anywhere in equivalent, checkDerivative's diagnosis
// or derivationSteps (which refuses a 100,000-deep derivation by its size, before printing any line).

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { checkDerivative } from '../../src/teach/check-derivative.js';
import { derivationSteps } from '../../src/teach/derivation-steps.js';

function sines(depth: number): Expr {
  let e: Expr = B.variable('x');
  for (let i = 0; i < depth; i++) e = B.sin(e);
  return e;
}

describe('deep trees', () => {
  it('checks and diagnoses an answer to a 20,000-deep composition', () => {
    const deep = sines(20_000);
    const outerOnly = B.cos((deep as Expr & { args: Expr[] }).args[0] as Expr); // the chain rule forgotten at the root
    const check = checkDerivative(outerOnly, deep, 'x');
    expect(check.verdict).toBe('incorrect');
    expect(check.mistake?.kind).toBe('chain-rule-inner-missing');
    expect(check.mistake?.at).toBe(deep);
  }, 120_000);

  it('refuses the derivation of a 100,000-deep composition as too large', () => {
    expect(() => derivationSteps(sines(100_000), 'x')).toThrow(ExpressionTooLargeError);
  }, 120_000);
});
