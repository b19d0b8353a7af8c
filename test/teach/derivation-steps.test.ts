// derivationSteps: the derivation written out by the same D and simplifier as diff, so the last
// line is diff's answer; the step rules by node; 'full' chain-rule substeps; huge outputs refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { equals } from '../../src/ast/equality.js';
import { postorder } from '../../src/ast/walk.js';
import { diff } from '../../src/diff/diff.js';
import { ExpressionTooLargeError, InvalidArgumentError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';
import { format } from '../../src/print/format.js';
import { derivationSteps } from '../../src/teach/derivation-steps.js';
import type { DerivationStep } from '../../src/teach/derivation-step.js';
import { layered, operatorNodes } from '../arbitraries.js';

const named = (s: DerivationStep) => `${s.rule}${s.fn ? ` ${s.fn}` : ''}${s.simplifierRule ? ` ${s.simplifierRule}` : ''}`;
const lines = (steps: readonly DerivationStep[]) => steps.map((s) => `${named(s).padEnd(26)}${s.text}`).join('\n');

describe('derivationSteps', () => {
  it('writes out the lecture seed, outermost rule first', () => {
    const { steps, result } = derivationSteps(parse('cos(x)*exp(x^2)'), 'x');
    expect(`\n${lines(steps)}\n`).toMatchInlineSnapshot(`
      "
      product                   d/dx[cos(x)]*exp(x^2) + cos(x)*d/dx[exp(x^2)]
      chain cos                 -(sin(x)*d/dx[x])*exp(x^2) + cos(x)*d/dx[exp(x^2)]
      variable                  -(sin(x)*1)*exp(x^2) + cos(x)*d/dx[exp(x^2)]
      chain exp                 -(sin(x)*1)*exp(x^2) + cos(x)*(exp(x^2)*d/dx[x^2])
      power                     -(sin(x)*1)*exp(x^2) + cos(x)*(exp(x^2)*(2*x*d/dx[x]))
      variable                  -(sin(x)*1)*exp(x^2) + cos(x)*(exp(x^2)*(2*x*1))
      simplify factor-out       (2*x*cos(x) - sin(x))*exp(x^2)
      "
    `);
    expect(format(result)).toBe(format(diff(parse('cos(x)*exp(x^2)'), 'x')));
    // The simplifier's named rewrites are the simplify step's substeps.
    expect(steps[steps.length - 1]?.substeps?.map((s) => `${s.simplifierRule}: ${s.text}`)).toMatchInlineSnapshot(`
      [
        "factor-out: 2*x*cos(x)*exp(x^2) - exp(x^2)*sin(x) = (2*x*cos(x) - sin(x))*exp(x^2)",
      ]
    `);
  });

  it('writes each line in LaTeX, d/dx[u] as \\frac{d}{dx}\\left[u\\right]', () => {
    const [first] = derivationSteps(parse('cos(x)*exp(x^2)'), 'x').steps;
    expect(first?.latex).toMatchInlineSnapshot(`"\\frac{d}{dx}\\left[\\cos\\left(x\\right)\\right] \\cdot e^{x^{2}} + \\cos\\left(x\\right) \\cdot \\frac{d}{dx}\\left[e^{x^{2}}\\right]"`);
  });

  it("adds the chain rule's 'let u = …' with detail 'full'", () => {
    const chain = derivationSteps(parse('sin(3x + 1)^2'), 'x', { detail: 'full' }).steps.filter((s) => s.substeps);
    expect(`\n${chain.map((s) => s.substeps?.map((t) => `${t.text}    ${t.latex}`).join('\n')).join('\n\n')}\n`).toMatchInlineSnapshot(`
      "
      let u = sin(3*x + 1)    \\text{let } u = \\sin\\left(3x + 1\\right)
      d/du[u^2] = 2*u    \\frac{d}{du}\\left[u^{2}\\right] = 2u
      d/dx[sin(3*x + 1)^2] = 2*sin(3*x + 1)*d/dx[sin(3*x + 1)]    \\frac{d}{dx}\\left[\\sin\\left(3x + 1\\right)^{2}\\right] = 2\\sin\\left(3x + 1\\right) \\cdot \\frac{d}{dx}\\left[\\sin\\left(3x + 1\\right)\\right]

      let u = 3*x + 1    \\text{let } u = 3x + 1
      d/du[sin(u)] = cos(u)    \\frac{d}{du}\\left[\\sin\\left(u\\right)\\right] = \\cos\\left(u\\right)
      d/dx[sin(3*x + 1)] = cos(3*x + 1)*d/dx[3*x + 1]    \\frac{d}{dx}\\left[\\sin\\left(3x + 1\\right)\\right] = \\cos\\left(3x + 1\\right) \\cdot \\frac{d}{dx}\\left[3x + 1\\right]

      6*cos(3*x + 1)*sin(3*x + 1) = 3*sin(2*(3*x + 1))    6\\cos\\left(3x + 1\\right) \\cdot \\sin\\left(3x + 1\\right) = 3\\sin\\left(2\\left(3x + 1\\right)\\right)
      "
    `);
  });

  it.each([
    ['7', 'constant'],
    ['x', 'variable'],
    ['y', 'constant'],
    ['x + 1', 'sum'],
    ['x - 1', 'difference'],
    ['-x', 'negation'],
    ['3*x', 'constant-multiple'],
    ['x/2', 'constant-multiple'],
    ['x*sin(x)', 'product'],
    ['1/x', 'quotient'],
    ['x^3', 'power'],
    ['2^x', 'exponential'],
    ['e^x', 'exponential'],
    ['x^x', 'general-power'],
    ['cos(x)', 'chain cos'],
    ['log(x, 2)', 'chain log'],
    ['abs(x)', 'chain abs'],
  ])('d/dx %s starts with the %s rule', (expr, rule) => {
    const [first] = derivationSteps(parse(expr), 'x').steps;
    expect(named(first as DerivationStep)).toBe(rule);
  });

  it('takes partial derivatives: the other variables are constants', () => {
    const { steps } = derivationSteps(parse('x^2*y'), 'y');
    expect(steps.map(named)).toEqual(['constant-multiple', 'variable', 'simplify canonical-form']);
    expect(steps[0]?.text).toBe('x^2*d/dy[y]');
  });

  it('writes each order in turn, ending at diff of that order', () => {
    const { steps, result } = derivationSteps(parse('sin(x)'), 'x', { order: 3 });
    expect(steps.filter((s) => s.rule === 'chain').length).toBe(3);
    expect(equals(result, diff(parse('sin(x)'), 'x', 3))).toBe(true);
  });

  it('differentiates a shared subtree once', () => {
    const u = B.exp(B.variable('x'));
    const { steps } = derivationSteps(B.mul(u, u), 'x');
    expect(steps.filter((s) => s.at === u).length).toBe(1);
  });

  it('refuses a derivation past the output limit (deep trees: deep.test.ts)', () => {
    expect(() => derivationSteps(parse('sin(x)'), 'x', { order: 1e9 })).toThrow(ExpressionTooLargeError);
  });

  it.each([[{ order: 0 }], [{ order: 1.5 }], [{ detail: 'some' }], [null]])('rejects the options %j', (options) => {
    expect(() => derivationSteps(parse('x'), 'x', options as never)).toThrow(InvalidArgumentError);
  });

  it('rejects a bad variable', () => {
    expect(() => derivationSteps(parse('x'), 'sin')).toThrow(InvalidArgumentError);
  });
});

// Small positive integers, x, y and the constants (diff's own property tests use these leaves).
const leaves = fc.oneof(fc.integer({ min: 1, max: 9 }).map((n) => B.num(n)), fc.constantFrom('x', 'y').map(B.variable),
  fc.constantFrom(B.PI, B.E));
const trees = layered(leaves, (sub) => operatorNodes(sub), 4);

describe('derivationSteps on random trees', () => {
  it('ends at diff, with every derivative step at a node of the input tree', () => {
    fc.assert(fc.property(trees, fc.constantFrom('x', 'y'), fc.constantFrom('brief', 'full'), (e, v, detail) => {
      const { steps, result } = derivationSteps(e, v, { detail: detail as 'brief' | 'full' });
      const expected = diff(e, v);
      expect(equals(result, expected)).toBe(true);
      expect(steps[steps.length - 1]?.text).toBe(format(expected));
      const nodes = new Set(postorder(e));
      expect(steps.filter((s) => s.rule !== 'simplify').every((s) => nodes.has(s.at))).toBe(true);
    }), { seed: 42, numRuns: 200 });
  });

  it('ends at diff where simplify settles its result (a factor exp(-x^2) simplified again)', () => {
    // Found by fuzzing: simplifyTraced, which derivationSteps ends with, did not settle as simplify does.
    const e = parse('erfc(x)/x^0.5');
    const { steps, result } = derivationSteps(e, 'x');
    expect(format(result)).toBe('-0.5*erfc(x)/x^1.5 - 2/(exp(x^2)*x^0.5*sqrt(pi))');
    expect(equals(result, diff(e, 'x'))).toBe(true);
    expect(steps[steps.length - 1]?.text).toBe(format(result));
  });

  it('ends at diff of order 2', () => {
    fc.assert(fc.property(layered(leaves, (sub) => operatorNodes(sub), 3), (e) => {
      expect(equals(derivationSteps(e, 'x', { order: 2 }).result, diff(e, 'x', 2))).toBe(true);
    }), { seed: 42, numRuns: 100 });
  });
});
