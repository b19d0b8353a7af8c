// Depth and size limits: 100,000-deep trees normalise without recursion, and outputs past the budget
// fail with ExpressionTooLargeError (public rewrites) or are skipped (the simplifier's candidate).

import { describe, expect, it } from 'vitest';
import { addNode, callNode, mulNode, powNode, type Expr } from '../../src/ast/expr.js';
import * as B from '../../src/ast/builders.js';
import { format, parse } from '../../src/index.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { isZero, normalForm } from '../../src/normal/normal-form.js';
import { cancel, expand, together } from '../../src/normal/rewrites.js';
import { dagSize } from '../../src/ast/size.js';

const DEPTH = 100_000;
const x = B.variable('x');
const y = B.variable('y');

function chain(step: (inner: Expr, i: number) => Expr, depth = DEPTH): Expr {
  let e: Expr = x;
  for (let i = 0; i < depth; i++) e = step(e, i);
  return e;
}

describe('100,000-deep trees', { timeout: 120_000 }, () => {
  // Kernels with arguments of several terms cost ~0.2 ms a level (linear, but slow): 10,000 deep is
  // already far past any recursion the stack allows, and keeps the test short.
  it.each([
    ['sin(sin(…x))', () => chain((e) => callNode('sin', [e])), [cancel]],
    ['x + (x + (…))', () => chain((e) => addNode([x, e])), [cancel]],
    ['the mix of tanh, e + y*x and 0.5*e', () => chain((e, i) =>
      i % 3 === 0 ? callNode('tanh', [e]) : i % 3 === 1 ? addNode([B.E, mulNode([y, e])]) : mulNode([B.num(0.5), e]), 10_000),
    [cancel, together, expand]],
    ['sqrt(sqrt(…x) + 1)', () => chain((e) => callNode('sqrt', [addNode([e, B.num(1)])]), 10_000), [cancel, together, expand]],
  ] as const)('%s normalises without exhausting the stack', (_, make, rewrites) => {
    const deep = make();
    for (const rewrite of rewrites) {
      try {
        expect(dagSize(rewrite(deep))).toBeGreaterThan(0);
      } catch (error) {
        // Only "too large" is an acceptable failure; a RangeError (stack) is not.
        expect(error).toBeInstanceOf(ExpressionTooLargeError);
      }
    }
    expect(() => normalForm(deep)).not.toThrow();
    expect(() => isZero(deep)).not.toThrow();
  });

  it('the sum x + (x + …) collects to one term', { timeout: 60_000 }, () => {
    expect(format(cancel(chain((e) => addNode([x, e]))))).toBe(`${DEPTH + 1}*x`);
  });
});

describe('budgets', () => {
  it.each([
    ['(a+b+c+d+f+g)^40', expand],
    ['(x+y+1)^300*(x-y+2)^300', expand],
    ['((x+1)^200 - 1)/((x+2)^200 + y)^30', cancel],
  ])('%s is too large, and says so', (text, rewrite) => {
    expect(() => rewrite(parse(text))).toThrow(ExpressionTooLargeError);
  });

  it.each(['(a+b+c+d+f+g)^40/(a+b)', '((x+1)^200 - 1)/(x+2)^200'])('the candidate for %s is skipped', (text) => {
    expect(normalForm(parse(text))).toBeUndefined();
  });

  it('a power as large as the budget allows still expands: (x+y)^100 has 101 terms', () => {
    const result = expand(parse('(x+y)^100'));
    expect(result.kind === 'add' || result.kind === 'sub' ? dagSize(result) : 0).toBeGreaterThan(300);
  });

  it('a huge exponent on a symbol is a power, not a budget question', () => {
    expect(format(cancel(powNode(x, B.num(10n ** 30n))))).toBe('x^1000000000000000000000000000000');
  });
});
