import { describe, expect, it } from 'vitest';
import {
  directionalDerivative, finiteDifference, finiteDifferenceSweep, InvalidArgumentError, UnboundVariableError,
} from '../../src/index.js';
import { mul, sub, variable } from '../../src/ast/builders.js';
import { defaultStep } from '../../src/numeric/schemes.js';

const { cos, exp, sin } = Math;

describe('finiteDifference', () => {
  it.each([
    ['forward', 'exp(x)', { x: 1 }, exp(1), 1e-7],
    ['backward', 'exp(x)', { x: 1 }, exp(1), 1e-7],
    ['central', 'exp(x)', { x: 1 }, exp(1), 1e-9],
    ['central', 'cos(x)*exp(x^2)', { x: 0.7 }, -sin(0.7) * exp(0.49) + cos(0.7) * 1.4 * exp(0.49), 1e-9],
    ['central', 'x^3', { x: 1e6 }, 3e12, 1e-9],
    ['forward', 'x^3', { x: 1e6 }, 3e12, 1e-7],
  ] as const)('%s differences of %s at %o, with the default step', (scheme, text, point, exact, relative) => {
    const estimate = finiteDifference(text, point, 'x', { scheme });
    expect(Math.abs(estimate - exact)).toBeLessThan(relative * Math.abs(exact));
  });

  it('uses central differences by default', () => {
    expect(finiteDifference('x^3', { x: 3 }, 'x')).toBe(finiteDifference('x^3', { x: 3 }, 'x', { scheme: 'central' }));
    expect(finiteDifference('x^3', { x: 3 }, 'x')).not.toBe(finiteDifference('x^3', { x: 3 }, 'x', { scheme: 'forward' }));
  });

  it('takes an explicit step as given', () => {
    // (f(1.5) - f(1)) / 0.5 for f = x², exactly 2.5; the central one (f(1.5) - f(0.5)) / 1 is exactly 2.
    expect(finiteDifference('x^2', { x: 1 }, 'x', { h: 0.5, scheme: 'forward' })).toBe(2.5);
    expect(finiteDifference('x^2', { x: 1 }, 'x', { h: 0.5, scheme: 'backward' })).toBe(1.5);
    expect(finiteDifference('x^2', { x: 1 }, 'x', { h: 0.5 })).toBe(2);
  });

  it('holds the other variables at the point, and gives 0 for a variable the expression does not use', () => {
    expect(finiteDifference('x*y', { x: 2, y: 5 }, 'x', { h: 0.25 })).toBe(5);
    expect(finiteDifference('y', { x: 2, y: 5 }, 'x')).toBe(0);
  });

  it('scales the default step with the point: √ε·max(1,|x|) one-sided, ∛ε·max(1,|x|) central', () => {
    expect(defaultStep('forward', 0.5)).toBeCloseTo(Math.sqrt(Number.EPSILON), 20);
    expect(defaultStep('central', 1e6) / 1e6).toBeCloseTo(Math.cbrt(Number.EPSILON), 15);
  });

  it.each([
    ['a zero step', { h: 0 }],
    ['a negative step', { h: -1e-3 }],
    ['an infinite step', { h: Infinity }],
    ['a NaN step', { h: NaN }],
    ['a step that is a string', { h: '0.1' }],
    ['an unknown scheme', { scheme: 'sideways' }],
    ['a scheme inherited from Object.prototype', { scheme: 'toString' }],
    ['options that are not an object', 3],
  ])('rejects %s with InvalidArgumentError', (_, options) => {
    expect(() => finiteDifference('x^2', { x: 1 }, 'x', options as never)).toThrow(InvalidArgumentError);
  });

  it.each(['2x', '', 'sin', 'pi', 'x y'])('rejects the variable %j with InvalidArgumentError', (name) => {
    expect(() => finiteDifference('x^2', { x: 1 }, name)).toThrow(InvalidArgumentError);
  });

  it('throws UnboundVariableError for the variable or another one missing from the point', () => {
    expect(() => finiteDifference('x^2', { y: 1 }, 'x')).toThrow(expect.objectContaining({ variable: 'x' }));
    expect(() => finiteDifference('x*y', { x: 1 }, 'x')).toThrow(UnboundVariableError);
    expect(() => finiteDifference('constructor', {}, 'constructor')).toThrow(UnboundVariableError);
  });

  it.each(['__proto__', 'constructor', 'toString', 'return', 'this', 'eval'])('takes %s as an ordinary variable', (name) => {
    const v = variable(name);
    const point = JSON.parse(`{"${name}": 3}`) as Record<string, number>;
    expect(finiteDifference(mul(v, sub(v, 1)), point, name, { h: 0.5 })).toBe(5);
    expect(finiteDifferenceSweep(mul(v, sub(v, 1)), point, name, { steps: [0.5] })).toEqual([{ h: 0.5, estimate: 5, error: 0 }]);
  });
});

