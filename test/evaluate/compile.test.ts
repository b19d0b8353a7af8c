// compile: the same values as evaluate for every node kind and function row (the table's `js` column
// against its `value` column), the generated code itself, the compile-time errors, forged trees, and
// names that are JavaScript keywords or prototype properties.

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { floatNum } from '../../src/ast/numbers.js';
import { InvalidArgumentError, ParseError } from '../../src/errors.js';
import { compile } from '../../src/api/functions.js';
import { at, catchError, IEEE, NODE_KINDS, POINTS, x, y } from './cases.js';

const f = (e: Parameters<typeof compile>[0], names = ['x', 'y']) => compile(e, names);

describe('compile computes what evaluate does', () => {
  it.each(NODE_KINDS)('%s', (_, tree, value) => {
    expect(f(tree)(at.x, at.y)).toBe(value);
  });

  it.each(FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const)))(
    '%s with %i argument(s): the js column agrees with the value column', (fn, n) => {
      const compiled = f(n === 1 ? B.call(fn, x) : B.call(fn, ...withLiterals(fn, [x, y], B.num)));
      for (const p of POINTS) {
        expect(compiled(p, 3), `${fn} at ${p}`).toBe(FUNCTIONS[fn].value(...withLiterals(fn, [p, 3].slice(0, n), Number)));
      }
    });

  it.each(IEEE)('%s is %d (IEEE)', (text, value) => {
    expect(f(text)(at.x, at.y)).toBe(value);
  });
});

describe('the generated code', () => {
  it('is straight-line: one temporary per distinct value, leaves in place', () => {
    expect(compile('x^2 + 3x - 2', ['x']).toString()).toMatchInlineSnapshot(`
      "function compiled(a0) {
      a0 = +a0;
      let t0 = Math.pow(a0, 2);
      let t1 = 3 * a0;
      let t2 = t0 + t1;
      let t3 = t2 - 2;
      return t3;
      }"
    `);
  });

  it('computes equal subtrees once, even when they are different objects', () => {
    // The parser makes three distinct sin(x) nodes; the code has one Math.sin.
    expect(compile('sin(x)*sin(x) + sin(x)', ['x']).toString()).toMatchInlineSnapshot(`
      "function compiled(a0) {
      a0 = +a0;
      let t0 = Math.sin(a0);
      let t1 = t0 * t0;
      let t2 = t1 + t0;
      return t2;
      }"
    `);
  });

  it('names arguments by position and parenthesises negative numbers, whatever the names', () => {
    const tree = B.sub(B.variable('constructor'), B.neg(floatNum(-2.5)));
    expect(compile(tree, ['return', 'constructor']).toString()).toMatchInlineSnapshot(`
      "function compiled(a0, a1) {
      a0 = +a0;
      a1 = +a1;
      let t0 = -(-2.5);
      let t1 = a1 - t0;
      return t1;
      }"
    `);
  });

  it('returns a leaf directly', () => {
    expect(compile('pi', []).toString()).toContain('return Math.PI;');
    expect(compile('y', ['x', 'y'])(1, 2)).toBe(2);
  });
});

describe('arguments', () => {
  it('come in the order of the variables list', () => {
    expect(compile('x - y', ['y', 'x'])(1, 5)).toBe(4);
  });

  it('may include variables the expression does not use', () => {
    expect(compile('x', ['w', 'x', 'z'])(1, 2, 3)).toBe(2);
  });

  it('are NaN when missing (so x^0 is still 1, as NaN^0 is), and extra ones are ignored', () => {
    const g = compile('x * y', ['x', 'y']);
    expect(g(2)).toBeNaN();
    expect(g()).toBeNaN();
    expect(compile('x^0', ['x'])()).toBe(1);
    expect(g(2, 3, 4)).toBe(6);
  });

  it('are converted to numbers on entry, so text never concatenates', () => {
    expect(compile('x + 1', ['x'])('2' as never)).toBe(3);
  });

  it('may be more than a parameter list holds (a rest array past 1,000)', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `v${i}`);
    const sum = names.map(B.variable).reduce<ReturnType<typeof B.add>>((s, v) => B.add(s, v), B.num(0));
    const values = names.map((_, i) => i);
    expect(compile(sum, names)(...values)).toBe((1499 * 1500) / 2);
  });
});

