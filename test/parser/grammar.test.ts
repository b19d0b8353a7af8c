// The input language of CONTRACT.md, input by input: the exact tree each text parses to.

import { describe, expect, it } from 'vitest';
import { add, call, div, E, log, mul, neg, num, PI, pow, sin, sub, variable } from '../../src/ast/builders.js';
import { equals } from '../../src/ast/equality.js';
import type { Expr } from '../../src/ast/expr.js';
import { FUNCTION_ALIASES, FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { parse } from '../../src/parser/parse.js';
import { shape } from './shape.js';

const x = variable('x');

describe('the precedence ladder', () => {
  it.each([
    // + - loosest, left-associative; a subtraction stays a subtraction
    ['a + b - c', 'sub(add(a, b), c)'],
    ['a - b - c', 'sub(sub(a, b), c)'],
    ['a - (b - c)', 'sub(a, sub(b, c))'],
    ['a + b + c', 'add(add(a, b), c)'],
    // * / and implicit products next, left-associative, one level
    ['a + b*c', 'add(a, mul(b, c))'],
    ['a*b + c', 'add(mul(a, b), c)'],
    ['a/b*c', 'mul(div(a, b), c)'],
    ['a/b/c', 'div(div(a, b), c)'],
    ['a*b/c', 'div(mul(a, b), c)'],
    ['1/2x', 'mul(div(1, 2), x)'],
    ['a - b*c + d/e*f - g', 'sub(add(sub(a, mul(b, c)), mul(div(d, ℯ), f)), g)'],
    // unary signs bind tighter than * / and looser than ^; `+` vanishes
    ['-x^2', 'neg(pow(x, 2))'],
    ['-x*y', 'mul(neg(x), y)'],
    ['-2x', 'mul(neg(2), x)'],
    ['--x', 'neg(neg(x))'],
    ['-+-x', 'neg(neg(x))'],
    ['+x', 'x'],
    ['x - -y', 'sub(x, neg(y))'],
    ['x*-y', 'mul(x, neg(y))'],
    ['x/-y', 'div(x, neg(y))'],
    ['(-x)^2', 'pow(neg(x), 2)'],
    // ^ tightest, right-associative; the exponent is a unary
    ['2^3^2', 'pow(2, pow(3, 2))'],
    ['2^-x', 'pow(2, neg(x))'],
    ['2^-x^2', 'pow(2, neg(pow(x, 2)))'],
    ['x**2', 'pow(x, 2)'],
    ['x**y^z', 'pow(x, pow(y, z))'],
    ['(x^y)^z', 'pow(pow(x, y), z)'],
    ['a*b^c', 'mul(a, pow(b, c))'],
    // parentheses vanish
    ['((x))', 'x'],
    ['(a + b)*c', 'mul(add(a, b), c)'],
  ])('%s  =>  %s', (text, expected) => {
    expect(shape(parse(text))).toBe(expected);
  });
});

describe('implicit multiplication', () => {
  it.each([
    ['2x', 'mul(2, x)'],
    ['2 x', 'mul(2, x)'],
    ['3sin(x)', 'mul(3, sin(x))'],
    ['2(x+1)', 'mul(2, add(x, 1))'],
    ['2pi', 'mul(2, π)'],
    ['2e', 'mul(2, ℯ)'],
    ['2e+x', 'add(mul(2, ℯ), x)'],
    ['1.5x', 'mul(1.5, x)'],
    ['(x+1)(x-1)', 'mul(add(x, 1), sub(x, 1))'],
    ['sin(x)(x+1)', 'mul(sin(x), add(x, 1))'],
    ['2(3)(4)', 'mul(mul(2, 3), 4)'],
    // the right operand is a power: 2x^2 is 2*(x^2)
    ['2x^2', 'mul(2, pow(x, 2))'],
    ['x^2(x+1)', 'mul(pow(x, 2), add(x, 1))'],
    ['2^3x', 'mul(pow(2, 3), x)'],
    // same level as * and /, left to right
    ['2x*3y', 'mul(mul(mul(2, x), 3), y)'],
    ['1/2x', 'mul(div(1, 2), x)'],
    ['x/2y', 'mul(div(x, 2), y)'],
    ['xy', 'xy'],
  ])('%s  =>  %s', (text, expected) => {
    expect(shape(parse(text))).toBe(expected);
  });

  it('builds the same tree as the builders', () => {
    expect(equals(parse('2x^2'), mul(2, pow(x, 2)))).toBe(true);
    const poly = sub(add(sub(mul(3, pow(x, 4)), mul(2, pow(x, 3))), x), 7);
    expect(equals(parse('3*x^4 - 2*x^3 + x - 7'), poly)).toBe(true);
    expect(equals(parse('cos(x)*exp(x^2)'), mul(call('cos', x), call('exp', pow(x, 2))))).toBe(true);
  });
});

describe('numbers', () => {
  it.each([
    ['12', '12'],
    ['0', '0'],
    ['007', '7'],
    ['1.5', '1.5'],
    ['.5', '0.5'],
    ['1e-3', '0.001'],
    ['2.5E+4', '25000.0'],
    ['2.0', '2.0'],
    ['2e3', '2000.0'],
    ['1E2', '100.0'],
    ['1e-400', '0.0'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
  ])('%s  =>  %s', (text, expected) => {
    expect(shape(parse(text))).toBe(expected);
  });

  it('keeps integers of any size exact, and makes decimals floats', () => {
    const big = `9${'0'.repeat(400)}`;
    expect(parse(big)).toMatchObject({ kind: 'num', exact: { num: BigInt(big), den: 1n } });
    expect(equals(parse('2'), num(2))).toBe(true);
    expect(equals(parse('2.0'), num(2, { float: true }))).toBe(true);
    expect(equals(parse('2.0'), num(2))).toBe(false);
  });
});

describe('names', () => {
  it.each([
    ['pi', PI],
    ['e', E],
    ['e^x', pow(E, x)],
    ['pie', variable('pie')],
    ['epsilon', variable('epsilon')],
    ['w_1 + b2', add(variable('w_1'), variable('b2'))],
    ['_', variable('_')],
    ['sinh(x)', call('sinh', x)],
    ['sin(x) + sinx', add(sin(x), variable('sinx'))],
  ] as [string, Expr][])('%s', (text, expected) => {
    expect(equals(parse(text), expected)).toBe(true);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'this', 'return', 'eval', 'Math',
    'function', 'new', 'undefined', 'NaN', 'Infinity'])('%s is an ordinary variable', (name) => {
    expect(equals(parse(`${name} + 1`), add(variable(name), 1))).toBe(true);
  });
});

describe('every function of the table', () => {
  const args = ['x', 'y + 1', '2'];
  const trees = [x, add(variable('y'), 1), num(2)];
  const rows = FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const));

  it.each(rows)('%s with %i argument(s)', (fn, n) => {
    const text = `${fn}(${withLiterals(fn, args.slice(0, n), String).join(', ')})`;
    expect(equals(parse(text), call(fn, ...withLiterals(fn, trees.slice(0, n), num)))).toBe(true);
  });

  it.each(FUNCTION_NAMES)('%s: without parentheses, or with too few or too many arguments, is an error', (fn) => {
    const { arities } = FUNCTIONS[fn];
    const phrase = `'${fn}' takes ${arities.join(' or ')} argument${arities.join() === '1' ? '' : 's'}`;
    expect(() => parse(`${fn} + 1`)).toThrow(`expected '(' after '${fn}'`);
    expect(() => parse(`${fn}()`)).toThrow(phrase);
    const tooMany = Array.from({ length: Math.max(...arities) + 1 }, () => 'x').join(', ');
    expect(() => parse(`${fn}(${tooMany})`)).toThrow(phrase);
  });

  it.each(Object.entries(FUNCTION_ALIASES))('%s is %s', (alias, fn) => {
    expect(equals(parse(`${alias}(x)`), call(fn, x))).toBe(true);
  });

  it('log takes a base; ln is the natural logarithm alone', () => {
    expect(equals(parse('log(x, 2)'), log(x, 2))).toBe(true);
    expect(equals(parse('log(x, b)'), log(x, variable('b')))).toBe(true);
    expect(equals(parse('ln(x)'), log(x))).toBe(true);
  });

  it('arguments are whole expressions', () => {
    expect(shape(parse('log(a + b*c, 2^n)'))).toBe('log(add(a, mul(b, c)), pow(2, n))');
    expect(shape(parse('sin (x)'))).toBe('sin(x)');
  });
});

describe('whitespace', () => {
  it.each(['1+2*x', ' 1 + 2 * x ', '1\t+\n2\r\n*x', '\n\n1+2*x\n'])('%j', (text) => {
    expect(equals(parse(text), add(1, mul(2, x)))).toBe(true);
  });

  it('may split `**` only as two operators', () => {
    expect(() => parse('x* *2')).toThrow('expected an expression');
  });

  it('separates a division from a negation', () => {
    expect(equals(parse('x / - y'), div(x, neg(variable('y'))))).toBe(true);
  });
});
