// The pieces behind the terminal REPL that need no terminal: trees packed for the worker thread,
// statements gathered over lines, completion, the history file, colour.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { diff, equals, format, mul, parse, sin, variable, type Expr } from '../../src/index.js';
import { dagSize } from '../../src/ast/size.js';
import { completer } from '../../src/cli/completion.js';
import { historyPath, historySaver, loadHistory } from '../../src/cli/history.js';
import { paintFor } from '../../src/cli/paint.js';
import { StatementReader } from '../../src/cli/statement-reader.js';
import { pack, unpack } from '../../src/index.js';

describe('trees across the worker boundary', () => {
  it.each(['x', '1/3', '2.5*x^-2', 'pi*e', 'log(x, 2) - -sin(y)', '123456789012345678901234567890*x'])('%s comes back equal', (text) => {
    const e = parse(text);
    const back = unpack(structuredClone(pack(e)));
    expect(equals(back, e)).toBe(true);
    expect(format(back)).toBe(format(e));
  });

  it('a simplified derivative (n-ary sums, exact fractions) comes back equal', () => {
    const e = diff('x^3/3 + sin(x)*exp(x^2)', 'x', 2);
    expect(equals(unpack(structuredClone(pack(e))), e)).toBe(true);
  });

  it('sharing and depth survive: a 2^60-node DAG, a 100,000-deep chain', () => {
    let dag: Expr = variable('x');
    for (let i = 0; i < 60; i++) dag = mul(dag, dag);
    expect(dagSize(unpack(structuredClone(pack(dag))))).toBe(61);
    let deep: Expr = variable('x');
    for (let i = 0; i < 100_000; i++) deep = sin(deep);
    expect(dagSize(unpack(structuredClone(pack(deep))))).toBe(100_001);
  });
});

describe('StatementReader', () => {
  it.each([
    [['x + 1'], ['x + 1']],
    [['sin(', 'x', ')'], ['sin(\nx\n)']],
    [['(1 +', '', 'x'], ['(1 +', 'x']],
    [['# (', 'x)'], ['# (', 'x)']],
    [['f(x))', 'y'], ['f(x))', 'y']],
    // A command ends an open statement, and may open one of its own.
    [['(1 +', ':quit'], ['(1 +', ':quit']],
    [['sin(', '  :vars', ':diff sin(', 'x)'], ['sin(', '  :vars', ':diff sin(\nx)']],
  ])('%j are the statements %j', (lines, statements) => {
    const reader = new StatementReader();
    expect(lines.flatMap((line) => reader.push(line)).map((s) => s.text)).toEqual(statements);
  });

  it('numbers each statement by its first line', () => {
    const reader = new StatementReader();
    const lines = ['x', '(1 +', '2)', '(y', ':vars', '', 'z'];
    // An empty line with nothing open is an (empty) statement of its own.
    expect(lines.flatMap((line) => reader.push(line)).map((s) => s.line)).toEqual([1, 2, 4, 5, 6, 7]);
  });
});

describe('completion', () => {
  const complete = completer(() => ['myfun', 'sigma']);
  it.each([
    [':d', [[':diff'], ':d']],
    [':', [[':diff', ':grad', ':simplify', ':eval', ':tree', ':latex', ':fd', ':backprop', ':steps', ':check', ':hessian', ':taylor', ':vars', ':forget', ':share', ':help', ':quit'], ':']],
    ['2*si', [['sigma', 'sigmoid(', 'sign(', 'sin(', 'sinh('], 'si']],
    ['d/dx my', [['myfun'], 'my']],
    ['l', [['li(', 'ln(', 'log(', 'lowergamma('], 'l']],
    ['ellip', [['elliptic_e(', 'elliptic_f(', 'elliptic_k('], 'ellip']],
    ['1 + ', [[], '']],
  ])('%j completes to %j', (line, expected) => {
    expect(complete(line)).toEqual(expected);
  });
});

describe('history file', () => {
  it('SYMDIFF_HISTORY names it, empty keeps none, the default is ~/.symdiff_history', () => {
    expect(historyPath({ SYMDIFF_HISTORY: '/tmp/h' })).toBe('/tmp/h');
    expect(historyPath({ SYMDIFF_HISTORY: '' })).toBeUndefined();
    expect(historyPath({})).toMatch(/\.symdiff_history$/);
  });

  it('saves oldest first, loads most recent first, and warns once when it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'symdiff-'));
    try {
      const path = join(dir, 'history');
      historySaver(path, () => undefined)(['c', 'b', 'a']);
      expect(readFileSync(path, 'utf8')).toBe('a\nb\nc\n');
      writeFileSync(path, 'a\n\nb\nc\n');
      expect(loadHistory(path)).toEqual(['c', 'b', 'a']);
      expect(loadHistory(join(dir, 'missing'))).toEqual([]);
      const warnings: string[] = [];
      const save = historySaver(join(dir, 'no', 'such', 'dir'), (message) => warnings.push(message));
      save(['x']);
      save(['y']);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^cannot keep the history in .*: ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('colour', () => {
  // A terminal that asks Node's own judgement (tty.WriteStream's hasColors) of the environment given.
  const tty = { isTTY: true, hasColors: WriteStream.prototype.hasColors } as unknown as NodeJS.WriteStream;
  const xterm = { TERM: 'xterm-256color' };
  it.each([
    [tty, xterm, '\x1b[31mno\x1b[0m'],
    [tty, { ...xterm, NO_COLOR: '1' }, 'no'],
    [tty, { ...xterm, NO_COLOR: '' }, '\x1b[31mno\x1b[0m'],
    [tty, { ...xterm, FORCE_COLOR: '0' }, 'no'],
    [tty, { ...xterm, NODE_DISABLE_COLORS: '1' }, 'no'],
    [tty, { ...xterm, CI: 'true' }, 'no'],
    [tty, { TERM: 'dumb' }, 'no'],
    [tty, { TERM: 'dumb', FORCE_COLOR: '1' }, '\x1b[31mno\x1b[0m'],
    [{ isTTY: false } as unknown as NodeJS.WriteStream, xterm, 'no'],
  ])('on %o with %j', (stream, env, expected) => {
    expect(paintFor(stream, env).error('no')).toBe(expected);
  });
});
