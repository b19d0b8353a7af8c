// asParsed: any tree put in the shape the parser gives its text, on random raw trees (n-ary sums and
// products, negative and fractional number nodes) and on the public results that fold numbers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asParsed } from '../../src/ast/as-parsed.js';
import { addNode, mulNode, type Expr } from '../../src/ast/expr.js';
import * as B from '../../src/ast/builders.js';
import { equals } from '../../src/ast/equality.js';
import { exactNum, floatNum } from '../../src/ast/numbers.js';
import * as Q from '../../src/ast/rational.js';
import { cancel, diff, differentiate, expand, simplify, together } from '../../src/api/functions.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';
import { format } from '../../src/print/format.js';
import { arbExpr, arbRawExpr } from '../arbitraries.js';

const variables = ['x', 'y'];

describe('asParsed', () => {
  it('is parse(format(e)) for any tree, and prints as e does', () => {
    fc.assert(fc.property(arbRawExpr({ variables, maxDepth: 5 }), (e) => {
      const shaped = asParsed(e);
      expect(equals(shaped, parse(format(e))), format(e)).toBe(true);
      expect(format(shaped)).toBe(format(e));
    }), { seed: 46, numRuns: 400 });
  });

  it('returns a tree already in the parser\'s shape as it is (the same object)', () => {
    fc.assert(fc.property(arbExpr({ variables, maxDepth: 5 }), (e) => {
      expect(asParsed(e)).toBe(e);
    }), { seed: 47, numRuns: 200 });
  });

  it('writes folded numbers and flat operators as their text parses', () => {
    const x = B.variable('x');
    const cases: [Expr, string][] = [
      [exactNum(Q.rational(-2n)), '-2'],
      [exactNum(Q.rational(1n, 3n)), '1/3'],
      [B.pow(x, exactNum(Q.rational(-1n, 3n))), 'x^(-1/3)'],
      [floatNum(-0.5), '-0.5'],
      [mulNode([exactNum(Q.rational(-3n)), x, B.variable('y')]), '-3*x*y'],
      [addNode([x, B.num(1), B.variable('y'), B.num(2)]), 'x + 1 + y + 2'],
    ];
    for (const [tree, text] of cases) {
      expect(format(tree)).toBe(text);
      expect(equals(asParsed(tree), parse(text)), text).toBe(true);
    }
  });

  it('passes a 100,000-deep tree', () => {
    const [x, y, minusTwo] = [B.variable('x'), B.variable('y'), exactNum(Q.rational(-2n))];
    let e: Expr = x;
    for (let i = 0; i < 100_000; i++) e = i % 2 === 0 ? mulNode([e, minusTwo, y]) : B.add(e, x);
    const shaped = asParsed(e);
    // The top: (… * -2 * y) + x, its product now ((…)*(-(2)))*y.
    const product = shaped.kind === 'add' ? shaped.args[0] : undefined;
    expect(product?.kind === 'mul' && product.args.length === 2 && product.args[0]?.kind === 'mul').toBe(true);
  });
});

describe('public results in the parser\'s shape, on random trees', () => {
  const operations: [string, (e: Expr) => Expr][] = [
    ['simplify', simplify], ['diff', (e) => diff(e, 'x')], ['diff, order 3', (e) => diff(e, 'x', 3)],
    ['differentiate', (e) => differentiate(e, 'x')], ['cancel', cancel], ['together', together], ['expand', expand],
  ];
  it.each(operations)('%s', (_, operation) => {
    fc.assert(fc.property(arbExpr({ variables, maxDepth: 3 }), (e) => {
      let r: Expr;
      try {
        r = operation(e);
      } catch (error) {
        if (error instanceof ExpressionTooLargeError) return; // a result past its budget: rightly refused
        throw error;
      }
      expect(equals(parse(format(r)), r), `${format(e)} → ${format(r)}`).toBe(true);
    }), { seed: 48, numRuns: 120 });
  });
});

describe('public results in the parser\'s shape', () => {
  // A number node holding 1/3 or -2 and a flat product print as their text, but parse back otherwise:
  // results are trees a user compares with equals (found by fuzzing: a fifth of cancel's results).
  const inputs = ['(x^2/y + x)^(1/3)', '(1 + 2/x)^(2/3)*y', 'x^(1/3)/x', '(1 + 2.0/e)^(1/3)*cos(1/2)',
    '3/((tanh(x) - x) - (sin(y) - 0.5^3))', '(x - (1/2 - x^(1/3))*(pi - x))', '0.5*(y - (x - 1/2))/(x - y)', 'x^-2*y'];
  it('diff by the polynomial route (high orders)', () => {
    for (const [text, order] of [['sin(sin(sin(sin(x))))', 6], ['sin(sin(sin(sin(x))))', 10], ['sin(x)*cos(x)^2*y', 10]] as const) {
      const r = diff(text, 'x', order);
      expect(equals(parse(format(r)), r), `${text}, order ${order}`).toBe(true);
    }
  });
  it.each([['cancel', cancel], ['together', together], ['expand', expand], ['differentiate', (e: string) => differentiate(e, 'x')]] as const)(
    '%s', (_, rewrite) => {
      for (const text of inputs) {
        const r = rewrite(text);
        expect(equals(parse(format(r)), r), `${text} → ${format(r)}`).toBe(true);
      }
    });
});
