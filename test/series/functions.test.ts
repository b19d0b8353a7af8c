// Every row of the function table gets its series from its derivative column, so the table tests
// itself row by row: a row added by anyone is checked here for free. Each row's series about a point
// where it is analytic is held against methods independent of the series code: the value column
// (c_0), the numeric slope column (c_1), central differences of the slope column (c_2), and the
// function itself near the point (the whole polynomial). The same series about an exact point, with
// symbolic coefficients, must evaluate to the float one.

import { describe, expect, it } from 'vitest';
import { callNode, varNode, type Expr } from '../../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS, type FunctionName } from '../../src/ast/functions.js';
import { floatNum, int } from '../../src/ast/numbers.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parse } from '../../src/parser/parse.js';
import { taylor, taylorCoefficients } from '../../src/series/taylor.js';

const ORDER = 4;
/** Candidate points, tried in turn: the first where the row's value and slope are finite and moderate. */
const CANDIDATES: readonly [number, string][] = [[0.3, '3/10'], [1.7, '17/10'], [-0.4, '-2/5'], [2.5, '5/2']];
/** A row of arity n is expanded in its last argument, the others 2 (log(2, x), polygamma(2, x)). */
const OTHER_ARGUMENT = 2;

const rows = FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((arity) => [fn, arity] as const));

function pointFor(fn: FunctionName, arity: number): [number, string] | undefined {
  return CANDIDATES.find(([x]) => {
    const args = [...Array<number>(arity - 1).fill(OTHER_ARGUMENT), x];
    const value = FUNCTIONS[fn].value(...args);
    const slope = FUNCTIONS[fn].slope(args)[arity - 1] as number;
    return Number.isFinite(value) && Number.isFinite(slope) && Math.abs(value) < 1e6 && Math.abs(slope) < 1e6 && slope !== 0;
  });
}

const callOf = (fn: FunctionName, arity: number): Expr =>
  callNode(fn, [...Array<Expr>(arity - 1).fill(int(OTHER_ARGUMENT)), varNode('x')]);

const close = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance * (1 + Math.abs(b));

describe('every row of the function table has its series', () => {
  it.each(rows)('%s with %d argument(s)', (fn, arity) => {
    const point = pointFor(fn, arity);
    if (point === undefined) {
      // A row whose slope is 0 everywhere (sign) has the constant series: checked on its own below.
      expect(FUNCTIONS[fn].slope([...Array<number>(arity - 1).fill(OTHER_ARGUMENT), 0.3])[arity - 1]).toBe(0);
      return;
    }
    const [x0, exactPoint] = point;
    const f = callOf(fn, arity);
    const row = FUNCTIONS[fn];
    const argsAt = (x: number): number[] => [...Array<number>(arity - 1).fill(OTHER_ARGUMENT), x];
    const c = taylorCoefficients(f, 'x', floatNum(x0), ORDER).map((e) => evaluate(e));

    expect(close(c[0] as number, row.value(...argsAt(x0)), 1e-12)).toBe(true);
    expect(close(c[1] as number, row.slope(argsAt(x0))[arity - 1] as number, 1e-10)).toBe(true);
    const h = 1e-5;
    const secondDerivative = ((row.slope(argsAt(x0 + h))[arity - 1] as number) - (row.slope(argsAt(x0 - h))[arity - 1] as number)) / (2 * h);
    expect(close(c[2] as number, secondDerivative / 2, 1e-6)).toBe(true);

    const p = taylor(f, 'x', floatNum(x0), ORDER);
    // Steps well inside the radius of convergence (0.3 from the pole of csc at 0): remainder ~ 1e-12.
    for (const step of [-1e-3, 1e-3]) {
      const x = x0 + step;
      expect(close(evaluate(p, { x }), row.value(...argsAt(x)), 1e-10)).toBe(true);
    }

    const symbolic = taylorCoefficients(f, 'x', parse(exactPoint), ORDER).map((e) => evaluate(e));
    symbolic.forEach((s, k) => expect(close(s, c[k] as number, 1e-11)).toBe(true));
  });

  it('sign, whose slope is 0, has the constant series away from 0', () => {
    expect(taylorCoefficients(parse('sign(x)'), 'x', -2, 3).map((e) => evaluate(e))).toEqual([-1, 0, 0, 0]);
  });
});
