// hessian, jacobian and sparsity: simplified matrices of partials from the second sweep, shared
// entries, the exact 0 for structural zeros, symmetric entries as one object, and the named errors.

import { describe, expect, it } from 'vitest';
import { dagSize, diff, evaluate, format, parse, type Expr } from '../../src/index.js';
import { ExpressionTooLargeError, InvalidArgumentError } from '../../src/errors.js';
import { isExactZero } from '../../src/ast/numbers.js';
import { children } from '../../src/ast/expr.js';
import { hessian, jacobian } from '../../src/second/hessian.js';
import { sparsity } from '../../src/second/sparsity.js';
import { rosenbrock } from './rosenbrock.js';

const printed = (m: Expr[][]) => m.map((row) => row.map((e) => format(e)).join(' | ')).join(' ;; ');

describe('hessian', () => {
  it.each([
    ['x^2*y', 'x, y', '2*y | 2*x ;; 2*x | 0'],
    ['x^3 + y^3', 'x, y', '6*x | 0 ;; 0 | 6*y'],
    ['sin(x*y)', 'x, y', '-y^2*sin(x*y) | cos(x*y) - x*y*sin(x*y) ;; cos(x*y) - x*y*sin(x*y) | -x^2*sin(x*y)'],
    ['exp(x)*y', 'x, y', 'y*exp(x) | exp(x) ;; exp(x) | 0'],
    ['x/y', 'x, y', '0 | -1/y^2 ;; -1/y^2 | 2*x/y^3'],
    ['log(x) + 3', 'x', '-1/x^2'],
    ['a*x + b', 'a, b, x', '0 | 0 | 1 ;; 0 | 0 | 0 ;; 1 | 0 | 0'],
  ])('of %s, wrt %s', (text, names, expected) => {
    expect(printed(hessian(parse(text), names.split(', ')))).toBe(expected);
  });

  it('takes the free variables in order of appearance by default, like gradient', () => {
    expect(printed(hessian(parse('y*x^2')))).toBe('0 | 2*x ;; 2*x | 2*y');
    expect(hessian(parse('3'))).toEqual([]);
  });

  it('gives symmetric entries as one object, and structural zeros as the exact 0', () => {
    const H = hessian(parse('x^2*y*z + sin(y)*w + z'));
    H.forEach((row, i) => row.forEach((entry, j) => expect(entry).toBe((H[j] as Expr[])[i])));
    expect(isExactZero((H[0] as Expr[])[3] as Expr)).toBe(true);
    expect(sparsity(H)).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [1, 3], [2, 0], [2, 1], [3, 1]]);
  });

  it('lets entries share subexpressions', () => {
    const H = hessian(parse('exp(x*y)*sin(x*y)'));
    const nodes = (e: Expr, seen: Set<Expr>) => {
      const stack = [e];
      while (stack.length > 0) {
        const n = stack.pop() as Expr;
        if (!seen.has(n)) { seen.add(n); stack.push(...children(n)); }
      }
      return seen;
    };
    const all = new Set<Expr>();
    H.flat().forEach((entry) => nodes(entry, all));
    const separately = H.flat().reduce((sum, entry) => sum + nodes(entry, new Set()).size, 0);
    expect(all.size).toBeLessThan(separately / 2);
  });

  it('keeps the limit 0^u·log(0) = 0 across a subproduct that entries share, as diff twice does', () => {
    // ∂²/∂x² of 0^x·y is y·log(0)·(0^x·log(0)), its inner product shared with ∂²/∂x∂y: simplified on its
    // own to 0, it left 0*y*log(0) (NaN) beside diff's 0.
    for (const text of ['((1/2 - 1/2)*sin(3))^x*y', '(x - x)^x*y*z']) {
      const e = parse(text);
      const H = hessian(e, ['x', 'y']);
      H.forEach((row, i) => row.forEach((entry, j) => {
        expect(format(entry)).toBe(format(diff(diff(e, ['x', 'y'][i] as string), ['x', 'y'][j] as string)));
        expect(evaluate(entry, { x: 0.7, y: 1.3, z: 2 })).toBe(0);
      }));
    }
  });

  it('ends where a number put into a sum comes back out of it (found by fuzzing: the stack overflowed)', () => {
    // number-into-sum put 2 into a sum whose content the sum took out again, into the same product.
    const e = parse('(2*(Shi(1) + x*y))/(3 + sec(x)*(3 - 1))');
    const H = hessian(e, ['x', 'y']);
    expect(format((H[1] as Expr[])[1] as Expr)).toBe('0');
    expect(evaluate((H[0] as Expr[])[1] as Expr, { x: 0.3, y: 0.7 }))
      .toBeCloseTo(evaluate(diff(diff(e, 'x'), 'y'), { x: 0.3, y: 0.7 }), 12);
  });

  it.each([10, 200])('of the chained Rosenbrock function of %i variables has exactly 3n - 2 non-zeros', (n) => {
    const { f, names } = rosenbrock(n);
    const H = hessian(f, names);
    const pattern = sparsity(H);
    expect(pattern).toHaveLength(3 * n - 2);
    expect(pattern.every(([i, j]) => Math.abs(i - j) <= 1)).toBe(true);
    expect([(H[0] as Expr[])[0], (H[0] as Expr[])[1], (H[1] as Expr[])[1], (H[n - 1] as Expr[])[n - 1]].map((e) => format(e as Expr)))
      .toEqual(['1200*x1^2 - 400*x2 + 2', '-400*x1', '1200*x2^2 - 400*x3 + 202', '200']);
  });

  it.each([
    ['a repeated variable', () => hessian(parse('x*y'), ['x', 'x']), InvalidArgumentError],
    ['variables that are not an array', () => hessian(parse('x'), 'x' as never), InvalidArgumentError],
    ['a reserved name', () => hessian(parse('x'), ['sin']), InvalidArgumentError],
    ['a forged tree', () => hessian({ kind: 'var' } as never), InvalidArgumentError],
    ['25,000,000 entries', () => hessian(parse('x'), Array.from({ length: 5000 }, (_, i) => `x${i}`)), ExpressionTooLargeError],
  ])('refuses %s', (_, run, error) => {
    expect(run).toThrow(error);
  });
});

