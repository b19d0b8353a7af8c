// toLatex: the precedence table with \left( \right), \frac, \cdot and coefficients, exponent-form
// floats, every function through the table's latex column, names, deep trees and the output limit.

import { describe, expect, it } from 'vitest';
import {
  abs, add, call, cos, div, E, exp, log, mul, neg, num, PI, pow, sin, sqrt, sub, variable,
} from '../../src/ast/builders.js';
import { addNode, mulNode, type Expr } from '../../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { floatNum } from '../../src/ast/numbers.js';
import { ExpressionTooLargeError, InvalidArgumentError } from '../../src/errors.js';
import { toLatex } from '../../src/print/latex.js';
import { doublings, exact, leftNested, operatorGrid, rightNested } from './trees.js';

const [a, b, c, x] = ['a', 'b', 'c', 'x'].map(variable) as [Expr, Expr, Expr, Expr];

describe('precedence', () => {
  it('every operator inside every operator, on either side', () => {
    expect(operatorGrid(toLatex, 30)).toMatchInlineSnapshot(`
      "+   +    a + b + c                      a + \\left(b + c\\right)
      +   -    a - b + c                      a + \\left(b - c\\right)
      +   *    a \\cdot b + c                  a + b \\cdot c
      +   /    \\frac{a}{b} + c                a + \\frac{b}{c}
      +   ^    a^{b} + c                      a + b^{c}
      +   neg  -a + c                         a + \\left(-b\\right)
      -   +    a + b - c                      a - \\left(b + c\\right)
      -   -    a - b - c                      a - \\left(b - c\\right)
      -   *    a \\cdot b - c                  a - b \\cdot c
      -   /    \\frac{a}{b} - c                a - \\frac{b}{c}
      -   ^    a^{b} - c                      a - b^{c}
      -   neg  -a - c                         a - \\left(-b\\right)
      *   +    \\left(a + b\\right) \\cdot c     a \\cdot \\left(b + c\\right)
      *   -    \\left(a - b\\right) \\cdot c     a \\cdot \\left(b - c\\right)
      *   *    a \\cdot b \\cdot c              a \\cdot \\left(b \\cdot c\\right)
      *   /    \\frac{a}{b} \\cdot c            a \\cdot \\frac{b}{c}
      *   ^    a^{b} \\cdot c                  a \\cdot b^{c}
      *   neg  -a \\cdot c                     a \\cdot \\left(-b\\right)
      /   +    \\frac{a + b}{c}                \\frac{a}{b + c}
      /   -    \\frac{a - b}{c}                \\frac{a}{b - c}
      /   *    \\frac{a \\cdot b}{c}            \\frac{a}{b \\cdot c}
      /   /    \\frac{\\frac{a}{b}}{c}          \\frac{a}{\\frac{b}{c}}
      /   ^    \\frac{a^{b}}{c}                \\frac{a}{b^{c}}
      /   neg  \\frac{-a}{c}                   \\frac{a}{-b}
      ^   +    \\left(a + b\\right)^{c}         a^{b + c}
      ^   -    \\left(a - b\\right)^{c}         a^{b - c}
      ^   *    \\left(a \\cdot b\\right)^{c}     a^{b \\cdot c}
      ^   /    \\left(\\frac{a}{b}\\right)^{c}   a^{\\frac{b}{c}}
      ^   ^    \\left(a^{b}\\right)^{c}         a^{b^{c}}
      ^   neg  \\left(-a\\right)^{c}            a^{-b}"
    `);
  });

  it.each<[string, Expr, string]>([
    ['unary minus of a sum', neg(add(a, b)), '-\\left(a + b\\right)'],
    ['unary minus of a power', neg(pow(x, 2)), '-x^{2}'],
    ['unary minus of a fraction', neg(div(a, b)), '-\\frac{a}{b}'],
    ['unary minus of a unary minus', neg(neg(x)), '-\\left(-x\\right)'],
    ['a fraction as a base', pow(div(a, b), 2), '\\left(\\frac{a}{b}\\right)^{2}'],
    ['exp as a base (its own superscript)', pow(exp(x), 2), '\\left(e^{x}\\right)^{2}'],
    ['a call as a base', pow(sin(x), 2), '\\sin\\left(x\\right)^{2}'],
    ['a root as a base', pow(sqrt(x), 3), '\\sqrt{x}^{3}'],
    ['the constant e as a base', pow(E, mul(2, x)), 'e^{2x}'],
    ['a sum of four (simplified tree)', addNode([a, neg(b), c, exact(-2n)]), 'a + \\left(-b\\right) + c + \\left(-2\\right)'],
    ['a product of three', mulNode([exact(3n), a, add(b, c)]), '3a \\cdot \\left(b + c\\right)'],
    ['a term that starts with a minus', add(a, mul(exact(-3n), x)), 'a + \\left(-3x\\right)'],
    ['a factor that starts with a minus', mul(a, mul(neg(b), x)), 'a \\cdot \\left(-b \\cdot x\\right)'],
    ['an exponent that starts with a minus', pow(x, mul(neg(b), x)), 'x^{-b \\cdot x}'],
    ['the lecture example', mul(cos(x), exp(pow(x, 2))), '\\cos\\left(x\\right) \\cdot e^{x^{2}}'],
  ])('%s: %s', (_, e, latex) => {
    expect(toLatex(e)).toBe(latex);
  });
});

