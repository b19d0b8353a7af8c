// Random trees for the AD cross-checks: every operator and function of the table (the shared
// arbitraries' operatorNodes, n-ary sums and products included), but over moderate numbers (small
// integers, floats in [0.1, 3]) and with fewer leaves, so that trees stay mostly finite and the methods
// have something to disagree on.

import fc from 'fast-check';
import * as B from '../../src/ast/builders.js';
import type { Expr } from '../../src/ast/expr.js';
import { layered, operatorNodes } from '../arbitraries.js';

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((n) => B.num(n)),
  fc.double({ min: 0.1, max: 3, noNaN: true }).map((v) => B.num(v, { float: true })),
  { arbitrary: fc.constantFrom('x', 'y').map(B.variable), weight: 2 },
  fc.constantFrom(B.PI, B.E),
);

/** Trees up to `maxDepth` operators deep, over x and y. */
export function arbModerateExpr(maxDepth = 4): fc.Arbitrary<Expr> {
  return layered(leaf, (sub) => operatorNodes(sub, { nary: true }), maxDepth, 1);
}
