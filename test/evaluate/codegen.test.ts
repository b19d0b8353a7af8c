// The straight-line emitter on its own: number literals, value numbering, accumulators, bound values,
// and long code cut into chunks over Float64Array slots.

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { chunked } from '../../src/evaluate/chunks.js';
import { Emitter, LOCALS_LIMIT, numberLiteral, PARAMETERS_IN_ONE_FUNCTION, PARAMETERS_LIMIT } from '../../src/evaluate/codegen.js';

/** What a literal means to JavaScript (test code: the library never evaluates text). */
const meaning = (literal: string): unknown => new Function(`return ${literal};`)();

describe('numberLiteral', () => {
  it.each([
    [2, '2'], [0.5, '0.5'], [0, '0'], [1e21, '1e+21'], [1.5e-7, '1.5e-7'], [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'], [-2, '(-2)'], [-0, '(-0)'], [-1e-300, '(-1e-300)'],
    [Infinity, '(1 / 0)'], [-Infinity, '(-1 / 0)'], [NaN, '(0 / 0)'],
  ])('%d is %s', (value, literal) => {
    expect(numberLiteral(value)).toBe(literal);
    expect(meaning(literal)).toBe(value);
    // Next to a unary minus or a power, the literal keeps its meaning.
    expect(meaning(`-${literal}`)).toBe(-value);
    expect(meaning(`${literal} ** 1`)).toBe(value);
  });

  it.each([['a string of code', '1); process.exit(1); ('], ['a Number object', Object(2)], ['a bigint', 2n]])(
    'rejects %s', (_, value) => {
      expect(() => numberLiteral(value as number)).toThrow(InvalidArgumentError);
    });
});

describe('Emitter', () => {
  it('gives the same temporary for the same pure code, and a fresh accumulator each time', () => {
    const em = new Emitter(1);
    const x = em.parameter(0);
    const square = em.value(`${x} * ${x}`);
    expect(em.value(`${x} * ${x}`)).toBe(square);
    const adjoint = em.accumulator(x);
    expect(em.accumulator(x)).not.toBe(adjoint);
  });

  it('builds a value-and-derivative function of the kind compileGradient needs', () => {
    // f(x) = x*x + x, f'(x) = x + x + 1, written into a bound result object that every call reuses.
    const em = new Emitter(1);
    const x = em.parameter(0);
    const square = em.value(`${x} * ${x}`);
    const value = em.value(`${square} + ${x}`);
    const adjoint = em.accumulator(x);
    em.statement(`${adjoint} += ${x};`);
    em.statement(`${adjoint} += 1;`);
    const result = { value: 0, derivative: 0 };
    const out = em.bind(result);
    em.statement(`${out}.value = ${value};`);
    em.statement(`${out}.derivative = ${adjoint};`);
    const f = em.build<typeof result>(out);
    expect(f.toString()).toMatchInlineSnapshot(`
      "function compiled(a0) {
      a0 = +a0;
      let t0 = a0 * a0;
      let t1 = t0 + a0;
      let t2 = a0;
      t2 += a0;
      t2 += 1;
      k0.value = t1;
      k0.derivative = t2;
      return k0;
      }"
    `);
    expect(f(3)).toBe(result);
    expect(result).toEqual({ value: 12, derivative: 7 });
  });

  it(`cuts code into chunks past ${LOCALS_LIMIT.toLocaleString('en-US')} temporaries, however the chunking is set`, () => {
    const em = new Emitter(1, { above: Infinity, size: 500 });
    let t = em.parameter(0);
    for (let i = 0; i < LOCALS_LIMIT; i++) t = em.value(`${t} + 1`);
    const total = em.accumulator('0');
    em.statement(`${total} += ${t};`);
    const f = em.build(total);
    expect(f(0.5)).toBe(LOCALS_LIMIT + 0.5);
    expect(f.toString()).toContain('p[i] = +arguments[i];\nc0();\nc1();');
    expect(f.toString()).toContain(`return s[${LOCALS_LIMIT}];`);
  });

  it.each([[PARAMETERS_IN_ONE_FUNCTION, false], [PARAMETERS_IN_ONE_FUNCTION + 1, true]])(
    'with %d parameters, reads them in one loop into slots (chunks): %s', (n, inSlots) => {
      const em = new Emitter(n);
      const f = em.build(em.value(`${em.parameter(0)} - ${em.parameter(n - 1)}`));
      expect(f.toString().includes('c0();')).toBe(inSlots);
      expect(f(...Array.from({ length: n }, (_, i) => String(i) as unknown as number))).toBe(1 - n); // converted as by +
      expect(f(1)).toBeNaN();
    });

  it('in chunks, keeps a temporary local to the chunk that alone reads it, and shares the others in slots', () => {
    const lines = ['let t0 = a0 + a[1];', 'let t1 = t0 * t0;', 'let t2 = t1 + 1;', 't2 += a1;'];
    const { functions, calls, result } = chunked(lines, 't2', 3, 2);
    expect(functions).toEqual([
      'function c0() {\nlet t0 = p[0] + p[1];\ns[1] = t0 * t0;\n}',
      'function c1() {\ns[2] = s[1] + 1;\ns[2] += p[1];\n}',
    ]);
    expect(calls).toEqual(['c0();', 'c1();']);
    expect(result).toBe('s[2]');
  });

  it('in chunks, computes what one function does, through the emitter', () => {
    const emit = (em: Emitter) => {
      const [a, b] = [em.parameter(0), em.parameter(1)];
      const sum = em.value(`${a} + ${b}`);
      const total = em.accumulator(em.value(`${sum} * ${sum}`));
      em.statement(`${total} += ${em.value(`Math.sin(${b})`)};`);
      return em.build(total);
    };
    const whole = emit(new Emitter(2));
    const cut = emit(new Emitter(2, { above: 0, size: 1 }));
    expect(cut.toString()).toContain('c3();');
    for (const [x, y] of [[1, 2], [-0.5, 3], [NaN, 1]] as const) expect(cut(x, y)).toBe(whole(x, y));
  });

  it(`takes arguments as one rest array past ${PARAMETERS_LIMIT} parameters`, () => {
    const em = new Emitter(PARAMETERS_LIMIT + 1);
    const last = em.parameter(PARAMETERS_LIMIT);
    expect(last).toBe(`a[${PARAMETERS_LIMIT}]`);
    const f = em.build(em.value(`${em.parameter(0)} - ${last}`));
    expect(f(...Array.from({ length: PARAMETERS_LIMIT + 1 }, (_, i) => i))).toBe(-PARAMETERS_LIMIT);
    expect(f(1)).toBeNaN();
  });

  it.each([-1, 2, 0.5])('has no parameter %d of 2', (i) => {
    expect(() => new Emitter(2).parameter(i)).toThrow(RangeError);
  });
});
