// Random trees for the AD cross-checks: every operator and function of the table, like
// test/arbitraries.ts, but over moderate numbers (small integers and floats in [0.1, 3]) and with
// fewer leaves, so that deep trees stay mostly finite and the methods have something to disagree on.

import fc from 'fast-check';
import * as B from '../../src/ast/builders.js';
import { addNode, mulNode, type Expr } from '../../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((n) => B.num(n)),
  fc.double({ min: 0.1, max: 3, noNaN: true }).map((v) => B.num(v, { float: true })),
  fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E),
);

function nodes(sub: fc.Arbitrary<Expr>): fc.Arbitrary<Expr>[] {
  const pair = fc.tuple(sub, sub);
  const three = fc.array(sub, { minLength: 3, maxLength: 3 });
  return [
    pair.map(([a, b]) => B.add(a, b)),
    pair.map(([a, b]) => B.sub(a, b)),
    pair.map(([a, b]) => B.mul(a, b)),
    pair.map(([a, b]) => B.div(a, b)),
    pair.map(([a, b]) => B.pow(a, b)),
    sub.map(B.neg),
    three.map(addNode),
    three.map(mulNode),
    fc.tuple(fc.constantFrom(...FUNCTION_NAMES), pair, fc.boolean()).map(([fn, [a, b], two]) =>
      (two && FUNCTIONS[fn].arities.includes(2) ? B.call(fn, a, b) : B.call(fn, a))),
  ];
}

/** Trees up to `maxDepth` operators deep, over x and y. */
export function arbModerateExpr(maxDepth = 5): fc.Arbitrary<Expr> {
  let tree = leaf;
  for (let depth = 1; depth <= maxDepth; depth++) {
    tree = fc.oneof({ arbitrary: leaf, weight: 1 }, ...nodes(tree).map((arbitrary) => ({ arbitrary, weight: 1 })));
  }
  return tree;
}
