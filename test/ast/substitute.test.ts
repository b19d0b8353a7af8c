// substitute: variables replaced by trees in one pass, sharing kept, any depth, linear in distinct nodes.

import { describe, expect, it } from 'vitest';
import { add, format, mul, parse, sin, variable, type Expr } from '../../src/index.js';
import { dagSize } from '../../src/ast/size.js';
import { substitute } from '../../src/ast/substitute.js';

const bind = (pairs: Record<string, string>): Map<string, Expr> =>
  new Map(Object.entries(pairs).map(([name, text]) => [name, parse(text)]));

describe('substitute', () => {
  it.each([
    ['x^2 + y', { x: 'a + 1' }, '(a + 1)^2 + y'],
    ['x*y', { x: 'y', y: 'x' }, 'y*x'],
    ['x + 1', { x: 'x + 1' }, 'x + 1 + 1'],
    ['sin(x)/x', { x: '2' }, 'sin(2)/2'],
    ['pi*e', { pi: '3', e: '2' }, 'pi*e'],
    ['exp(x)', {}, 'exp(x)'],
  ])('%s with %j is %s', (text, pairs, expected) => {
    expect(format(substitute(parse(text), bind(pairs)))).toBe(expected);
  });

  it('returns the same object where there is nothing to replace', () => {
    const e = parse('sin(x) + y');
    expect(substitute(e, bind({ z: '1' }))).toBe(e);
    const result = substitute(e, bind({ y: '2' }));
    expect(result.kind === 'add' && e.kind === 'add' && result.args[0] === e.args[0]).toBe(true);
  });

  it('keeps sharing: a 2^60-node DAG substitutes in a few distinct nodes', () => {
    let e: Expr = variable('x');
    for (let i = 0; i < 60; i++) e = mul(e, e);
    const result = substitute(e, bind({ x: 'y + 1' }));
    expect(dagSize(result)).toBe(dagSize(e) + 2);
  });

  it('handles a 100,000-deep tree without recursion', () => {
    let e: Expr = variable('x');
    for (let i = 0; i < 100_000; i++) e = i % 2 === 0 ? sin(e) : add(e, 1);
    const result = substitute(e, bind({ x: 'y' }));
    expect(dagSize(result)).toBe(dagSize(e));
  });
});
