// Calls of every row of the function table, for the tests that go row by row: where a row takes
// only a literal (polygamma's order n), the test's argument there is replaced by one.

import { FUNCTION_NAMES, FUNCTIONS, type FunctionName } from '../src/ast/functions.js';

/** Every function with each number of arguments it takes: [fn, n]. */
export const ROWS = FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const));

/** The literal passed at argument i of a row that takes nothing else there. */
// The incomplete gamma functions take any s, but have no derivative in it: the row-by-row tests that
// differentiate in every argument pass a literal there too.
const LITERALS: Partial<Record<FunctionName, Readonly<Record<number, number>>>> = {
  polygamma: { 0: 2 }, polylog: { 0: 2 }, lowergamma: { 0: 3 }, uppergamma: { 0: 3 },
};

/** `args` with the row's literals in place, made by `literal` (`num` for trees, `String` for text, `Number` for values). */
export function withLiterals<T, L>(fn: FunctionName, args: readonly T[], literal: (value: number) => L): (T | L)[] {
  const fixed = LITERALS[fn] ?? {};
  return args.map((a, i) => (Object.hasOwn(fixed, i) ? literal(fixed[i] as number) : a));
}
