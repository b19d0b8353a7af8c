// formatTree: the evaluation tree of the lecture, every node kind and function, the depth cut-off
// and the output limit.

import { describe, expect, it } from 'vitest';
import {
  add, call, cos, div, E, exp, log, mul, neg, num, PI, pow, sub, variable,
} from '../../src/ast/builders.js';
import { addNode, mulNode, type Expr } from '../../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../../src/ast/functions.js';
import { withLiterals } from '../row-calls.js';
import { exactNum, floatNum } from '../../src/ast/numbers.js';
import { rational } from '../../src/ast/rational.js';
import { ExpressionTooLargeError } from '../../src/errors.js';
import { format } from '../../src/print/format.js';
import { formatTree, MAX_TREE_DEPTH } from '../../src/print/tree.js';
import { doublings, leftNested, rightNested } from './trees.js';

const [a, b, x] = ['a', 'b', 'x'].map(variable) as [Expr, Expr, Expr];

describe('formatTree', () => {
  it('draws the lecture example', () => {
    expect(formatTree(mul(cos(x), exp(pow(x, 2))))).toMatchInlineSnapshot(`
      "*
      ├─ cos
      │  └─ x
      └─ exp
         └─ ^
            ├─ x
            └─ 2"
    `);
  });

  it('labels every kind of node', () => {
    const e = addNode([
      sub(neg(a), div(PI, E)),
      mulNode([exactNum(rational(-1n, 3n)), floatNum(2), num(10n ** 20n)]),
      log(x, 2),
    ]);
    expect(formatTree(e)).toMatchInlineSnapshot(`
      "+
      ├─ -
      │  ├─ neg
      │  │  └─ a
      │  └─ /
      │     ├─ pi
      │     └─ e
      ├─ *
      │  ├─ -1/3
      │  ├─ 2.0
      │  └─ 100000000000000000000
      └─ log
         ├─ x
         └─ 2"
    `);
  });

  it.each(FUNCTION_NAMES.flatMap((fn) => FUNCTIONS[fn].arities.map((n) => [fn, n] as const)))(
    '%s with %i argument(s) is labelled by its name, arguments below in order',
    (fn, n) => {
      const args = withLiterals(fn, [a, b].slice(0, n), num);
      const branches = args.map((arg, i) => `${i === n - 1 ? '└─' : '├─'} ${format(arg)}`);
      expect(formatTree(call(fn, ...args))).toBe([fn, ...branches].join('\n'));
    },
  );

  it(`abbreviates a subtree at depth ${MAX_TREE_DEPTH} to one line`, () => {
    const lines = formatTree(rightNested(add, x, 100_000)).split('\n');
    // Each level draws `+` and its left leaf: 2 lines for each of the 64 levels, then the cut.
    expect(lines).toHaveLength(2 * MAX_TREE_DEPTH + 1);
    expect(lines.slice(0, 4).join('\n')).toMatchInlineSnapshot(`
      "+
      ├─ x
      └─ +
         ├─ x"
    `);
    expect(lines.at(-1)).toBe(`${'   '.repeat(MAX_TREE_DEPTH - 1)}└─ … (199,873 nodes)`);
  });

  it('keeps a leaf at the cut-off depth', () => {
    const lines = formatTree(leftNested(sub, x, MAX_TREE_DEPTH)).split('\n');
    expect(lines.at(-1)?.trim()).toBe('└─ x');
    expect(lines).toHaveLength(2 * MAX_TREE_DEPTH + 1);
  });

  it('a deep chain of unary minus draws 64 levels then counts the rest', () => {
    let e: Expr = x;
    for (let i = 0; i < 100_000; i++) e = neg(e);
    const lines = formatTree(e).split('\n');
    expect(lines).toHaveLength(MAX_TREE_DEPTH + 1);
    expect(lines.at(-1)?.trim()).toBe('└─ … (99,937 nodes)');
  });

  it('throws ExpressionTooLargeError past the output limit (a DAG unrolled within the depth)', () => {
    expect(() => formatTree(doublings(add(x, 1), 40))).toThrow(ExpressionTooLargeError);
  });
});
