// compileHessian: the value, gradient and row-major Hessian in one generated function, the result
// reused between calls, zeros written once, and the errors of compileGradient.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { compileHessian } from '../../src/second/hessian-code.js';
import { rosenbrock } from './rosenbrock.js';

const copy = (r: { value: number; gradient: Float64Array; hessian: Float64Array }) =>
  ({ value: r.value, gradient: [...r.gradient], hessian: [...r.hessian] });

describe('compileHessian', () => {
  it.each([
    ['x^2*y', ['x', 'y'], [3, 2], { value: 18, gradient: [12, 9], hessian: [4, 6, 6, 0] }],
    ['x^3 + y^3', ['y', 'x'], [1, 2], { value: 9, gradient: [3, 12], hessian: [6, 0, 0, 12] }],
    ['sin(x)*z', ['x', 'y', 'z'], [0, 5, 2], { value: 0, gradient: [2, 0, 0], hessian: [-0, 0, 1, 0, 0, 0, 1, 0, 0] }],
    ['exp(a) + 4', ['a'], [0], { value: 5, gradient: [1], hessian: [1] }],
    ['7', [], [], { value: 7, gradient: [], hessian: [] }],
  ])('of %s wrt %j at %j', (text, names, args, expected) => {
    expect(copy(compileHessian(parse(text), names)(...args))).toEqual(expected);
  });

  it('returns the same object and arrays at every call, zeros written once', () => {
    const f = compileHessian(parse('x^2*y + z'), ['x', 'y', 'z']);
    const first = f(1, 2, 3);
    const { gradient, hessian } = first;
    hessian[8] = 99; // a structural zero: the function does not write it again
    const second = f(2, 1, 0);
    expect(second).toBe(first);
    expect(second.gradient).toBe(gradient);
    expect(second.hessian).toBe(hessian);
    expect(copy(second)).toEqual({ value: 4, gradient: [4, 4, 1], hessian: [2, 4, 0, 4, 0, 0, 0, 0, 99] });
  });

  it('computes the chained Rosenbrock Hessian of 50 variables, tridiagonal', () => {
    const { f, names } = rosenbrock(50);
    const x = names.map((_, i) => Math.cos(i));
    const { hessian } = compileHessian(f, names)(...x);
    for (let i = 0; i < 50; i++) {
      for (let j = 0; j < 50; j++) {
        const expected = i === j
          ? (i < 49 ? 1200 * x[i]! ** 2 - 400 * x[i + 1]! + 2 : 0) + (i > 0 ? 200 : 0)
          : Math.abs(i - j) === 1 ? -400 * x[Math.min(i, j)]! : 0;
        expect(hessian[i * 50 + j]).toBeCloseTo(expected, 9);
      }
    }
  });

  it.each([
    ['a variable missing from the list', () => compileHessian(parse('x*y'), ['x'])],
    ['a variable listed twice', () => compileHessian(parse('x*y'), ['x', 'y', 'x'])],
    ['a reserved name', () => compileHessian(parse('x'), ['x', 'pi'])],
    ['variables that are not an array', () => compileHessian(parse('x'), 'x' as never)],
    ['a forged tree', () => compileHessian({ kind: 'call', fn: 'alert', args: [] } as never, [])],
  ])('refuses %s with an InvalidArgumentError', (_, run) => {
    expect(run).toThrow(InvalidArgumentError);
  });

  it('writes no user text into the code: a name is a parameter position', () => {
    const f = compileHessian(parse('constructor^2*__proto__'), ['constructor', '__proto__']);
    expect(copy(f(3, 2))).toEqual({ value: 18, gradient: [12, 9], hessian: [4, 6, 6, 0] });
  });
});

describe('compileHessian in chunks', () => {
  // Past 400 parameters or 2,000 statements the code is cut into small functions (evaluate/codegen.ts):
  // values crossing from one to another go through slots, parameters through one array.
  it('computes the chained Rosenbrock Hessian of 450 variables, the arguments read in chunks', () => {
    const { f, names } = rosenbrock(450);
    const x = names.map((_, i) => Math.sin(i) + 0.5);
    const { value, gradient, hessian } = compileHessian(f, names)(...x);
    let expected = 0;
    for (let i = 0; i < 449; i++) expected += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
    expect(value).toBeCloseTo(expected, 8);
    expect(gradient[449]).toBeCloseTo(200 * (x[449]! - x[448]! ** 2), 9);
    for (const i of [0, 1, 224, 448, 449]) {
      expect(hessian[i * 450 + i]).toBeCloseTo((i < 449 ? 1200 * x[i]! ** 2 - 400 * x[i + 1]! + 2 : 0) + (i > 0 ? 200 : 0), 9);
      if (i < 449) expect(hessian[i * 450 + i + 1]).toBe(hessian[(i + 1) * 450 + i]);
    }
    expect(hessian[3]).toBe(0);
  });

  it('shares one value among 3,600 statements: (x1 + … + x60)^3 has every entry 6·(x1 + … + x60)', () => {
    const names = Array.from({ length: 60 }, (_, i) => `x${i + 1}`);
    const x = names.map((_, i) => (i % 7) / 10 - 0.2);
    const sum = x.reduce((a, b) => a + b, 0);
    const { value, gradient, hessian } = compileHessian(parse(`(${names.join(' + ')})^3`), names)(...x);
    expect(value).toBeCloseTo(sum ** 3, 10);
    expect(gradient.every((g) => Math.abs(g - 3 * sum ** 2) < 1e-10)).toBe(true);
    expect(hessian.every((h) => Math.abs(h - 6 * sum) < 1e-10)).toBe(true);
  });
});
