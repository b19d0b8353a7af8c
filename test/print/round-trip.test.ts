// Round trips through the parser, on random trees (fast-check, fixed seed): what `format` prints
// parses back to the same tree, prints the same again, and keeps the value; `share` output re-parses.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equality.js';
import { evaluate } from '../../src/api/functions.js';
import { parse } from '../../src/parser/parse.js';
import { format } from '../../src/print/format.js';
import { arbExpr, arbRawExpr, arbSharedExpr } from '../arbitraries.js';
import { unshare } from './unshare.js';

const variables = ['x', 'y', 't1'];
const point = { x: 0.7, y: -1.3, t1: 2.1 };
const run = { seed: 42, numRuns: 400 };

/** The same number, or both NaN, or within a relative 1e-9 (re-association of exact fractions). */
function sameValue(a: number, b: number): boolean {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

describe('format round trips', () => {
  it('parse(format(e)) is e for builder trees (every operator and function)', () => {
    fc.assert(fc.property(arbExpr({ variables, maxDepth: 5 }), (e) => {
      expect(equals(parse(format(e)), e), format(e)).toBe(true);
    }), run);
  });

  it('format(parse(format(e))) is format(e) and keeps the value for any tree (n-ary, negative, fractional)', () => {
    fc.assert(fc.property(arbRawExpr({ variables, maxDepth: 5 }), (e) => {
      const text = format(e);
      const again = parse(text);
      expect(format(again)).toBe(text);
      expect(sameValue(evaluate(again, point), evaluate(e, point)), text).toBe(true);
    }), run);
  });

  it('share output re-parses line by line to the same tree', () => {
    fc.assert(fc.property(arbSharedExpr({ variables, steps: 10 }), (e) => {
      expect(equals(unshare(format(e, { share: true })), e)).toBe(true);
    }), run);
  });
});
