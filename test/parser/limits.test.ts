// Limits: text nests to MAX_NESTING levels of every kind and no further (a ParseError, quickly, never a
// stack overflow); long flat text has no limit but memory.

import { describe, expect, it } from 'vitest';
import { add, mul, neg, pow, sin, sub, variable } from '../../src/ast/builders.js';
import { equals } from '../../src/ast/equality.js';
import type { Expr } from '../../src/ast/expr.js';
import { ParseError } from '../../src/errors.js';
import { MAX_NESTING, parse } from '../../src/parser/parse.js';
import { parseError } from './parse-error.js';

const x = variable('x');

/** One level of nesting: the text around the inner expression, and the tree it makes of it. */
interface Level {
  open: string;
  close: string;
  wrap: (inner: Expr) => Expr;
}

const LEVELS: Record<string, Level> = {
  parenthesis: { open: '(', close: ')', wrap: (e) => e },
  call: { open: 'sin(', close: ')', wrap: (e) => sin(e) },
  'minus sign': { open: '-', close: '', wrap: (e) => neg(e) },
  'plus sign': { open: '+', close: '', wrap: (e) => e },
  power: { open: 'x^', close: '', wrap: (e) => pow(x, e) },
};

/** `levels` nested around `x`, outermost first: the text, and the tree built without the parser. */
function nest(levels: readonly Level[]): { text: string; tree: Expr } {
  let tree: Expr = x;
  for (let i = levels.length - 1; i >= 0; i--) tree = (levels[i] as Level).wrap(tree);
  const text = levels.map((l) => l.open).join('') + 'x' + levels.map((l) => l.close).reverse().join('');
  return { text, tree };
}

const repeat = (level: Level, n: number): Level[] => Array.from({ length: n }, () => level);
// In this order every kind follows every other somewhere: `x^-`, `x^(`, `-+`, `sin(x^`, ...
const MIX_ORDER = ['parenthesis', 'call', 'power', 'minus sign', 'plus sign', 'power', 'call', 'minus sign',
  'power', 'parenthesis', 'plus sign', 'parenthesis', 'minus sign'].map((name) => LEVELS[name] as Level);
const mix = (n: number): Level[] => Array.from({ length: n }, (_, i) => MIX_ORDER[i % MIX_ORDER.length] as Level);

describe(`nesting up to MAX_NESTING = ${MAX_NESTING}`, () => {
  const cases: [string, (n: number) => Level[]][] = [
    ...Object.entries(LEVELS).map(([name, level]): [string, (n: number) => Level[]] => [name, (n) => repeat(level, n)]),
    ['mix of all', mix],
  ];

  it.each(cases)('%s: the limit parses to the exact tree', (_, levels) => {
    const { text, tree } = nest(levels(MAX_NESTING));
    expect(equals(parse(text), tree)).toBe(true);
  });

  it.each(cases)('%s: one level more is a ParseError that names the limit, at the level past it', (_, levels) => {
    const deeper = levels(MAX_NESTING + 1);
    const error = parseError(nest(deeper).text);
    expect(error.reason).toBe(`nested deeper than ${MAX_NESTING} levels`);
    // The offending opener: the last one, whose own text ends in the character that opens the level.
    const before = deeper.slice(0, -1).map((l) => l.open).join('');
    expect(error.offset).toBe(before.length + (deeper.at(-1) as Level).open.length - 1);
  });

  it.each(cases)('%s: 100,000 levels are the same ParseError, reported where the limit is passed', (_, levels) => {
    const { text } = nest(levels(100_000));
    const error = parseError(text);
    expect(error.reason).toBe(`nested deeper than ${MAX_NESTING} levels`);
    expect(error.offset).toBeLessThan(6 * MAX_NESTING);
  });

  it('counts levels, not parentheses: 256 sequential groups are fine', () => {
    const text = Array.from({ length: 1000 }, () => '(x)').join('+');
    expect(parse(text).kind).toBe('add');
  });
});

