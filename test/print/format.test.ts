// format: the fewest parentheses that keep the tree, numbers that parse back to themselves, every
// function of the table, trees 100,000 deep, and the output limit.

import { describe, expect, it } from 'vitest';
import {
  add, call, cos, div, E, exp, mul, neg, num, PI, pow, sin, sub, variable,
} from '../../src/ast/builders.js';
import { addNode, mulNode, type Expr } from '../../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { floatNum } from '../../src/ast/numbers.js';
import { ExpressionTooLargeError, InvalidArgumentError } from '../../src/errors.js';
import { format, MAX_OUTPUT_CHARS } from '../../src/print/format.js';
import { formatInfix } from '../../src/print/infix.js';
import { doublings, exact, leftNested, operatorGrid, rightNested } from './trees.js';

const [a, b, c, x] = ['a', 'b', 'c', 'x'].map(variable) as [Expr, Expr, Expr, Expr];

describe('precedence and parentheses', () => {
  it('every operator inside every operator, on either side', () => {
    expect(`out in   left       right\n${operatorGrid(format, 10)}`).toMatchInlineSnapshot(`
      "out in   left       right
      +   +    a + b + c  a + (b + c)
      +   -    a - b + c  a + (b - c)
      +   *    a*b + c    a + b*c
      +   /    a/b + c    a + b/c
      +   ^    a^b + c    a + b^c
      +   neg  -a + c     a + -b
      -   +    a + b - c  a - (b + c)
      -   -    a - b - c  a - (b - c)
      -   *    a*b - c    a - b*c
      -   /    a/b - c    a - b/c
      -   ^    a^b - c    a - b^c
      -   neg  -a - c     a - -b
      *   +    (a + b)*c  a*(b + c)
      *   -    (a - b)*c  a*(b - c)
      *   *    a*b*c      a*(b*c)
      *   /    a/b*c      a*(b/c)
      *   ^    a^b*c      a*b^c
      *   neg  -a*c       a*-b
      /   +    (a + b)/c  a/(b + c)
      /   -    (a - b)/c  a/(b - c)
      /   *    a*b/c      a/(b*c)
      /   /    a/b/c      a/(b/c)
      /   ^    a^b/c      a/b^c
      /   neg  -a/c       a/-b
      ^   +    (a + b)^c  a^(b + c)
      ^   -    (a - b)^c  a^(b - c)
      ^   *    (a*b)^c    a^(b*c)
      ^   /    (a/b)^c    a^(b/c)
      ^   ^    (a^b)^c    a^b^c
      ^   neg  (-a)^c     a^-b"
    `);
  });

  it.each<[string, Expr, string]>([
    ['unary minus of a sum', neg(add(a, b)), '-(a + b)'],
    ['unary minus of a difference', neg(sub(a, b)), '-(a - b)'],
    ['unary minus of a product', neg(mul(a, b)), '-(a*b)'],
    ['unary minus of a quotient', neg(div(a, b)), '-(a/b)'],
    ['unary minus of a power', neg(pow(a, b)), '-a^b'],
    ['unary minus of a unary minus', neg(neg(a)), '--a'],
    ['unary minus of a call', neg(sin(a)), '-sin(a)'],
    ['a negated base', pow(neg(x), 2), '(-x)^2'],
    ['an exponent that is a negated power', pow(2, neg(pow(x, 2))), '2^-x^2'],
    ['arguments, which never need parentheses', call('log', add(a, b), mul(c, neg(x))), 'log(a + b, c*-x)'],
    ['a call as a base', pow(sin(x), 2), 'sin(x)^2'],
    ['constants', add(mul(2, PI), E), '2*pi + e'],
    ['explicit multiplication', div(mul(2, pow(x, 2)), 3), '2*x^2/3'],
    ['the lecture example', mul(cos(x), exp(pow(x, 2))), 'cos(x)*exp(x^2)'],
  ])('%s: %s', (_, e, text) => {
    expect(format(e)).toBe(text);
  });

  it.each<[string, Expr, string]>([
    ['a sum of four', addNode([a, neg(b), mul(2, c), add(a, b)]), 'a + -b + 2*c + (a + b)'],
    ['a product of four', mulNode([exact(-2n), a, add(b, c), pow(x, 2)]), '-2*a*(b + c)*x^2'],
    ['a sum inside a sum', addNode([a, addNode([b, c, x])]), 'a + (b + c + x)'],
    ['a product as a base', pow(mulNode([a, b, c]), 2), '(a*b*c)^2'],
  ])('n-ary (simplified) trees: %s', (_, e, text) => {
    expect(format(e)).toBe(text);
  });
});

