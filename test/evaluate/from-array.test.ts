// compile, compileGradient and compileHessian also read a point from an array (`fromArray`), as an
// optimizer holds it: the same generated code, one function or cut into chunks, the same numbers.

import { describe, expect, it } from 'vitest';
import { compile, compileGradient, compileHessian, InvalidArgumentError } from '../../src/index.js';

/** Σ (x_i - i)² x_{i+1} over n variables: past 400 variables the generated code is cut into chunks. */
function chain(n: number): { text: string; names: string[]; point: number[] } {
  const names = Array.from({ length: n }, (_, i) => `x${i}`);
  const text = names.slice(0, -1).map((v, i) => `(${v} - ${i})^2*${names[i + 1]}`).join(' + ');
  return { text, names, point: names.map((_, i) => Math.sin(i + 1)) };
}

describe('fromArray', () => {
  it.each([3, 600])('gives what the positional call gives, %i variables', (n) => {
    const { text, names, point } = chain(n);
    const f = compile(text, names);
    expect(f.fromArray(point)).toBe(f(...point));
    expect(f.fromArray(Float64Array.from(point))).toBe(f(...point));
    const g = compileGradient(text, names);
    const byArray = g.fromArray(point);
    const arrayCopy = { value: byArray.value, gradient: [...byArray.gradient] };
    const positional = g(...point);
    expect(arrayCopy).toEqual({ value: positional.value, gradient: [...positional.gradient] });
    const h = compileHessian(text, names);
    const hArray = h.fromArray(point);
    const hessianCopy = [...hArray.hessian];
    expect(hessianCopy).toEqual([...h(...point).hessian]);
    expect(hessianCopy.some((v) => v !== 0)).toBe(true);
  });

  it.each([
    ['a shorter array', [1, 2]],
    ['a longer array', [1, 2, 3, 4]],
    ['a number', 3],
    ['null', null],
  ])('refuses %s with an InvalidArgumentError', (_, x) => {
    const f = compile('x*y + z', ['x', 'y', 'z']);
    expect(() => f.fromArray(x as never)).toThrow(InvalidArgumentError);
  });
});