describe('hessian of a chain', () => {
  it('takes the entries of log(y, log(y, … x + 2) + 2), 100 deep, from nested diff, linear in size', () => {
    let chain = parse('x');
    for (let i = 0; i < 100; i++) chain = parse(`log(y, ${format(chain)} + 2)`);
    const H = hessian(chain, ['x', 'y']);
    const point = { x: 1.5, y: 3 };
    const dx = diff(chain, 'x');
    const expected = [[diff(dx, 'x'), diff(dx, 'y')], [diff(dx, 'y'), diff(diff(chain, 'y'), 'y')]];
    H.forEach((row, i) => row.forEach((entry, j) => {
      const want = evaluate((expected[i] as Expr[])[j] as Expr, point);
      expect(Math.abs(evaluate(entry, point) - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
    }));
    expect(dagSize(H[1]?.[1] as Expr)).toBeLessThan(20_000);
  });
});

describe('ExpressionTooLargeError', () => {
  it('names the unit of the limit: entries of a matrix, characters of text', () => {
    expect(() => hessian(parse('x'), Array.from({ length: 5000 }, (_, i) => `x${i}`)))
      .toThrow('the Hessian (5000 × 5000) would have more than 16,000,000 entries');
    expect(new ExpressionTooLargeError('the formatted expression', 10).problem).toBe('the formatted expression would be longer than 10 characters');
  });
});

describe('jacobian', () => {
  it.each([
    [['x*y', 'x + y^2'], undefined, 'y | x ;; 1 | 2*y'],
    [['r*cos(t)', 'r*sin(t)'], ['r', 't'], 'cos(t) | -r*sin(t) ;; sin(t) | r*cos(t)'],
    [['x', '2', 'z*x'], undefined, '1 | 0 ;; 0 | 0 ;; z | x'],
    [['x^2'], ['x', 'y'], '2*x | 0'],
  ])('of %j wrt %j', (texts, names, expected) => {
    expect(printed(jacobian(texts.map((t) => parse(t)), names))).toBe(expected);
  });

  it('of the gradient is the Hessian', () => {
    const f = parse('x^2*sin(y) + exp(x*y)');
    const J = jacobian([parse('2*x*sin(y) + y*exp(x*y)'), parse('x^2*cos(y) + x*exp(x*y)')], ['x', 'y']);
    expect(printed(J)).toBe(printed(hessian(f)));
  });

  it('refuses a repeated variable and a forged tree', () => {
    expect(() => jacobian([parse('x')], ['x', 'x'])).toThrow(InvalidArgumentError);
    expect(() => jacobian([{ kind: 'mul', args: [] } as never])).toThrow(InvalidArgumentError);
  });
});

describe('sparsity', () => {
  it('lists the positions of entries other than the exact 0, row by row', () => {
    const m = [[parse('0'), parse('x')], [parse('0.0'), parse('0')]];
    expect(sparsity(m)).toEqual([[0, 1], [1, 0]]);
    expect(sparsity([])).toEqual([]);
  });

  it.each([
    ['a non-array', 3],
    ['a row that is not an array', [3]],
    ['an entry that is not a tree', [[{ kind: 'num' }]]],
  ])('refuses %s', (_, m) => {
    expect(() => sparsity(m as never)).toThrow(InvalidArgumentError);
  });
});
