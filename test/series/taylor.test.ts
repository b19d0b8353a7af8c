// taylor on examples read like a textbook table (inline snapshots of the printed polynomial), its
// errors, and inputs 100,000 deep.

import { describe, expect, it } from 'vitest';
import { addNode, callNode, divNode, varNode, type Expr } from '../../src/ast/expr.js';
import { int } from '../../src/ast/numbers.js';
import { ExpressionTooLargeError, InvalidArgumentError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';
import { format } from '../../src/print/format.js';
import { MAX_ORDER } from '../../src/series/expansion.js';
import { taylor, taylorCoefficients } from '../../src/series/taylor.js';

const series = (f: string, at: number | string, order: number, variable = 'x'): string =>
  format(taylor(parse(f), variable, typeof at === 'string' ? parse(at) : at, order));

describe('taylor: the polynomial about a point, ascending as SymPy prints it', () => {
  it.each([
    ['exp(x)', 0, 5, '1 + x + x^2/2 + x^3/6 + x^4/24 + x^5/120'],
    ['exp(x)', 1, 3, 'e + (x - 1)*e + (x - 1)^2*e/2 + (x - 1)^3*e/6'],
    ['sin(x)', 'pi/2', 4, '1 - (x - pi/2)^2/2 + (x - pi/2)^4/24'],
    ['cos(x)', 'pi', 4, '-1 + (x - pi)^2/2 - (x - pi)^4/24'],
    ['sin(x)', 'a', 3, 'sin(a) + (x - a)*cos(a) - (x - a)^2*sin(a)/2 - (x - a)^3*cos(a)/6'],
    ['x^3 - 2x', 2, 4, '4 + 10*(x - 2) + 6*(x - 2)^2 + (x - 2)^3'],
    ['x^3 - 2x', 2, 1, '4 + 10*(x - 2)'],
    ['x^3 - 2x', -1, 3, '1 + (x + 1) - 3*(x + 1)^2 + (x + 1)^3'],
    ['x^5', 0, 3, '0'],
    ['2^x', 0, 3, '1 + x*log(2) + x^2*log(2)^2/2 + x^3*log(2)^3/6'],
    ['x^x', 1, 3, '1 + (x - 1) + (x - 1)^2 + (x - 1)^3/2'],
    ['1/(1 - x)', 0, 4, '1 + x + x^2 + x^3 + x^4'],
    ['sqrt(1 + x)', 0, 4, '1 + x/2 - x^2/8 + x^3/16 - 5*x^4/128'],
    ['(1 + x)^(1/3)', 0, 3, '1 + x/3 - x^2/9 + 5*x^3/81'],
    ['(2 + x)^-2', 0, 3, '1/4 - x/4 + 3*x^2/16 - x^3/8'],
    ['log(x)', 1, 4, 'x - 1 - (x - 1)^2/2 + (x - 1)^3/3 - (x - 1)^4/4'],
    ['log(x, 2)', 4, 2, '2 + (x - 4)/(4*log(2)) - (x - 4)^2/(32*log(2))'], // log(4, 2) is exactly 2
    ['atanh(x)', 0, 7, 'x + x^3/3 + x^5/5 + x^7/7'],
    ['asin(x)', 0, 7, 'x + x^3/6 + 3*x^5/40 + 5*x^7/112'],
    ['sigmoid(x)', 0, 5, '1/2 + x/4 - x^3/48 + x^5/480'],
    ['sec(x)', 0, 6, '1 + x^2/2 + 5*x^4/24 + 61*x^6/720'],
    ['cot(x)', 'pi/4', 2, '1 - 2*(x - pi/4) + 2*(x - pi/4)^2'],
    ['abs(x)', -2, 2, '2 - (x + 2)'],
    ['abs(x - 3)', 0, 2, '3 - x'],
    ['exp(0.5*x)', 0, 2, '1 + 0.5*x + 0.125*x^2'],
    ['sin(x)', 0.5, 1, '0.479425538604203 + 0.8775825618903728*(x - 0.5)'],
    ['y*exp(x*y)', 0, 3, 'y + x*y^2 + x^2*y^3/2 + x^3*y^4/6'],
    ['exp(x)', 0, 0, '1'],
    ['sin(x)', 0, 0, '0'],
    ['sin(x) - sin(x)', 0, 3, '0'],
    // removable singularities: the divisor starts at 0, and the dividend as early
    ['sin(x)/x', 0, 6, '1 - x^2/6 + x^4/120 - x^6/5040'],
    ['x/(exp(x) - 1)', 0, 6, '1 - x/2 + x^2/12 - x^4/720 + x^6/30240'],
    ['(1 - cos(x))/x^2', 0, 4, '1/2 - x^2/24 + x^4/720'],
    ['((sin(x) - x)/x^3)/x^0', 0, 2, '-1/6 + x^2/120'],
    ['(x^2 - 1)/(x - 1)', 1, 2, '2 + (x - 1)'],
    ['exp(sin(x)/x)', 0, 3, 'e - x^2*e/6'],
    ['log(sin(x)/x)', 0, 4, '-x^2/6 - x^4/180'],
  ] as const)('%s about %s to order %d is %s', (f, at, order, expected) => {
    expect(series(f, at, order)).toBe(expected);
  });

  it('expands about a symbol, keeping the base x - a', () => {
    expect(series('exp(x)*sin(x)', 'a', 2)).toMatchInlineSnapshot(`"exp(a)*sin(a) + (x - a)*(cos(a) + sin(a))*exp(a) + (x - a)^2*cos(a)*exp(a)"`);
  });

  it('takes the variable by name, whatever it is called', () => {
    expect(series('cos(t)', 0, 4, 't')).toMatchInlineSnapshot(`"1 - t^2/2 + t^4/24"`);
  });

  it('gives the coefficients alone, as the simplifier prints them', () => {
    expect(taylorCoefficients(parse('exp(x)'), 'x', 1, 3).map((c) => format(c))).toMatchInlineSnapshot(`
      [
        "e",
        "e",
        "e/2",
        "e/6",
      ]
    `);
  });
});

describe('taylor: where the series does not exist, and bad arguments', () => {
  it.each([
    ['log(x)', 0, "'log' has no Taylor series about x = 0: log(x) is not analytic there"],
    ['sqrt(x)', 0, "'sqrt' has no Taylor series about x = 0: sqrt(x) is not analytic there"],
    ['abs(x)', 0, "'abs' has no Taylor series about x = 0: abs(x) is not analytic there"],
    ['sign(x)', 0, "'sign' has no Taylor series about x = 0: sign(x) is not analytic there"],
    // acot u = atan(1/u) jumps from -pi/2 to pi/2 at 0 (found by fuzzing: pi/2 - x + … was printed)
    ['acot(x)', 0, "'acot' has no Taylor series about x = 0: acot(x) is not analytic there"],
    ['1/x', 0, '1/x has no Taylor series about x = 0: its divisor is 0 there'],
    ['x^(1/2)', 0, 'x^(1/2) has no Taylor series about x = 0: a pole or a branch point'],
    ['x^-1', 0, 'x^-1 has no Taylor series about x = 0: a pole or a branch point'],
    ['x^x', 0, 'x^x has no Taylor series about x = 0: a pole or a branch point'],
    ['tan(x)', 'pi/2', "'tan' has no Taylor series about x = pi/2: tan(x) is not analytic there"],
    ['sec(x)', '3*pi/2', "'sec' has no Taylor series about x = 3*pi/2: sec(x) is not analytic there"],
    ['cot(x)', 0, "'cot' has no Taylor series about x = 0: cot(x) is not analytic there"],
    ['csc(x)', 'pi', "'csc' has no Taylor series about x = pi: csc(x) is not analytic there"],
    ['acosh(x)', 1, "'acosh' has no Taylor series about x = 1: acosh(x) is not analytic there"],
    ['asin(x)', 1, "'asin' has no Taylor series about x = 1: asin(x) is not analytic there"],
    ['atanh(x)', -1, "'atanh' has no Taylor series about x = -1: atanh(x) is not analytic there"],
    ['log(x - 1, 2)', 1, "'log' has no Taylor series about x = 1: log(x - 1, 2) is not analytic there"],
    ['sqrt(x - 2)', 1, "'sqrt' has no Taylor series about x = 1: sqrt(x - 2) is not analytic there"],
    ['exp(x) + 1/0', 0, '1/0 has no Taylor series about x = 0: its divisor is 0 there'],
    ['sin(x)/x^2', 0, 'sin(x)/x^2 has no Taylor series about x = 0: its divisor is 0 there'],
    ['x/(x - x)', 0, 'x/(x - x) has no Taylor series about x = 0: its divisor is 0 there'],
  ] as const)('%s about %s is an InvalidArgumentError naming it', (f, at, message) => {
    expect(() => series(f, at, 3)).toThrow(new InvalidArgumentError(message));
  });

  it.each([
    [-1], [1.5], [MAX_ORDER + 1], [Number.NaN], [Infinity],
  ])('order %s is an InvalidArgumentError', (order) => {
    expect(() => taylor(parse('sin(x)'), 'x', 0, order)).toThrow(InvalidArgumentError);
  });

  it.each([
    ['a point that is not finite', () => taylor(parse('sin(x)'), 'x', Infinity, 2)],
    ['a point with the variable in it', () => taylor(parse('sin(x)'), 'x', parse('x + 1'), 2)],
    ['a point whose value is not finite', () => taylor(parse('sin(x)'), 'x', parse('log(0)'), 2)],
    ['a point that is not an expression', () => taylor(parse('sin(x)'), 'x', {} as Expr, 2)],
    ['a variable that is a function name', () => taylor(parse('sin(x)'), 'sin', 0, 2)],
    ['a variable that is not an identifier', () => taylor(parse('sin(x)'), '2x', 0, 2)],
  ])('%s is an InvalidArgumentError', (_, run) => {
    expect(run).toThrow(InvalidArgumentError);
  });

  it('a coefficient with more digits than the limit is an ExpressionTooLargeError', () => {
    const big = '9'.repeat(60_000); // (N·x)^2 has the coefficient N², 120,000 digits
    expect(() => taylor(parse(`(${big}*x)^2`), 'x', 0, 2)).toThrow(ExpressionTooLargeError);
  });
});

describe('taylor: 100,000-deep inputs', () => {
  const DEPTH = 100_000;

  it('a sum chain 100,000 deep', () => {
    const sinX = callNode('sin', [varNode('x')]);
    let e: Expr = varNode('x');
    for (let i = 0; i < DEPTH; i++) e = addNode([e, sinX]);
    expect(format(taylor(e, 'x', 0, 3))).toMatchInlineSnapshot(`"100001*x - 50000*x^3/3"`);
  });

  it('calls nested 100,000 deep', () => {
    let e: Expr = varNode('x');
    for (let i = 0; i < DEPTH; i++) e = callNode(i % 2 === 0 ? 'sin' : 'tanh', [e]);
    expect(format(taylor(e, 'x', 0, 1))).toMatchInlineSnapshot(`"x"`);
  });

  it('a removable singularity over a dividend 100,000 deep', () => {
    const sinX = callNode('sin', [varNode('x')]);
    let e: Expr = sinX;
    for (let i = 1; i < DEPTH; i++) e = addNode([e, sinX]);
    expect(format(taylor(divNode(e, varNode('x')), 'x', 0, 2))).toMatchInlineSnapshot(`"100000 - 50000*x^2/3"`);
  });

  it('a quotient 100,000 deep in its divisor', () => {
    let e: Expr = int(1);
    for (let i = 0; i < DEPTH; i++) e = addNode([e, varNode('x')]);
    expect(format(taylor(divNode(int(1), e), 'x', 0, 2))).toMatchInlineSnapshot(`"1 - 100000*x + 10000000000*x^2"`);
  });
});
