// Shared tables for the evaluator and the compiler: one tree of every node kind with its value at
// x = 3, y = -2, and the IEEE cases (written as text, so they also go through the parser).

import * as B from '../../src/ast/builders.js';
import { addNode, mulNode, numNode, type Expr } from '../../src/ast/expr.js';
import { exactNum, floatNum } from '../../src/ast/numbers.js';
import { rational } from '../../src/ast/rational.js';

export const x = B.variable('x');
export const y = B.variable('y');
export const at = { x: 3, y: -2 };

/** [what, tree, value at `at`]: every node kind, and the numbers only internal trees hold. */
export const NODE_KINDS: [string, Expr, number][] = [
  ['an exact integer', B.num(2), 2],
  ['a float', B.num(0.5), 0.5],
  ['a huge exact integer', B.num(10n ** 30n), 1e30],
  ['a negative fraction (internal trees)', exactNum(rational(-3n, 4n)), -0.75],
  ['a negative float (internal trees)', floatNum(-2.5), -2.5],
  ['negative zero (internal trees)', numNode(-0, null), -0],
  ['a variable', x, 3],
  ['pi', B.PI, Math.PI],
  ['e', B.E, Math.E],
  ['a sum', B.add(x, 2), 5],
  ['a sum of three (n-ary, simplified trees)', addNode([x, B.num(2), y]), 3],
  ['a difference', B.sub(x, 5), -2],
  ['a difference with a negative number', B.sub(x, exactNum(rational(-2n))), 5],
  ['a product', B.mul(x, 4), 12],
  ['a product of three (n-ary)', mulNode([x, x, y]), -18],
  ['a quotient', B.div(x, 4), 0.75],
  ['a negation', B.neg(x), -3],
  ['a negated negative number', B.neg(floatNum(-0.5)), 0.5],
  ['a power', B.pow(x, 2), 9],
  ['a negative base', B.pow(exactNum(rational(-2n)), x), -8],
  ['a negative exponent', B.pow(2, y), 0.25],
  ['a call', B.sin(x), Math.sin(3)],
  ['a call of a negative number', B.sigmoid(exactNum(rational(-1n))), 1 / (1 + Math.exp(1))],
  ['a logarithm to a base', B.log(B.num(8), B.num(2)), 3],
  ['a nested expression', B.div(B.sub(B.pow(x, 2), B.neg(B.sin(x))), B.log(x, 2)), (9 + Math.sin(3)) / (Math.log(3) / Math.log(2))],
];

/** [text, value at `at`]: IEEE semantics, never an error. */
export const IEEE: [string, number][] = [
  ['1/0', Infinity],
  ['-1/0', -Infinity],
  ['1/(-0)', -Infinity],
  ['0/0', NaN],
  ['x/0', Infinity],
  ['y/0', -Infinity],
  ['log(-1)', NaN],
  ['log(0)', -Infinity],
  ['sqrt(-1)', NaN],
  ['asin(2)', NaN],
  ['acosh(0.5)', NaN],
  ['atanh(1)', Infinity],
  ['exp(1000)', Infinity],
  ['exp(-1000)', 0],
  ['0^0', 1],
  ['0^(-1)', Infinity],
  ['(-8)^(1/3)', NaN],
  ['(1/0) - (1/0)', NaN],
  ['0 * (1/0)', NaN],
  ['-0', -0],
  ['sign(-0)', -0],
  ['tan(pi/2)', 16331239353195370],
  ['10^400', Infinity],
];

/** Points that cross every function's interesting places: poles, branch cuts, ±1, 0 and -0. */
export const POINTS = [-10, -2.5, -1, -0.5, -0, 0, 0.5, 1, 2.5, 10, Infinity, NaN];

/** The error `f` throws (the test fails if it returns). */
export function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
