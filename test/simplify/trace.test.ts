// simplifyTraced: the result simplify gives, and the named rules and candidate forms that made it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equality.js';
import { format, parse, simplify } from '../../src/index.js';
import { simplifyTraced } from '../../src/simplify/simplify.js';
import { arbExpr, arbRawExpr } from '../arbitraries.js';

/** The steps as lines `rule: before -> after`, as format prints them. */
function trace(text: string): string {
  return simplifyTraced(parse(text)).steps.map((s) => `${s.rule}: ${format(s.before)} -> ${format(s.after)}`).join('\n');
}

describe('the steps simplifyTraced reports', () => {
  it.each([
    ['x^0', 'zero-exponent: x^0 -> 1'],
    ['sin(-x) + cos(x)^2 + sin(x)^2', 'odd-function: sin(-x) -> -sin(x)\npythagoras: cos(x)^2 + sin(x)^2 -> 1'],
    ['x*(x + 1) - x^2', 'expand: x*(x + 1) - x^2 -> x'],
    ['10*exp(x) + x*exp(x)', 'factor-out: x*exp(x) + 10*exp(x) -> (x + 10)*exp(x)'],
    ['cosh(x)^2 + sinh(x) - 1', 'cosh-squared-as-sinh: cosh(x)^2 + sinh(x) - 1 -> sinh(x)^2 + sinh(x)'],
    ['x + y', ''], // already canonical: nothing to report
    ['2*cos(x)^2 - 1', 'double-angle: 2*cos(x)^2 - 1 -> cos(2*x)'],
  ])('%s', (input, steps) => {
    expect(trace(input)).toBe(steps);
  });

  it('reports a factor pulled out of some terms as horner', () => {
    expect(trace('x^3 + x^2*y + x*y^2 + y')).toMatchInlineSnapshot(`"horner: x^3 + x^2*y + x*y^2 + y -> x*(y^2 + x*(x + y)) + y"`);
  });

  it('reports the size guard when the input is kept', () => {
    expect(trace('x - 2/exp(x)')).toMatchInlineSnapshot(`
      "power-of-power: 1/exp(x) -> exp(-x)
      size-guard: x - 2*exp(-x) -> x - 2/exp(x)"
    `);
  });
});

describe('tracing changes nothing', () => {
  it('gives the result simplify gives, on any tree', () => {
    fc.assert(fc.property(fc.oneof(arbExpr(), arbRawExpr()), (e) => {
      expect(equals(simplifyTraced(e).result, simplify(e))).toBe(true);
    }), { seed: 42, numRuns: 400 });
  });

  it('reports steps whose printed forms differ, each from a named rule or candidate', () => {
    fc.assert(fc.property(arbExpr(), (e) => {
      for (const step of simplifyTraced(e).steps) {
        expect(step.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(equals(step.before, step.after)).toBe(false);
      }
    }), { seed: 42, numRuns: 200 });
  });
});
