// Candidates over their budget are not tried, so deep inputs whose multiplied-out form explodes stay
// linear; the results are what they were.

import { describe, expect, it } from 'vitest';
import { add, format, num, operatorCount, pow, simplify, variable, type Expr } from '../../src/index.js';

/** ((…x)^2 + x)^2 + x, `depth` levels: multiplied out, its term count squares at every level. */
function squaredChain(depth: number): Expr {
  let e: Expr = variable('x');
  for (let i = 0; i < depth; i++) e = add(pow(e, num(2)), variable('x'));
  return e;
}

describe('the expansion budget', () => {
  it.each([[4, 'x + (x + (x + (x^2 + x)^2)^2)^2'], [5, 'x + (x + (x + (x + (x^2 + x)^2)^2)^2)^2']])(
    'keeps the squared chain of depth %i as it is', (depth, text) => {
      expect(format(simplify(squaredChain(depth)))).toBe(text);
    });

  it('simplifies a 1,000-level squared chain without multiplying it out', () => {
    expect(operatorCount(simplify(squaredChain(1000)))).toBe(2000);
  });
});
