// Every special function against mpmath at its 20 committed points, to |error| ≤ 1e-13·max(1, |f|)
// (issue 12); and the values the formulas leave out: domains, poles, infinities, parity.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as special from '../../src/special/index.js';
import { REFERENCE, VALUES, scaledError } from './reference.js';

const TOLERANCE = 1e-13;

const cases = Object.entries(REFERENCE).flatMap(([name, points]) =>
  points.map((p) => ({ name, args: p.args, want: p.value })));

describe('values against mpmath (test/data/special-functions.json)', () => {
  it('covers every function with 20 points', () => {
    expect(Object.keys(REFERENCE).sort()).toEqual(Object.keys(VALUES).sort());
    for (const points of Object.values(REFERENCE)) expect(points).toHaveLength(20);
  });

  it.each(cases)('$name($args) = $want', ({ name, args, want }) => {
    const got = (VALUES[name] as (...a: number[]) => number)(...args);
    expect(scaledError(got, Number(want))).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe('outside the formulas', () => {
  it.each([
    ['Ci(-1) (complex)', special.Ci(-1), NaN],
    ['Chi(-1) (complex)', special.Chi(-1), NaN],
    ['li(-1) (complex)', special.li(-1), NaN],
    ['asec(0.5)', special.asec(0.5), NaN],
    ['acsc(-0.5)', special.acsc(-0.5), NaN],
    ['asech(1.5)', special.asech(1.5), NaN],
    ['asech(-0.5)', special.asech(-0.5), NaN],
    ['acoth(0.5)', special.acoth(0.5), NaN],
    ['gamma(-3) (a pole)', special.gamma(-3), NaN],
    ['digamma(0) (a pole)', special.digamma(0), NaN],
    ['polygamma(1.5, 2) (order not an integer)', special.polygamma(1.5, 2), NaN],
    ['polygamma(-1, 2) (order negative)', special.polygamma(-1, 2), NaN],
    ['erfi(NaN)', special.erfi(NaN), NaN],
    ['Ei(NaN)', special.Ei(NaN), NaN],
    ['Ei(0)', special.Ei(0), -Infinity],
    ['Ci(0)', special.Ci(0), -Infinity],
    ['Chi(0)', special.Chi(0), -Infinity],
    ['li(1)', special.li(1), -Infinity],
    ['li(0)', special.li(0), 0],
    ['gamma(0)', special.gamma(0), Infinity],
    ['acoth(1)', special.acoth(1), Infinity],
    ['acoth(-1)', special.acoth(-1), -Infinity],
    ['acot(0)', special.acot(0), Math.PI / 2],
    ['erfi(27) (overflows)', special.erfi(27), Infinity],
    ['erfi(-Infinity)', special.erfi(-Infinity), -Infinity],
    ['Ei(Infinity)', special.Ei(Infinity), Infinity],
    ['Ei(-Infinity)', special.Ei(-Infinity), -0],
    ['Ei(720) (overflows)', special.Ei(720), Infinity],
    ['Shi(-Infinity)', special.Shi(-Infinity), -Infinity],
    ['Chi(Infinity)', special.Chi(Infinity), Infinity],
    ['li(Infinity)', special.li(Infinity), Infinity],
    ['fresnels(Infinity)', special.fresnels(Infinity), 0.5],
    ['fresnelc(-Infinity)', special.fresnelc(-Infinity), -0.5],
    ['erf(Infinity)', special.erf(Infinity), 1],
    ['erfc(-Infinity)', special.erfc(-Infinity), 2],
  ])('%s is %s', (_, got, want) => {
    expect(got).toBe(want);
  });
});

describe('parity', () => {
  const odd = ['csch', 'coth', 'acsc', 'acot', 'acsch', 'acoth', 'erf', 'erfi', 'Si', 'Shi', 'fresnels', 'fresnelc'];
  const even = ['sech'];
  const anyX = fc.double({ min: -800, max: 800, noNaN: true, noDefaultInfinity: true });
  it.each(odd)('%s is odd', (name) => {
    const f = VALUES[name] as (x: number) => number;
    fc.assert(fc.property(anyX, (x) => f(-x) === -f(x) || (Number.isNaN(f(x)) && Number.isNaN(f(-x)))), { seed: 42, numRuns: 300 });
  });
  it.each(even)('%s is even', (name) => {
    const f = VALUES[name] as (x: number) => number;
    fc.assert(fc.property(anyX, (x) => f(-x) === f(x)), { seed: 42, numRuns: 300 });
  });
});