describe('names that mean something to JavaScript are plain variables', () => {
  const names = ['constructor', '__proto__', 'toString', 'this', 'return', 'eval', 'Math', 'arguments', 'function',
    'undefined', 'NaN', 'Infinity', 'let', 'new', 't0', 't1', 'a0', 'a1', 'k0', 'c0'];

  it.each(names)('%s', (name) => {
    expect(compile(`${name} * 2 + 1`, [name])(3)).toBe(7);
  });

  it('all at once, in any order', () => {
    const tree = names.map(B.variable).reduce<ReturnType<typeof B.add>>((s, v, i) => B.add(s, B.mul(v, i)), B.num(0));
    const reversed = [...names].reverse();
    const values = reversed.map((name) => names.indexOf(name));
    expect(compile(tree, reversed)(...values)).toBe(names.reduce((s, _, i) => s + i * i, 0));
  });
});

describe('compile-time errors', () => {
  it.each([['a number', '2x'], ['an empty name', ''], ['a function name', 'sin'], ['an alias', 'ln'], ['a constant', 'pi'],
    ['e', 'e'], ['an operator', 'a-b'], ['a space', 'x y'], ['code', 'x); process.exit(1); ('], ['a non-string', 42]])(
    'rejects %s as a variable name', (_, name) => {
      expect(() => compile('1', [name as string])).toThrow(InvalidArgumentError);
    });

  it('rejects a name listed twice', () => {
    expect(() => compile('x', ['x', 'y', 'x'])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: compile: the variable 'x' is listed twice]`);
  });

  it('names every free variable missing from the list', () => {
    expect(() => compile('x*y + z*y', ['x'])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: compile: the expression uses 'y', 'z', missing from the variables [x]]`);
  });

  it('rejects a list that is not an array', () => {
    expect(() => compile('x', 'x' as never)).toThrow(InvalidArgumentError);
  });

  it('passes parse errors through', () => {
    expect(() => compile('x +', ['x'])).toThrow(ParseError);
  });
});

describe('forged trees never reach generated code', () => {
  const injected: { pwned?: boolean } = globalThis as never;
  const payload = '1); globalThis.pwned = true; (';
  const forged: [string, unknown][] = [
    ['a number holding code', { kind: 'num', value: payload, exact: null, hash: 0 }],
    ['a number that is not finite', { kind: 'num', value: NaN, exact: null, hash: 0 }],
    ['a variable named by code', { kind: 'var', name: `x; globalThis.pwned = true; x`, hash: 0 }],
    ['an unknown constant', { kind: 'const', name: payload, hash: 0 }],
    ['a call of an unknown function', { kind: 'call', fn: 'constructor', args: [x], hash: 0 }],
    ['a call with code for a function', { kind: 'call', fn: payload, args: [x], hash: 0 }],
    ['a sum without an args array', { kind: 'add', args: payload, hash: 0 }],
    ['a sum of one', { kind: 'add', args: [x], hash: 0 }],
    ['a node of an unknown kind', { kind: 'lambda', body: payload, hash: 0 }],
  ];

  it.each(forged)('%s, alone or inside a real tree', (_, node) => {
    expect(() => compile(node as never, ['x'])).toThrow(InvalidArgumentError);
    // The builders accept anything that looks like a node; compile looks at every node.
    if ((node as { kind: string }).kind !== 'lambda') {
      expect(() => compile(B.add(x, B.sin(node as never)), ['x'])).toThrow(InvalidArgumentError);
    }
    expect(injected.pwned).toBeUndefined();
  });

  it('a number whose value turns into code after validation', () => {
    let reads = 0;
    const shifty = { kind: 'num', exact: null, hash: 0, get value() { return ++reads <= 2 ? 1 : payload; } };
    expect(() => compile(B.add(x, shifty as never), ['x'])).toThrow(InvalidArgumentError);
    expect(reads).toBeGreaterThan(2);
    expect(injected.pwned).toBeUndefined();
  });

  it('a cycle', () => {
    const loop: { kind: string; args: unknown[]; hash: number } = { kind: 'neg', args: [], hash: 0 };
    loop.args.push(loop);
    expect(() => compile(loop as never, [])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: invalid expression tree: a node is its own descendant]`);
  });
});

describe('the cache', () => {
  it('returns the same function for the same tree and list', () => {
    const tree = B.mul(x, y);
    expect(compile(tree, ['x', 'y'])).toBe(compile(tree, ['x', 'y']));
    expect(compile(tree, ['y', 'x'])).not.toBe(compile(tree, ['x', 'y']));
    expect(compile(tree, ['y', 'x'])(2, 5)).toBe(10);
  });

  it('checks the list before answering from the cache', () => {
    const tree = B.mul(x, y);
    compile(tree, ['x', 'y']);
    const error = catchError(() => compile(tree, ['x', 'y', 'x']));
    expect(error).toBeInstanceOf(InvalidArgumentError);
  });
});
