// polygamma(n, x): the order n is a non-negative integer literal, a ParseError from the parser and
// an InvalidArgumentError from the builders and tree validation otherwise; and the new names are
// reserved like the old ones (`gamma` is no longer a variable).

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { callNode, varNode } from '../../src/ast/expr.js';
import {
  compile, diff, evaluate, format, InvalidArgumentError, parse, ParseError, toLatex, valueAndGrad,
} from '../../src/index.js';

const ORDER = "'polygamma' takes a non-negative integer literal as its order n (its first argument)";

describe('the parser', () => {
  it.each([
    ['polygamma(x, y)', 11],
    ['polygamma(1.0, x)', 11],
    ['polygamma(2e0, x)', 11],
    ['polygamma(-1, x)', 11],
    ['polygamma(1 + 1, x)', 11],
    ['polygamma(2x, x)', 11],
    ['polygamma(pi, x)', 11],
    ['3 + polygamma(n, x)', 15],
  ])('%s is a ParseError at column %i', (text, column) => {
    const error = (() => { try { parse(text); } catch (e) { return e; } return undefined; })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toContain(ORDER);
    expect((error as ParseError).column).toBe(column);
  });

  it.each([
    ['polygamma(0, x)', 'polygamma(0, x)'],
    ['polygamma((3), x^2)', 'polygamma(3, x^2)'],
    ['polygamma(12345678901234567890, x)', 'polygamma(12345678901234567890, x)'],
  ])('%s is accepted', (text, printed) => {
    expect(format(parse(text))).toBe(printed);
  });

  it.each(['polygamma(x)', 'polygamma(1, x, y)'])('%s has the wrong number of arguments', (text) => {
    expect(() => parse(text)).toThrow("'polygamma' takes 2 arguments");
  });
});

describe('the builders and tree validation', () => {
  const x = B.variable('x');
  it.each([
    ['a variable', () => B.polygamma(B.variable('n'), x)],
    ['a fraction', () => B.polygamma(1.5, x)],
    ['a float', () => B.polygamma(B.num(2, { float: true }), x)],
    ['a negation', () => B.polygamma(B.neg(1), x)],
    ['through call', () => B.call('polygamma', B.add(1, 1), x)],
  ])('refuse %s as the order', (_, build) => {
    expect(build).toThrow(InvalidArgumentError);
    expect(build).toThrow(ORDER);
  });

  it('reject a forged tree whose order is not a literal where trees are validated or differentiated', () => {
    const forged = callNode('polygamma', [varNode('n'), varNode('x')]);
    expect(() => compile(forged, ['n', 'x'])).toThrow(ORDER);
    expect(() => format(forged)).toThrow(ORDER);
    expect(() => diff(forged, 'x')).toThrow(InvalidArgumentError);
    expect(() => valueAndGrad(forged, { n: 1, x: 2 })).toThrow(ORDER);
    // evaluate reads trees without validating them: the value column answers, NaN where n is no order
    expect([evaluate(forged, { n: 1, x: 1 }), evaluate(forged, { n: 1.5, x: 1 })]).toEqual([Math.PI ** 2 / 6, NaN]);
  });

  it('accept a literal order, exact or a JavaScript integer', () => {
    expect(format(B.polygamma(2, x))).toBe('polygamma(2, x)');
    expect(format(B.polygamma(B.num(0n), B.mul(2, x)))).toBe('polygamma(0, 2*x)');
  });
});

describe('the order through the other passes', () => {
  it('has no derivative of its own: only x is differentiated, the order rising by one per derivative', () => {
    expect(format(diff('polygamma(2, x*y)', 'y', 2))).toBe('x^2*polygamma(4, x*y)');
  });

  it('prints in LaTeX as a superscript', () => {
    expect(toLatex(parse('polygamma(3, x/2)'))).toBe('\\psi^{(3)}\\left(\\frac{x}{2}\\right)');
  });
});

describe('reserved names', () => {
  it.each(['gamma', 'li', 'Si', 'erf', 'sech', 'polygamma'])('%s cannot name a variable', (name) => {
    expect(() => parse(`${name} + 1`)).toThrow(`expected '(' after '${name}'`);
    expect(() => B.variable(name)).toThrow(InvalidArgumentError);
  });

  it.each(['Gamma', 'ERF', 'si', 'LI'])('names are case-sensitive: %s is a variable', (name) => {
    expect(format(parse(`${name} + 1`))).toBe(`${name} + 1`);
  });
});