describe('coefficients: a number juxtaposed when unambiguous', () => {
  it.each<[Expr, string]>([
    [mul(2, x), '2x'],
    [mul(2, pow(x, 2)), '2x^{2}'],
    [mul(2, sin(x)), '2\\sin\\left(x\\right)'],
    [mul(2, PI), '2\\pi'],
    [mul(2, exp(x)), '2e^{x}'],
    [mul(2, sqrt(x)), '2\\sqrt{x}'],
    [mul(2, abs(x)), '2\\left|x\\right|'],
    [mul(2, add(x, 1)), '2\\left(x + 1\\right)'],
    [mul(2, neg(x)), '2\\left(-x\\right)'],
    [mul(exact(-3n), x), '-3x'],
    [mul(exact(1n, 3n), x), '\\frac{1}{3}x'],
    [mul(2, 3), '2 \\cdot 3'],
    [mul(2, pow(3, x)), '2 \\cdot 3^{x}'],
    [mul(2, div(1, x)), '2 \\cdot \\frac{1}{x}'],
    [mul(2, exact(1n, 3n)), '2 \\cdot \\frac{1}{3}'],
    [mul(num(1.5), x), '1.5 \\cdot x'],
    [mul(x, 2), 'x \\cdot 2'],
  ])('%s', (e, latex) => {
    expect(toLatex(e)).toBe(latex);
  });
});

describe('numbers and names', () => {
  it.each<[string, Expr, string]>([
    ['an exact integer', num(2n ** 70n), '1180591620717411303424'],
    ['a fraction', exact(1n, 3n), '\\frac{1}{3}'],
    ['a negative fraction', exact(-1n, 3n), '-\\frac{1}{3}'],
    ['a negative integer', exact(-2n), '-2'],
    ['a float that is an integer', num(2, { float: true }), '2'],
    ['a float', num(0.5), '0.5'],
    ['a small float', num(1.5e-7), '1.5 \\cdot 10^{-7}'],
    ['a power of ten', num(1e-7), '10^{-7}'],
    ['a large float', num(2.5e21), '2.5 \\cdot 10^{21}'],
    ['a negative float', floatNum(-1.5e-7), '-1.5 \\cdot 10^{-7}'],
    ['an exponent-form float as a base', pow(num(1.5e-7), 2), '\\left(1.5 \\cdot 10^{-7}\\right)^{2}'],
    ['pi', PI, '\\pi'],
    ['e', E, 'e'],
    ['a letter', x, 'x'],
    ['a Greek letter', variable('theta'), '\\theta'],
    ['a capital Greek letter', variable('Gamma'), '\\Gamma'],
    ['a trailing number', variable('w12'), 'w_{12}'],
    ['a subscript', variable('b_2'), 'b_{2}'],
    ['a word subscript', variable('x_max'), 'x_{\\mathit{max}}'],
    ['a Greek letter with an index', variable('theta1'), '\\theta_{1}'],
    ['a word', variable('dp'), '\\mathit{dp}'],
    ['underscores', variable('a_b_c'), '\\mathit{a\\_b\\_c}'],
  ])('%s: %s', (_, e, latex) => {
    expect(toLatex(e)).toBe(latex);
  });
});

