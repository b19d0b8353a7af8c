// compileGradient: the generated code itself, the same numbers as valueAndGrad, the reused result,
// the compile-time errors of `compile`, forged trees, and names that are keywords or prototype keys.

import { describe, expect, it } from 'vitest';
import { compileGradient, InvalidArgumentError, parse, valueAndGrad } from '../../src/index.js';
import * as B from '../../src/ast/builders.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';

describe('the generated code', () => {
  it('is straight-line: forward statements, then adjoints from the root down', () => {
    expect(compileGradient('x*y + sin(x)', ['x', 'y']).toString()).toMatchInlineSnapshot(`
      "function compiled(a0, a1) {
      a0 = +a0;
      a1 = +a1;
      let t0 = a0 * a1;
      let t1 = Math.sin(a0);
      let t2 = t0 + t1;
      let t3 = Math.cos(a0);
      let t4 = t3;
      t4 += a1;
      k0[1] = a0;
      k0[0] = t4;
      k1.value = t2;
      return k1;
      }"
    `);
  });

  it('computes a shared subexpression once and reuses forward values in the partials (tanh)', () => {
    expect(compileGradient('v*tanh(w*x + b)', ['w', 'b', 'v', 'x']).toString()).toMatchInlineSnapshot(`
      "function compiled(a0, a1, a2, a3) {
      a0 = +a0;
      a1 = +a1;
      a2 = +a2;
      a3 = +a3;
      let t0 = a0 * a3;
      let t1 = t0 + a1;
      let t2 = Math.tanh(t1);
      let t3 = a2 * t2;
      let t4 = Math.pow(t2, 2);
      let t5 = 1 - t4;
      let t6 = a2 * t5;
      k0[1] = t6;
      let t7 = t6 * a3;
      let t8 = t6 * a0;
      k0[3] = t8;
      k0[0] = t7;
      k0[2] = t2;
      k1.value = t3;
      return k1;
      }"
    `);
  });

  it('never holds user names', () => {
    const code = compileGradient(B.mul(B.variable('constructor'), B.variable('__proto__')), ['__proto__', 'constructor']).toString();
    expect(code).not.toMatch(/constructor|__proto__/);
  });
});

describe('compileGradient computes what valueAndGrad does', () => {
  const close = (a: number, b: number) => Object.is(a, b) || Math.abs(a - b) <= 1e-12 * (1 + Math.abs(a) + Math.abs(b));

  it.each([
    'x*y + sin(x)', 'x^y', 'x^3 - 2x^2 + x/y', 'cos(x)*exp(x^2)', 'log(x, y) + sqrt(x*y)', '(x+y)*(x+y)*(x-y)',
    'sigmoid(x*y) - abs(x - y) + sign(y)', 'x^x^x', '-(x/y)^(1/2)',
  ])('%s', (text) => {
    const tree = parse(text);
    const f = compileGradient(tree, ['x', 'y']);
    for (const [x, y] of [[1.3, 0.4], [0.7, 2.5], [2, 3]] as const) {
      const want = valueAndGrad(tree, { x, y });
      const got = f(x, y);
      expect(close(got.value, want.value), `value at ${x}, ${y}`).toBe(true);
      expect(close(got.gradient[0] as number, want.gradient.x as number), `d/dx at ${x}, ${y}`).toBe(true);
      expect(close(got.gradient[1] as number, want.gradient.y as number), `d/dy at ${x}, ${y}`).toBe(true);
    }
  });

  it.each(FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const)))(
    '%s with %i argument(s): the derivative column as code agrees with the slope column', (fn, n) => {
      const tree = n === 1 ? B.call(fn, B.mul(B.variable('x'), B.variable('y')))
        : B.call(fn, ...withLiterals(fn, [B.variable('x'), B.variable('y')], B.num));
      const f = compileGradient(tree, ['x', 'y']);
      for (const [x, y] of [[0.3, 0.5], [0.6, 1.7], [1.7, 3]] as const) {
        const want = valueAndGrad(tree, { x, y }).gradient;
        const got = f(x, y).gradient;
        expect(close(got[0] as number, want.x as number), `${fn} d/dx at ${x}, ${y}: ${got[0]} vs ${want.x}`).toBe(true);
        expect(close(got[1] as number, want.y as number), `${fn} d/dy at ${x}, ${y}: ${got[1]} vs ${want.y}`).toBe(true);
      }
    });
});

describe('the result', () => {
  it('is one object, reused by the next call', () => {
    const f = compileGradient('x^2', ['x']);
    const first = f(3);
    expect([first.value, [...first.gradient]]).toEqual([9, [6]]);
    const second = f(4);
    expect(second).toBe(first);
    expect([first.value, [...first.gradient]]).toEqual([16, [8]]);
  });

  it('lists the gradient in the order of the variables, 0 for one the expression does not use', () => {
    const f = compileGradient('x - 2y', ['y', 'unused', 'x']);
    const { gradient } = f(5, 1, 7);
    gradient[1] = 99; // a caller scribbling on the reused array does not leak into the next call
    expect([...f(5, 1, 7).gradient]).toEqual([-2, 0, 1]);
  });

  it('handles a leaf at the root and an expression without variables', () => {
    expect([...compileGradient('x', ['x'])(3).gradient]).toEqual([1]);
    const { value, gradient } = compileGradient('2*pi', ['x'])(1);
    expect([value, [...gradient]]).toEqual([2 * Math.PI, [0]]);
  });

  it('converts arguments as compile does: a missing one is NaN', () => {
    expect(compileGradient('x*y', ['x', 'y'])(2).value).toBeNaN();
  });
});

describe('errors, as compile', () => {
  it.each([
    ['a free variable missing from the list', () => compileGradient('x*y', ['x'])],
    ['a name listed twice', () => compileGradient('x', ['x', 'x'])],
    ['a name that is not an identifier', () => compileGradient('x', ['x', '2y'])],
    ['a reserved name', () => compileGradient('x', ['x', 'sin'])],
    ['variables that are not an array', () => compileGradient('x', 'x' as never)],
    ['a forged number node', () => compileGradient({ kind: 'num', value: '1); evil(', exact: null, hash: 0 } as never, [])],
    ['a forged call', () => compileGradient({ kind: 'call', fn: 'constructor', args: [], hash: 0 } as never, [])],
  ])('%s is an InvalidArgumentError', (_, build) => {
    expect(build).toThrow(InvalidArgumentError);
  });

  it.each(['__proto__', 'constructor', 'toString', 'return', 'this', 'arguments', 'eval', 'a0', 't0', 'k0'])(
    'takes %s as an ordinary variable', (name) => {
      const v = B.variable(name);
      const f = compileGradient(B.add(B.mul(v, v), B.variable('x')), [name, 'x']);
      expect([f(3, 1).value, ...f(3, 1).gradient]).toEqual([10, 6, 1]);
    });
});