/** How many times `step` can be taken from `e` while `kind` holds: the length of a chain. */
function chainLength(e: Expr, kind: Expr['kind'], step: (e: Expr) => Expr): number {
  let n = 0;
  for (let node = e; node.kind === kind; node = step(node)) n++;
  return n;
}
const left = (e: Expr): Expr => (e as { args: readonly Expr[] }).args[0] as Expr;

describe('long flat text', () => {
  const terms = 50_000;
  it.each([
    ['x+x+…+x', 'x+', 'add'],
    ['x*x*…*x', 'x*', 'mul'],
    ['x-x-…-x', 'x-', 'sub'],
    ['x/x/…/x', 'x/', 'div'],
    ['(x)(x)…(x)', '(x)', 'mul'],
  ] as const)('%s with 50,000 terms is a 50,000-deep tree, left-nested', (_, unit, kind) => {
    const text = unit.repeat(terms - 1) + (unit === '(x)' ? '(x)' : 'x');
    expect(chainLength(parse(text), kind, left)).toBe(terms - 1);
  });

  it('builds the same deep tree as the builders', () => {
    let tree: Expr = x;
    for (let i = 1; i < terms; i++) tree = i % 2 ? add(tree, mul(2, x)) : sub(tree, x);
    const text = `x${Array.from({ length: terms - 1 }, (_, i) => (i % 2 ? '-x' : '+2x')).join('')}`;
    expect(equals(parse(text), tree)).toBe(true);
  });

  it('parses a 1 MB input', () => {
    const unit = 'w12*x+';
    const text = `${unit.repeat(Math.ceil(1_000_000 / unit.length))}b`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(chainLength(parse(text), 'add', left)).toBe(Math.ceil(1_000_000 / unit.length));
  });

  it.each([
    ['a 1 MB name', `${'a'.repeat(1_000_000)} + 1`, 'add'],
    ['a 1 MB integer', `${'7'.repeat(1_000_000)}x`, 'mul'],
    ['1 MB of spaces', `x${' '.repeat(1_000_000)}+ y`, 'add'],
  ])('reads %s in one pass', (_, text, kind) => {
    expect(parse(text).kind).toBe(kind);
  });

  it('reports a 1 MB unknown function name cut short', () => {
    expect(parseError(`${'f'.repeat(1_000_000)} (x)`).reason).toBe(`unknown function '${'f'.repeat(20)}…'`);
  });

  it('takes a function of many arguments and reports the count at its name', () => {
    const text = `log(${Array.from({ length: 50_000 }, () => 'x').join(',')})`;
    expect(parseError(text)).toMatchObject({ reason: "'log' takes 1 or 2 arguments", offset: 0 });
  });
});

describe('the stack', () => {
  /** Calls `f` with about `frames` frames of this function already on the stack. */
  function atDepth<T>(frames: number, f: () => T): T {
    return frames === 0 ? f() : atDepth(frames - 1, f);
  }

  /**
   * What parsing `text` does from `frames` deep in the stack: 'no room' when there is not even room
   * to get there and parse `x` (checked on the spot, as frame sizes change while the JIT works).
   */
  function outcome(frames: number, text: string): string {
    try {
      return atDepth(frames, () => {
        try {
          parse('x');
        } catch {
          return 'no room';
        }
        try {
          parse(text);
          return 'parsed';
        } catch (e) {
          return e instanceof ParseError ? `ParseError: ${e.reason}` : `escaped: ${String(e)}`;
        }
      });
    } catch {
      return 'no room';
    }
  }

  it('never lets a stack overflow escape: a caller deep in its own stack gets a ParseError', () => {
    const deep = nest(mix(MAX_NESTING)).text;
    const seen = new Set<string>();
    for (let frames = 0; !seen.has('no room'); frames += 20) seen.add(outcome(frames, deep));
    expect([...seen].sort()).toEqual([
      'ParseError: nested too deeply for the stack (the limit is 256 levels)', 'no room', 'parsed',
    ]);
  });
});
