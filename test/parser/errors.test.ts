// Every invalid input is exactly one ParseError, in the user's terms, at the offending character.

import { describe, expect, it } from 'vitest';
import { parseError } from './parse-error.js';

describe('messages and offsets', () => {
  it.each([
    // nothing to parse
    ['', 'empty input', 0],
    [' \n\t ', 'empty input', 0],
    // two operands with no operator between them
    ['2 3', "expected an operator between '2' and '3'", 2],
    ['x y', "expected an operator between 'x' and 'y'", 2],
    ['2x y', "expected an operator between 'x' and 'y'", 3],
    ['(x)2', "expected an operator between ')' and '2'", 3],
    ['(x)y', "expected an operator between ')' and 'y'", 3],
    ['(x) sin(y)', "expected an operator between ')' and 'sin'", 4],
    ['x 2', "expected an operator between 'x' and '2'", 2],
    ['1.5.3', "expected an operator between '1.5' and '.3'", 3],
    ['(1 2)', "expected an operator between '1' and '2'", 3],
    ['a_rather_long_name_indeed b', "expected an operator between 'a_rather_long_name_i…' and 'b'", 26],
    // a number that is not one
    ['1..2', "expected a digit after '.'", 2],
    ['1.', "expected a digit after '.'", 2],
    ['x.y', "expected a digit after '.'", 2],
    ['1e999', 'number too large', 0],
    ['x + 2.5e308', 'number too large', 4],
    // names
    ['sin', "expected '(' after 'sin'", 3],
    ['sin x', "expected '(' after 'sin'", 4],
    ['2sin + 1', "expected '(' after 'sin'", 5],
    ['ln', "expected '(' after 'ln'", 2],
    ['sinn(x)', "unknown function 'sinn'", 0],
    ['x(1)', "unknown function 'x'", 0],
    ['2 + f (x)', "unknown function 'f'", 4],
    ['2x(1)', "unknown function 'x'", 1],
    ['constructor(x)', "unknown function 'constructor'", 0],
    [`${'f'.repeat(30)}(x)`, `unknown function '${'f'.repeat(20)}…'`, 0],
    ['pi(2)', "'pi' is a constant, not a function", 0],
    ['e(x)', "'e' is a constant, not a function", 0],
    // arity, reported at the function's name
    ['log(1, 2, 3)', "'log' takes 1 or 2 arguments", 0],
    ['x + log()', "'log' takes 1 or 2 arguments", 4],
    ['sin(x, y)', "'sin' takes 1 argument", 0],
    ['sin()', "'sin' takes 1 argument", 0],
    ['ln(1, 2, 3)', "'ln' takes 1 argument", 0],
    ['ln(x, 2)', "'ln' takes 1 argument", 0], // the natural logarithm (CONTRACT.md); log(x, b) takes a base
    // a missing operand
    ['x +', 'expected an expression', 3],
    ['x + )', 'expected an expression', 4],
    ['()', 'expected an expression', 1],
    ['*x', 'expected an expression', 0],
    [')', 'expected an expression', 0],
    ['x ^', 'expected an expression', 3],
    ['x^^2', 'expected an expression', 2],
    ['x***2', 'expected an expression', 3],
    ['-', 'expected an expression', 1],
    ['sin(', 'expected an expression', 4],
    ['sin(x,)', 'expected an expression', 6],
    ['sin(,x)', 'expected an expression', 4],
    ['(', 'expected an expression', 1],
    // an unclosed or stray parenthesis or comma
    ['(x', "expected ')'", 2],
    ['sin(x', "expected ')'", 5],
    ['((x)', "expected ')'", 4],
    ['(x, y)', "expected ')'", 2],
    ['x)', "unexpected ')'", 1],
    ['(x))', "unexpected ')'", 3],
    ['x, y', "unexpected ','", 1],
    // a character outside the language
    ['#', "unexpected character '#'", 0],
    ['x = 1', "unexpected character '='", 2],
    ['x + 1;', "unexpected character ';'", 5],
    ['2 × 3', "unexpected character '×'", 2],
    ['x²', "unexpected character '²'", 1],
    ['😀 + 1', "unexpected character '😀'", 0],
    ['x\u00a0+ 1', 'unexpected character U+00A0', 1],
    ['x\u0000', 'unexpected character U+0000', 1],
    ['x\f', 'unexpected character U+000C', 1],
    // the first problem in the text wins only among syntax errors; a stray character is reported first
    [') #', "unexpected character '#'", 2],
  ])('%j: %s at %i', (text, reason, offset) => {
    const error = parseError(text);
    expect(error.reason).toBe(reason);
    expect(error.offset).toBe(offset);
    expect(error.message).toBe(`${reason} (line 1, column ${offset + 1})`);
  });

  it.each([42, null, undefined, {}, ['x'], Symbol('x')])('rejects the non-string %s', (value) => {
    const error = parseError(value);
    expect(error.reason).toBe('expected a string');
  });
});

describe('positions in multi-line text', () => {
  it('give the line and column of the offending character, and a caret under it', () => {
    const error = parseError('x +\n  (y *\n   )');
    expect([error.reason, error.offset, error.line, error.column]).toEqual(['expected an expression', 14, 3, 4]);
    expect(error.caret).toMatchInlineSnapshot(`
      "   )
         ^"
    `);
  });

  it('point past the end of the last line when the input ends too soon', () => {
    const error = parseError('sin(x +\n  cos(y)');
    expect([error.reason, error.line, error.column]).toEqual(["expected ')'", 2, 9]);
    expect(error.caret).toMatchInlineSnapshot(`
      "  cos(y)
              ^"
    `);
  });

  it('count a CR LF line break as one line', () => {
    const error = parseError('1 +\r\n2 3');
    expect([error.line, error.column]).toEqual([2, 3]);
  });
});
