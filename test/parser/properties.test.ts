// Properties (fast-check, fixed seed): whatever the text, parse returns a tree or throws one ParseError
// from the catalogue, at an offset inside the text; and fully parenthesized text of a random tree
// parses back to that tree.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equality.js';
import type { Expr } from '../../src/ast/expr.js';
import { isExpr } from '../../src/ast/validate.js';
import { fold } from '../../src/ast/walk.js';
import { ParseError } from '../../src/errors.js';
import { MAX_NESTING, parse } from '../../src/parser/parse.js';
import { arbExpr } from '../arbitraries.js';

const run = { seed: 42, numRuns: 2000 };

// Every reason parse may give; anything else (Chevrotain's wording, a token name) fails.
const REASONS = new RegExp(`^(${[
  'empty input', 'expected an expression', "expected '\\)'", "unexpected '[),]'", 'unexpected character .+',
  "expected a digit after '\\.'", 'number too large', "expected an operator between '[^']+' and '[^']+'",
  "expected '\\(' after '\\w+'", "unknown function '\\w+'", "'\\w+' is a constant, not a function",
  "'\\w+' takes [0-9]+( or [0-9]+)* arguments?", `nested deeper than ${MAX_NESTING} levels`,
].join('|')})$`, 'u');

/** A tree, or the ParseError's reason; the test fails on anything else thrown or a bad offset. */
function outcome(text: string): string {
  try {
    const tree = parse(text);
    expect(isExpr(tree)).toBe(true);
    return 'tree';
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const error = e as ParseError;
    expect(error.reason).toMatch(REASONS);
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(text.length);
    // The caret drawing: the offending line (or a window of it), then a caret.
    expect(error.caret).toMatch(/^[^\n]*\n *\^$/);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    return error.reason;
  }
}

const ALPHABET = [...'0123456789.eE+-*/^(),xyzsinlogp_ \t\n#'];
const TOKENS = ['x', 'y2', 'w_1', '2', '007', '1.5', '.5', '1e3', '2E-4', '1e999', 'pi', 'e', 'sin', 'log', 'ln',
  'sinn', 'constructor', '(', ')', ',', '+', '-', '*', '/', '^', '**', ' ', '\n', '.', '#', '\u00a0'];

describe('any text', () => {
  it('over the alphabet of the language gives a tree or a ParseError', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
      outcome(chars.join(''));
    }), run);
  });

  it('made of tokens gives a tree or a ParseError, and both happen', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => {
      seen.add(outcome(tokens.join('')) === 'tree' ? 'tree' : 'error');
    }), run);
    expect([...seen].sort()).toEqual(['error', 'tree']);
  });

  it.each(['\n', '\n\n', ' \n', '\n \t\n', '\r\n'])('%j (blank, newline first) is empty input, with its caret', (text) => {
    expect(outcome(text)).toBe('empty input');
  });

  it('of any characters at all gives a tree or a ParseError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      outcome(text);
    }), run);
  });
});

/** Text of a tree with every operation in parentheses: an oracle that does not depend on precedence. */
function parenthesized(e: Expr): string {
  return fold<string>(e, (node, kids) => {
    const [a, b] = kids;
    switch (node.kind) {
      case 'num':
        if (node.exact !== null) return String(node.exact.num);
        return Number.isInteger(node.value) && node.value < 1e21 ? `${node.value}.0` : String(node.value);
      case 'var':
      case 'const':
        return node.name;
      case 'add': return `(${a} + ${b})`;
      case 'sub': return `(${a} - ${b})`;
      case 'mul': return `(${a} * ${b})`;
      case 'div': return `(${a} / ${b})`;
      case 'pow': return `(${a} ^ ${b})`;
      case 'neg': return `(-${a})`;
      case 'call': return `${node.fn}(${kids.join(', ')})`;
    }
  });
}

describe('fully parenthesized text of a random tree', () => {
  it('parses back to that tree', () => {
    fc.assert(fc.property(arbExpr({ variables: ['x', 'y', 'constructor'], maxDepth: 5 }), (e) => {
      expect(equals(parse(parenthesized(e)), e)).toBe(true);
    }), { seed: 42, numRuns: 500 });
  });
});