describe('functions', () => {
  it('every row of the function table, through its latex column', () => {
    const rows = FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => {
      const args = withLiterals(fn, [add(x, 1), variable('b')].slice(0, n), num);
      return `${`${fn}/${n}`.padEnd(10)} ${toLatex(call(fn, ...args))}`;
    }));
    expect(rows.join('\n')).toMatchInlineSnapshot(`
      "sin/1      \\sin\\left(x + 1\\right)
      cos/1      \\cos\\left(x + 1\\right)
      tan/1      \\tan\\left(x + 1\\right)
      sec/1      \\sec\\left(x + 1\\right)
      csc/1      \\csc\\left(x + 1\\right)
      cot/1      \\cot\\left(x + 1\\right)
      asin/1     \\arcsin\\left(x + 1\\right)
      acos/1     \\arccos\\left(x + 1\\right)
      atan/1     \\arctan\\left(x + 1\\right)
      sinh/1     \\sinh\\left(x + 1\\right)
      cosh/1     \\cosh\\left(x + 1\\right)
      tanh/1     \\tanh\\left(x + 1\\right)
      asinh/1    \\operatorname{arsinh}\\left(x + 1\\right)
      acosh/1    \\operatorname{arcosh}\\left(x + 1\\right)
      atanh/1    \\operatorname{artanh}\\left(x + 1\\right)
      exp/1      e^{x + 1}
      log/1      \\ln\\left(x + 1\\right)
      log/2      \\log_{b}\\left(x + 1\\right)
      sqrt/1     \\sqrt{x + 1}
      abs/1      \\left|x + 1\\right|
      sign/1     \\operatorname{sign}\\left(x + 1\\right)
      sigmoid/1  \\sigma\\left(x + 1\\right)
      sech/1     \\operatorname{sech}\\left(x + 1\\right)
      csch/1     \\operatorname{csch}\\left(x + 1\\right)
      coth/1     \\coth\\left(x + 1\\right)
      asec/1     \\operatorname{arcsec}\\left(x + 1\\right)
      acsc/1     \\operatorname{arccsc}\\left(x + 1\\right)
      acot/1     \\operatorname{arccot}\\left(x + 1\\right)
      asech/1    \\operatorname{arsech}\\left(x + 1\\right)
      acsch/1    \\operatorname{arcsch}\\left(x + 1\\right)
      acoth/1    \\operatorname{arcoth}\\left(x + 1\\right)
      erf/1      \\operatorname{erf}\\left(x + 1\\right)
      erfc/1     \\operatorname{erfc}\\left(x + 1\\right)
      erfi/1     \\operatorname{erfi}\\left(x + 1\\right)
      Ei/1       \\operatorname{Ei}\\left(x + 1\\right)
      li/1       \\operatorname{li}\\left(x + 1\\right)
      Si/1       \\operatorname{Si}\\left(x + 1\\right)
      Ci/1       \\operatorname{Ci}\\left(x + 1\\right)
      Shi/1      \\operatorname{Shi}\\left(x + 1\\right)
      Chi/1      \\operatorname{Chi}\\left(x + 1\\right)
      fresnels/1 S\\left(x + 1\\right)
      fresnelc/1 C\\left(x + 1\\right)
      gamma/1    \\Gamma\\left(x + 1\\right)
      digamma/1  \\psi\\left(x + 1\\right)
      polygamma/2 \\psi^{(2)}\\left(b\\right)
      lowergamma/2 \\gamma\\left(3, b\\right)
      uppergamma/2 \\Gamma\\left(3, b\\right)
      polylog/2  \\operatorname{Li}_{2}\\left(b\\right)
      elliptic_k/1 K\\left(x + 1\\right)
      elliptic_e/1 E\\left(x + 1\\right)
      elliptic_e/2 E\\left(x + 1\\middle| b\\right)
      elliptic_f/2 F\\left(x + 1\\middle| b\\right)"
    `);
  });

  it('log to a base', () => {
    expect(toLatex(log(x, 2))).toBe('\\log_{2}\\left(x\\right)');
  });
});

describe('deep trees and limits', () => {
  const n = 100_000;
  it.each<[string, Expr, string]>([
    ['a left-nested sum', leftNested(add, x, n), `x${' + x'.repeat(n)}`],
    ['a right-nested difference', rightNested(sub, x, n), `${'x - \\left('.repeat(n - 1)}x - x${'\\right)'.repeat(n - 1)}`],
    ['a right-nested quotient', rightNested(div, x, n), `${'\\frac{x}{'.repeat(n)}x${'}'.repeat(n)}`],
  ])('%s, 100,000 deep', (_, e, latex) => {
    expect(toLatex(e) === latex).toBe(true);
  });

  it('throws ExpressionTooLargeError on a 2^100-node DAG', () => {
    expect(() => toLatex(doublings(add(x, 1), 100))).toThrow(ExpressionTooLargeError);
  });

  it('rejects what is not a tree', () => {
    expect(() => toLatex({ kind: 'call', fn: 'nope', args: [x], hash: 0 } as unknown as Expr)).toThrow(InvalidArgumentError);
  });
});
