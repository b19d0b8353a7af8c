import { describe, expect, it } from 'vitest';
import {
  add, call, constant, div, InvalidArgumentError, log, mul, neg, num, pow, sin, sub, variable, type Expr,
} from '../../src/index.js';
import { equals } from '../../src/ast/equality.js';
import { dagSize, operatorCount, treeSize } from '../../src/ast/size.js';

describe('builders', () => {
  it('make exactly the node asked for', () => {
    const x = variable('x');
    const e = mul(num(1), x);
    expect(e.kind).toBe('mul');
    expect(e.kind === 'mul' && e.args[0]?.kind).toBe('num');
  });

  it('group extra operands from the left, as the parser does', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(variable) as [ReturnType<typeof variable>, ReturnType<typeof variable>, ReturnType<typeof variable>];
    expect(equals(add(a, b, c), add(add(a, b), c))).toBe(true);
    expect(equals(add(a, b, c), add(a, add(b, c)))).toBe(false);
  });

  it.each([
    ['a negative number', () => num(-1)],
    ['an infinite number', () => num(Infinity)],
    ['NaN', () => num(NaN)],
    ['a negative bigint', () => num(-3n)],
    ['a reserved variable name', () => variable('sin')],
    ['the constant e as a variable', () => variable('e')],
    ['a non-identifier', () => variable('2x')],
    ['an empty name', () => variable('')],
    ['an unknown function', () => call('sinn' as never, 1)],
    ['log with three arguments', () => call('log', 1, 2, 3)],
    ['sin with two arguments', () => call('sin', 1, 2)],

    ['a non-expression operand', () => add({} as never, 1)],
    ['an unknown constant', () => constant('tau' as never)],
  ])('reject %s with InvalidArgumentError', (_, build) => {
    expect(build).toThrow(InvalidArgumentError);
  });

  it('the shorthands, like Math.sin, ignore extra arguments, so they serve as callbacks', () => {
    const [x, y] = [variable('x'), variable('y')];
    expect([x, y].map(sin).map((e) => e.kind === 'call' && e.args.length)).toEqual([1, 1]);
    expect(equals([x].map(neg)[0] as Expr, neg(x))).toBe(true);
  });

  it.each(['constructor', '__proto__', 'this', 'return', 'eval', 'Math', 'toString', 'hasOwnProperty'])(
    'accept %s as a variable name', (name) => {
      expect(variable(name).name).toBe(name);
    });

  it('make exact integers and floats', () => {
    expect(num(2).exact).toEqual({ num: 2n, den: 1n });
    expect(num(2, { float: true }).exact).toBeNull();
    expect(num(0.5).exact).toBeNull();
    expect(num(10n ** 30n).exact?.num).toBe(10n ** 30n);
  });

  it('build every kind of node', () => {
    const x = variable('x');
    const e = div(sub(pow(x, 2), neg(sin(x))), log(x, 2));
    expect(treeSize(e)).toBe(11);
    expect(operatorCount(e)).toBe(6);
  });
});

describe('sharing', () => {
  it('counts a shared subtree once as a DAG and every time as a tree', () => {
    let e = variable('x') as ReturnType<typeof add>;
    for (let i = 0; i < 60; i++) e = add(e, e);
    expect(dagSize(e)).toBe(61);
    expect(treeSize(e)).toBe(2 ** 61 - 1);
  });

  it('compares deep and shared trees without recursion', () => {
    const build = () => {
      let e = variable('x') as ReturnType<typeof add>;
      for (let i = 0; i < 100_000; i++) e = add(e, i % 2 ? e : num(i));
      return e;
    };
    expect(equals(build(), build())).toBe(true);
  });
});
