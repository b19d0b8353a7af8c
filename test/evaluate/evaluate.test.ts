// evaluate: every node kind and every function row, IEEE semantics, scopes read by own properties
// only, and the errors a user can meet.

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { InvalidArgumentError, ParseError, UnboundVariableError } from '../../src/errors.js';
import { evaluate } from '../../src/api/functions.js';
import { at, catchError, IEEE, NODE_KINDS, POINTS, x, y } from './cases.js';

describe('evaluate', () => {
  it.each(NODE_KINDS)('%s', (_, tree, value) => {
    expect(evaluate(tree, at)).toBe(value);
  });

  // One row per function and arity, from the table itself: a new row is tested here for free.
  it.each(FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const)))(
    '%s with %i argument(s) is the table\'s value', (fn, n) => {
      const tree = n === 1 ? B.call(fn, x) : B.call(fn, ...withLiterals(fn, [x, y], B.num));
      for (const p of POINTS) {
        expect(evaluate(tree, { x: p, y: 3 }), `${fn} at ${p}`).toBe(FUNCTIONS[fn].value(...withLiterals(fn, [p, 3].slice(0, n), Number)));
      }
    });

  it.each([
    ['sin(pi/6)', 0.49999999999999994], ['cos(0)', 1], ['sec(0)', 1], ['csc(pi/2)', 1], ['cot(pi/4)', 1.0000000000000002],
    ['exp(0)', 1], ['log(e)', 1], ['ln(1)', 0], ['log(8, 2)', 3], ['sqrt(9)', 3], ['abs(-2)', 2], ['sign(-3)', -1],
    ['sigmoid(0)', 0.5], ['tanh(0)', 0], ['2^3^2', 512], ['-x^2', -9], ['2x', 6], ['1/2x', 1.5], ['(x+1)(x-1)', 8],
  ])('%s is %d (text through the parser)', (text, value) => {
    expect(evaluate(text, at)).toBe(value);
  });

  it.each(IEEE)('%s is %d (IEEE)', (text, value) => {
    expect(evaluate(text, at)).toBe(value);
  });

  it('evaluates the same tree again at other points (its plan is kept, its values are not)', () => {
    const tree = B.add(B.mul(x, x), y);
    expect(() => evaluate(tree, { x: 1 })).toThrow(UnboundVariableError);
    expect(evaluate(tree, { x: 2, y: 1 })).toBe(5);
    expect(evaluate(tree, { x: -3, y: 0.5 })).toBe(9.5);
  });
});

describe('scopes are read by own properties only', () => {
  const prototypeNames = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '__defineGetter__'];

  it.each(prototypeNames)('%s is unbound in {}', (name) => {
    const error = catchError(() => evaluate(B.variable(name), {}));
    expect(error).toBeInstanceOf(UnboundVariableError);
    expect((error as UnboundVariableError).variable).toBe(name);
  });

  it('reads constructor from text as unbound too', () => {
    expect(() => evaluate('constructor')).toThrow(UnboundVariableError);
  });

  it.each(prototypeNames)('%s is a variable like any other when the scope owns it', (name) => {
    const scope: Record<string, number> = {};
    Object.defineProperty(scope, name, { value: 4, enumerable: true });
    expect(evaluate(B.mul(B.variable(name), 2), scope)).toBe(8);
  });

  it('reads __proto__ as an own key from JSON', () => {
    expect(evaluate('__proto__ + 1', JSON.parse('{"__proto__": 1}'))).toBe(2);
  });

  it('ignores inherited values and accepts objects without a prototype', () => {
    expect(() => evaluate(x, Object.create({ x: 1 }))).toThrow(UnboundVariableError);
    const bare = Object.assign(Object.create(null) as Record<string, number>, { x: 5 });
    expect(evaluate(x, bare)).toBe(5);
  });

  it.each(['this', 'return', 'eval', 'Math', 'arguments', 'function', 'undefined', 'NaN', 'Infinity', 't0', 'a0', 'k0', 'c0'])(
    '%s is an ordinary variable', (name) => {
      expect(evaluate(`${name} * 2 + 1`, { [name]: 3 })).toBe(7);
    });

  it.each([NaN, Infinity, -Infinity, -0])('accepts %d as a value', (value) => {
    expect(evaluate(x, { x: value })).toBe(value);
  });

  it.each([['a string', '2'], ['null', null], ['undefined', undefined], ['a bigint', 2n], ['a boolean', true], ['a Number object', Object(2)]])(
    'rejects %s as the value of a variable it uses', (_, value) => {
      expect(() => evaluate('x + 1', { x: value } as never)).toThrow(InvalidArgumentError);
    });

  it('ignores keys the expression does not use, whatever their values', () => {
    expect(evaluate('x + 1', { x: 1, y: 'junk', constructor: null } as never)).toBe(2);
  });

  it.each([['null', null], ['a number', 3], ['a string', 'x=1']])('rejects %s as the scope', (_, scope) => {
    expect(() => evaluate('1', scope as never)).toThrow(InvalidArgumentError);
  });
});

describe('errors', () => {
  it('names the unbound variable', () => {
    const error = catchError(() => evaluate('x + y', { x: 1 }));
    expect(error).toBeInstanceOf(UnboundVariableError);
    expect((error as UnboundVariableError).variable).toBe('y');
    expect((error as Error).message).toMatchInlineSnapshot(`"unbound variable 'y'"`);
  });

  it('passes parse errors through', () => {
    expect(() => evaluate('1 +')).toThrow(ParseError);
  });

  it.each([['a number', 42], ['null', null], ['a plain object', { kind: 'lambda' }]])('rejects %s as the expression', (_, input) => {
    expect(() => evaluate(input as never)).toThrow(InvalidArgumentError);
  });
});
