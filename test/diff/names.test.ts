// Any identifier is a variable name, in symbolic differentiation too: names from Object.prototype and
// JavaScript keywords are plain data, and results keep them as ordinary own keys.

import { describe, expect, it } from 'vitest';
import { diff, differential, evaluate, format, gradient, simplify } from '../../src/index.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'this', 'return', 'eval', 'Math', 'arguments'];

describe.each(NAMES)('the variable %s', (name) => {
  it('is differentiated like any other', () => {
    expect(format(diff(`${name}^2*sin(${name})`, name))).toBe(format(diff('x^2*sin(x)', 'x')).replaceAll('x', name));
  });

  it('is a key of the gradient, an own data property that JSON shows', () => {
    const g = gradient(`${name}*y + y^2`);
    expect(Object.keys(g)).toEqual([name, 'y']);
    expect(Object.getOwnPropertyDescriptor(g, name)?.value).toBeDefined();
    expect(JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(g).map(([k, v]) => [k, format(v)])))))
      .toEqual({ [name]: 'y', y: `${name} + 2*y` });
  });

  it('has its differential d<name>', () => {
    const scope = Object.fromEntries([[name, 2], [`d${name}`, 3]]);
    expect(evaluate(differential(`${name}^3`), scope)).toBe(3 * 2 ** 2 * 3);
    expect(format(simplify(`${name} + ${name}`))).toBe(`2*${name}`);
  });
});