describe('numbers', () => {
  it.each<[string, Expr, string]>([
    ['an exact integer', num(42), '42'],
    ['a big exact integer, in full', num(2n ** 100n), '1267650600228229401496703205376'],
    ['an exact fraction', exact(1n, 3n), '1/3'],
    ['a negative exact integer', exact(-2n), '-2'],
    ['a negative exact fraction', exact(-1n, 3n), '-1/3'],
    ['a float that is an integer', num(2, { float: true }), '2.0'],
    ['a float', num(0.5), '0.5'],
    ['a small float', num(1e-7), '1e-7'],
    ['a large float', num(1e21), '1e+21'],
    ['a float below 1e21', num(123456789012345680000), '123456789012345680000.0'],
    ['the shortest round trip', num(0.1 + 0.2), '0.30000000000000004'],
    ['a negative float', floatNum(-2.5), '-2.5'],
    ['a fraction as an exponent', pow(x, exact(1n, 3n)), 'x^(1/3)'],
    ['a fraction as a factor', mul(x, exact(1n, 3n)), 'x*(1/3)'],
    ['a fraction as a dividend', div(exact(1n, 3n), x), '1/3/x'],
    ['a fraction negated', neg(exact(1n, 3n)), '-(1/3)'],
    ['a negative base', pow(exact(-2n), x), '(-2)^x'],
    ['a negative exponent', pow(x, exact(-2n)), 'x^-2'],
    ['a negative exponent that is a fraction', pow(x, exact(-1n, 2n)), 'x^(-1/2)'],
    ['a negative term', addNode([x, exact(-2n)]), 'x + -2'],
    ['a negative subtrahend', sub(x, floatNum(-1.5)), 'x - -1.5'],
    ['a negative number negated', neg(exact(-2n)), '--2'],
  ])('%s: %s', (_, e, text) => {
    expect(format(e)).toBe(text);
  });
});

describe('functions', () => {
  it('every row of the function table', () => {
    const rows = FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) =>
      format(call(fn, ...withLiterals(fn, [add(x, 1), variable('b')].slice(0, n), num)))));
    expect(rows.join('\n')).toMatchInlineSnapshot(`
      "sin(x + 1)
      cos(x + 1)
      tan(x + 1)
      sec(x + 1)
      csc(x + 1)
      cot(x + 1)
      asin(x + 1)
      acos(x + 1)
      atan(x + 1)
      sinh(x + 1)
      cosh(x + 1)
      tanh(x + 1)
      asinh(x + 1)
      acosh(x + 1)
      atanh(x + 1)
      exp(x + 1)
      log(x + 1)
      log(x + 1, b)
      sqrt(x + 1)
      abs(x + 1)
      sign(x + 1)
      sigmoid(x + 1)
      sech(x + 1)
      csch(x + 1)
      coth(x + 1)
      asec(x + 1)
      acsc(x + 1)
      acot(x + 1)
      asech(x + 1)
      acsch(x + 1)
      acoth(x + 1)
      erf(x + 1)
      erfc(x + 1)
      erfi(x + 1)
      Ei(x + 1)
      li(x + 1)
      Si(x + 1)
      Ci(x + 1)
      Shi(x + 1)
      Chi(x + 1)
      fresnels(x + 1)
      fresnelc(x + 1)
      gamma(x + 1)
      digamma(x + 1)
      polygamma(2, b)
      lowergamma(3, b)
      uppergamma(3, b)
      polylog(2, b)
      elliptic_k(x + 1)
      elliptic_e(x + 1)
      elliptic_e(x + 1, b)
      elliptic_f(x + 1, b)"
    `);
  });
});

describe('deep trees (100,000 levels)', () => {
  const n = 100_000;
  it.each<[string, Expr, string]>([
    ['a left-nested sum needs no parentheses', leftNested(add, x, n), `x${' + x'.repeat(n)}`],
    ['a right-nested sum keeps every pair', rightNested(add, x, n), `${'x + ('.repeat(n - 1)}x + x${')'.repeat(n - 1)}`],
    ['a right-nested power needs none', rightNested(pow, x, n), `${'x^'.repeat(n)}x`],
    ['a left-nested power keeps every pair', leftNested(pow, x, n), `${'('.repeat(n - 1)}x^x${')^x'.repeat(n - 1)}`],
  ])('%s', (_, e, text) => {
    expect(format(e) === text).toBe(true);
  });

  it('a chain of unary minus and a chain of calls', () => {
    let minus: Expr = x;
    let calls: Expr = x;
    for (let i = 0; i < n; i++) {
      minus = neg(minus);
      calls = sin(calls);
    }
    expect(format(minus) === `${'-'.repeat(n)}x`).toBe(true);
    expect(format(calls) === `${'sin('.repeat(n)}x${')'.repeat(n)}`).toBe(true);
  });
});

describe('limits', () => {
  it(`throws ExpressionTooLargeError past ${MAX_OUTPUT_CHARS.toLocaleString('en-US')} characters, before building the text`, () => {
    // (x + x)*(x + x) doubled 100 times: 2^100 copies of x unrolled, 101 distinct nodes.
    expect(() => format(doublings(add(x, x), 100))).toThrow(ExpressionTooLargeError);
    expect(() => format(doublings(add(x, x), 100))).toThrow(/share: true/);
  });

  it('the limit is on the exact length of the text', () => {
    const e = add(x, mul(2, c));
    expect(formatInfix(e, 7)).toBe('x + 2*c');
    expect(() => formatInfix(e, 6)).toThrow(ExpressionTooLargeError);
  });

  it.each<[string, unknown]>([
    ['a string', 'x + 1'],
    ['a forged number', { kind: 'num', value: '1); evil(', exact: null, hash: 0 }],
    ['a sum of one', { ...add(1, 2), args: [num(1)] }],
  ])('rejects %s with InvalidArgumentError', (_, bad) => {
    expect(() => format(bad as Expr)).toThrow(InvalidArgumentError);
  });
});
