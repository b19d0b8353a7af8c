// Simplifying each shape once: on trees of repeated shapes, every result has the value and at most the
// size of simplifying that tree with simplifyAll, and results of one shape are renamings of each other.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, format, parse, type Expr } from '../../src/index.js';
import { operatorCount } from '../../src/ast/size.js';
import { substitute } from '../../src/ast/substitute.js';
import * as B from '../../src/ast/builders.js';
import { simplifyAll } from '../../src/simplify/simplify.js';
import { MIN_TREES_FOR_SHAPES, simplifyTreesByShape } from '../../src/shapes/simplify-by-shape.js';
import { arbModerateExpr } from '../ad/moderate-trees.js';

/** f(x_i, x_{i+1}) for i = 1…count: one shape, or two where 'x10' sorts before 'x9'. */
function chained(f: Expr, count: number): Expr[] {
  return Array.from({ length: count }, (_, k) => substitute(f, new Map([
    ['x', B.variable(`x${k + 1}`)], ['y', B.variable(`x${k + 2}`)],
  ])));
}

const point = Object.fromEntries(Array.from({ length: 22 }, (_, k) => [`x${k + 1}`, 0.4 + 0.3 * Math.sin(k + 1)]));

function sameValue(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.isFinite(a) === Number.isFinite(b) || Number.isNaN(a) || Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('simplifyTreesByShape', () => {
  it('gives each tree the value of simplifyAll, and no larger a tree', () => {
    fc.assert(fc.property(arbModerateExpr(3), (f) => {
      const roots = chained(f, 20); // at least MIN_TREES_FOR_SHAPES
      const once = simplifyTreesByShape(roots, { shareProducts: true });
      const each = simplifyAll(roots, { shareProducts: true });
      roots.forEach((_, i) => {
        const [a, b] = [once[i] as Expr, each[i] as Expr];
        expect(operatorCount(a), `${format(a)} against ${format(b)}`).toBeLessThanOrEqual(operatorCount(b));
        expect(sameValue(evaluate(a, point), evaluate(b, point)), `${format(a)} against ${format(b)}`).toBe(true);
      });
    }), { seed: 7, numRuns: 150 });
  });

  it('prints the Hessian entries of a chained sum as simplifyAll does', () => {
    const roots = chained(parse('1200*x^2 - 400*y + 2*(100 - 1)*(1 + 0*y)'), 20);
    expect(simplifyTreesByShape(roots).map((e) => format(e))).toEqual(simplifyAll(roots).map((e) => format(e)));
  });

  it('renames a result rank for rank, and shares what renamed results have in common', () => {
    // Enough trees for keys to be made (MIN_TREES_FOR_SHAPES): the three looked at, then others of the first's shape.
    const others = Array.from({ length: MIN_TREES_FOR_SHAPES }, (_, k) => parse(`sin(p${k})*(q${k} - r${k}) + sin(p${k})`));
    const roots = [parse('sin(a)*(b - c) + sin(a)'), parse('sin(a)*(c - d) + sin(a)'), parse('sin(z)*(x - y) + sin(z)'), ...others];
    const results = simplifyTreesByShape(roots, { shareProducts: true });
    const [first, second] = results as [Expr, Expr];
    expect(results.map((e) => format(e))).toEqual(simplifyAll(roots).map((e) => format(e)));
    // (b - c + 1)*sin(a) and (c - d + 1)*sin(a): one sin(a) object; the third's ranks differ (z sorts last).
    const sinOf = (e: Expr): Expr | undefined => (e.kind === 'mul' ? e.args.find((k) => k.kind === 'call') : undefined);
    expect(sinOf(first)).toBeDefined();
    expect(sinOf(second)).toBe(sinOf(first));
  });

  it('simplifies a few trees as simplifyAll does, without keys', () => {
    const roots = chained(parse('x*y + sin(x)'), MIN_TREES_FOR_SHAPES - 1);
    const results = simplifyTreesByShape(roots);
    expect(results.map((e) => format(e))).toEqual(simplifyAll(roots).map((e) => format(e)));
  });
});
