// What the page writes in a tree's boxes and under them.

import { describe, expect, it } from 'vitest';
import { parse, PI, E, neg, num, type Expr } from '../../src/index.js';
import { nodeLabel, shortLabel, shortNumber } from '../../web/labels.js';

describe('nodeLabel', () => {
  it.each<[string, Expr, string]>([
    ['a + b', parse('a + b'), '+'], ['a - b', parse('a - b'), '−'], ['a * b', parse('a * b'), '×'],
    ['a / b', parse('a / b'), '/'], ['a ^ b', parse('a ^ b'), '^'], ['-a', parse('-a'), 'neg'],
    ['log(a, 2)', parse('log(a, 2)'), 'log'], ['theta', parse('theta'), 'theta'], ['pi', PI, 'π'], ['e', E, 'e'],
    ['2.0', num(2, { float: true }), '2.0'], ['123', num(123), '123'], ['neg(1)', neg(1), 'neg'],
  ])('%s → %s', (_, e, label) => {
    expect(nodeLabel(e)).toBe(label);
  });
});

describe('shortLabel', () => {
  it.each([
    ['x', 'x'], ['0.30000000000000004', '0.300…0004'], ['a_very_long_name', 'a_ver…name'],
  ])('%s → %s', (label, short) => {
    expect(shortLabel(label)).toBe(short);
  });
});

describe('shortNumber', () => {
  it.each([
    [0.8775825618903728, '0.8776'], [-0.5, '−0.5'], [2, '2'], [123456, '1.23e+5'], [0.00012, '1.20e−4'], [-0.00012, '−1.20e−4'],
    [0, '0'], [NaN, 'NaN'], [Infinity, '∞'], [-Infinity, '−∞'],
  ])('%d → %s', (value, text) => {
    expect(shortNumber(value)).toBe(text);
  });
});
