import { describe, expect, it } from 'vitest';
import { format, parse } from '../../src/index.js';
import { isZero, normalForm } from '../../src/normal/normal-form.js';

describe('normalForm, the candidate for the simplifier', () => {
  it.each([
    ['(x^2-1)/(x-1)', 'x + 1'],
    ['(-2x-2x^2-2)/(x+x^2+1)', '-2'],
    ['((exp(x) + 1)*exp(x) - exp(2*x))/(exp(x) + 1)^2', 'exp(x)/(exp(x) + 1)^2'],
    ['sqrt(2*pi)/(2*pi)', '1/sqrt(2*pi)'],
  ])('%s → %s', (input, output) => {
    expect(format(normalForm(parse(input)) ?? parse('undefined'))).toBe(output);
  });

  it.each([
    '5*x - 2*y + 9', // already its normal form
    '(x + 1)^10', // the normal form (expanded) is larger
    '1/x + 1/y', // (x + y)/(x*y) is no smaller
  ])('%s has no smaller normal form', (input) => {
    expect(normalForm(parse(input))).toBeUndefined();
  });
});

describe('isZero', () => {
  it.each([
    ['(x^2-1)/(x-1) - x - 1', true],
    ['exp(2x) - exp(x)^2', true],
    ['sqrt(x)^2 - x', true],
    ['1/(1 - x) + 1/(x - 1)', true],
    ['sin(x + x)/2 - sin(2x)/2', true],
    ['x - y', false], // a non-zero rational function of independent symbols
    ['pi*x - 1', false],
    ['sin(x)^2 + cos(x)^2 - 1', undefined], // a relation the normal form does not know
    ['sqrt(x^2) - x', undefined],
    ['(a+b+c+d+f+g)^80 - 1', undefined], // over budget
  ])('%s: %s', (input, expected) => {
    expect(isZero(parse(input))).toBe(expected);
  });
});
