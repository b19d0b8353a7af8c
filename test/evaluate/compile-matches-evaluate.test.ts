// Property: compile and evaluate agree to the bit (NaN with NaN, -0 with -0) on random trees at random
// points. Bit-for-bit, not within a tolerance, because both do the same IEEE operations in the same
// order: sums and products from the left, `Math.pow` for powers, and for calls the table's `js` column,
// which spells the same formula as its `value` column. V8 neither re-associates nor fuses floating
// point operations, and its Math functions are the same code interpreted or optimized.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { compile } from '../../src/api/functions.js';
import { evaluate } from '../../src/api/functions.js';
import { arbRawExpr, arbSharedExpr } from '../arbitraries.js';

const variables = ['x', 'y', 'constructor'];
const coordinate = fc.oneof(
  fc.double({ min: -4, max: 4, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 0.5, Math.PI / 2),
  fc.double(), // anything: NaN, ±Infinity, subnormals, huge
);
const point = fc.tuple(coordinate, coordinate, coordinate);

function agree(e: Expr, [x, y, c]: [number, number, number]): boolean {
  const scope: Record<string, number> = { x, y };
  Object.defineProperty(scope, 'constructor', { value: c, enumerable: true });
  const expected = evaluate(e, scope);
  const actual = compile(e, variables)(x, y, c);
  if (!Object.is(actual, expected)) throw new Error(`compiled ${actual}, evaluated ${expected}`);
  return true;
}

describe('compile agrees with evaluate to the bit', () => {
  it('on trees of every operator and function, with n-ary sums and products and any number', () => {
    fc.assert(fc.property(arbRawExpr({ variables, maxDepth: 5 }), point, agree), { seed: 42, numRuns: 600 });
  });

  it('on DAGs that share subtrees', () => {
    fc.assert(fc.property(arbSharedExpr({ variables, steps: 12 }), point, agree), { seed: 42, numRuns: 300 });
  });
});
