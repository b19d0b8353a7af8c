// The benchmark cases against SymPy: every coefficient of order 20 at 0 exactly SymPy's, from
// test/data/taylor-sympy.json (computed once by scripts/reference/taylor.py with SymPy's series, or
// with its power-series ring where series ran past the script's timeout: exp(sin(x)), `coefficientsBy`).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/parse.js';
import { taylorCoefficients } from '../../src/series/taylor.js';

interface Case {
  readonly expr: string;
  readonly at: number;
  readonly order: number;
  readonly coefficients: readonly string[];
}

const { cases } = JSON.parse(readFileSync(new URL('../data/taylor-sympy.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe("taylor's coefficients are SymPy's", () => {
  it.each(cases)('$expr to order $order about $at', ({ expr, at, order, coefficients }) => {
    const ours = taylorCoefficients(parse(expr), 'x', at, order)
      .map((c) => (c.kind === 'num' && c.exact !== null ? `${c.exact.num}/${c.exact.den}` : `not rational: ${c.kind}`));
    expect(ours).toEqual(coefficients);
  });
});
