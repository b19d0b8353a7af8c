// What bad input gets, and the sizes symbolic differentiation must survive.

import { describe, expect, it } from 'vitest';
import {
  add, diff, differential, differentiate, evaluate, format, gradient, InvalidArgumentError, log, MAX_NESTING, mul, num,
  operatorCount, sin, sqrt, valueAndGrad, variable, type Expr,
} from '../../src/index.js';
import { dagSize } from '../../src/ast/size.js';

describe('bad arguments', () => {
  it.each([
    ['an order of 0', () => diff('x^2', 'x', 0)],
    ['a fractional order', () => diff('x^2', 'x', 1.5)],
    ['a negative order', () => diff('x^2', 'x', -1)],
    ['NaN as order', () => diff('x^2', 'x', NaN)],
    ['a string as order', () => diff('x^2', 'x', '2' as never)],
    ['a variable that is not an identifier', () => diff('x^2', '2x')],
    ['a reserved name as variable', () => differentiate('x^2', 'pi')],
    ['an empty variable', () => gradient('x^2', [''])],
    ['a non-array of variables', () => gradient('x^2', 'x' as never)],
  ])('%s is an InvalidArgumentError', (_, call) => {
    expect(call).toThrow(InvalidArgumentError);
  });
});

describe('derivatives that are infinite at a point', () => {
  it.each([
    ['sqrt(x)', 0, Infinity],
    ['x^(1/3)', 0, Infinity],
    ['log(x)', 0, Infinity],
    ['1/x', 0, -Infinity],
  ])('d/dx %s at %d is %d, never a finite number', (text, x, expected) => {
    expect(evaluate(diff(text, 'x'), { x })).toBe(expected);
  });

  it('asin at 1 is not finite either', () => {
    expect(Number.isFinite(evaluate(diff('asin(x)', 'x'), { x: 1 }))).toBe(false);
  });
});

describe('orders that come back', () => {
  it.each([
    ['sin(x)', 1_000_000_000, 'sin(x)'],
    ['sin(x)', 1_000_000_001, 'cos(x)'],
    ['cos(x)', 1_000_000_003, 'sin(x)'],
    ['exp(x)', 1_000_000_000, 'exp(x)'],
    ['x^3', 1_000_000_000, '0'],
    ['x^3', 3, '6'],
    ['exp(2*x)', 3, '8*exp(2*x)'],
  ])('d^n/dx^n %s for n = %d is %s', (text, n, expected) => {
    expect(format(diff(text, 'x', n))).toBe(expected);
  });
});

describe('sizes that must not overflow the stack', () => {
  it(`differentiates ${MAX_NESTING} nested calls typed as text`, () => {
    const text = `${'sin('.repeat(MAX_NESTING - 1)}x${')'.repeat(MAX_NESTING - 1)}`;
    const d = diff(text, 'x');
    expect(evaluate(d, { x: 0 })).toBe(1);
  });

  it('differentiates a sum of 50,000 terms', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `${i % 7}*x^${i % 5}`).join(' + ');
    const d = diff(text, 'x');
    expect(evaluate(d, { x: 1 })).toBe(Array.from({ length: 50_000 }, (_, i) => (i % 7) * (i % 5)).reduce((a, b) => a + b));
    expect(operatorCount(d)).toBeLessThan(20);
  });

  it('differentiates, simplifies and takes the differential of a 100,000-deep tree made with the builders', () => {
    let e: Expr = variable('x');
    for (let i = 0; i < 100_000; i++) e = i % 2 ? sin(e) : add(e, num(1));
    const raw = differentiate(e, 'x');
    const d = diff(e, 'x');
    const x = 0.3;
    expect(evaluate(d, { x })).toBeCloseTo(evaluate(raw, { x }), 12);
    expect(Number.isFinite(evaluate(differential(e), { x, dx: 1 }))).toBe(true);
    expect(Object.keys(gradient(e))).toEqual(['x']);
  }, 120_000); // about 8 s on a quiet machine; what it tests is size, not speed (`npm run bench` times it)

  it('keeps a shared subtree shared: D of a 2^60-node DAG is linear in its distinct nodes', () => {
    let e: Expr = sqrt(variable('x'));
    for (let i = 0; i < 60; i++) e = mul(e, e);
    const d = differentiate(e, 'x');
    expect(dagSize(d)).toBeLessThan(1000);
    expect(evaluate(diff(e, 'x'), { x: 1 })).toBeCloseTo(2 ** 59, -40); // (x^(2^59))' at 1
  });

  it('keeps a partial of gradient linear on a chain, where flat products of the sweep would be quadratic', () => {
    const text = `${'log(y, '.repeat(100)}x${' + 2)'.repeat(100)}`;
    const { x, y } = gradient(text);
    const forward = diff(text, 'y');
    expect(dagSize(y as Expr)).toBe(dagSize(forward)); // 800; 15,352 as flat products
    // The partials simplified together print as diff makes each one alone.
    expect(format(y as Expr)).toBe(format(forward));
    expect(format(x as Expr)).toBe(format(diff(text, 'x')));
    const point = { x: 1.5, y: 3 };
    expect(evaluate(y as Expr, point)).toBeCloseTo(evaluate(forward, point), 12);
    expect(evaluate(x as Expr, point)).toBeCloseTo(evaluate(diff(text, 'x'), point), 12);
  });

  it('takes the partials of a 1,000-deep chain from diff before simplifying a quadratic sweep', () => {
    let chain: Expr = variable('x');
    for (let i = 0; i < 1000; i++) chain = log(variable('y'), add(chain, num(2)));
    const partials = gradient(chain);
    expect(dagSize(partials.y as Expr)).toBe(dagSize(diff(chain, 'y'))); // linear: 8,000 distinct nodes
    expect(dagSize(partials.x as Expr)).toBeLessThan(10_000);
    const point = { x: 1.5, y: 3 };
    expect(evaluate(partials.y as Expr, point)).toBeCloseTo(valueAndGrad(chain, point).gradient.y as number, 10);
  });
});