describe('finiteDifferenceSweep', () => {
  it('shows the V of the error on exp(x) at 1: truncation falls with h, rounding rises below the best step', () => {
    const rows = finiteDifferenceSweep('exp(x)', { x: 1 }, 'x');
    expect(rows.map((r) => r.h)).toEqual([1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16]);
    for (const r of rows) expect(r.error).toBe(Math.abs(r.estimate - Math.E));
    const best = rows.reduce((a, b) => (b.error < a.error ? b : a));
    const at = (h: number) => rows.find((r) => r.h === h)?.error as number;
    expect(best.error).toBeLessThan(1e-9);
    expect(at(1e-1)).toBeGreaterThan(1e5 * best.error);
    expect(at(1e-15)).toBeGreaterThan(1e5 * best.error);
  });

  it.each(['forward', 'backward', 'central'] as const)('puts the best %s step near the default step', (scheme) => {
    const rows = finiteDifferenceSweep('exp(x)', { x: 1 }, 'x', { scheme });
    const best = rows.reduce((a, b) => (b.error < a.error ? b : a));
    const ratio = best.h / defaultStep(scheme, 1);
    expect(ratio).toBeGreaterThan(1 / 30);
    expect(ratio).toBeLessThan(30);
    // The default step does about as well as the best of the sweep.
    const atDefault = Math.abs(finiteDifference('exp(x)', { x: 1 }, 'x', { scheme }) - Math.E);
    expect(atDefault).toBeLessThan(10 * best.error + 1e-15);
  });

  it('measures the error against forward-mode AD', () => {
    const [row] = finiteDifferenceSweep('x^x', { x: 2 }, 'x', { steps: [1e-3] });
    const exact = directionalDerivative('x^x', { x: 2 }, { x: 1 }).derivative;
    expect(row?.error).toBe(Math.abs((row?.estimate as number) - exact));
  });

  it('takes its steps and scheme', () => {
    expect(finiteDifferenceSweep('x^2', { x: 1 }, 'x', { steps: [0.5, 0.25], scheme: 'forward' }))
      .toEqual([{ h: 0.5, estimate: 2.5, error: 0.5 }, { h: 0.25, estimate: 2.25, error: 0.25 }]);
  });

  it.each([
    ['steps that are not an array', { steps: 0.1 }],
    ['a zero step', { steps: [0.1, 0] }],
    ['an infinite step', { steps: [Infinity] }],
    ['an unknown scheme', { scheme: 'upwind' }],
  ])('rejects %s with InvalidArgumentError', (_, options) => {
    expect(() => finiteDifferenceSweep('x', { x: 1 }, 'x', options as never)).toThrow(InvalidArgumentError);
  });

  it('throws the named errors for a bad variable or point', () => {
    expect(() => finiteDifferenceSweep('x', { x: 1 }, '1x')).toThrow(InvalidArgumentError);
    expect(() => finiteDifferenceSweep('x + y', { x: 1 }, 'x')).toThrow(UnboundVariableError);
  });
});
