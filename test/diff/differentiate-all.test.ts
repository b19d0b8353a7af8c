// differentiateAll: the raw partials as differentiate makes each alone, with the functions' partials
// made once per call node and shared between them.

import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equality.js';
import type { Expr } from '../../src/ast/expr.js';
import { postorder } from '../../src/ast/walk.js';
import { add, log, parse, variable } from '../../src/index.js';
import { differentiate, differentiateAll } from '../../src/diff/differentiate.js';

function logChain(depth: number): Expr {
  let e: Expr = variable('x');
  for (let i = 0; i < depth; i++) e = log(variable('y'), add(e, 2));
  return e;
}

describe('differentiateAll', () => {
  it.each([
    ['x*y*sin(z) + exp(x*y*z) + log(x^2 + y^2)', ['x', 'y', 'z']],
    ['log(x, y)^2 / (1 + x) + sqrt(x*y)', ['x', 'y']],
    ['log(y, log(y, x + 2) + 2)', ['y', 'x', 'w']],
  ])('gives differentiate’s tree for each variable of %s', (text, names) => {
    const e = parse(text);
    const all = differentiateAll(e, names);
    names.forEach((name, i) => expect(equals(all[i] as Expr, differentiate(e, name))).toBe(true));
  });

  it('shares the partials of a call between the variables', () => {
    const e = logChain(20);
    const [dy, dx] = differentiateAll(e, ['y', 'x']) as [Expr, Expr];
    expect(equals(dy, differentiate(e, 'y')) && equals(dx, differentiate(e, 'x'))).toBe(true);
    const inY = new Set(postorder(dy));
    const shared = postorder(dx).filter((n) => inY.has(n) && n.kind === 'div');
    expect(shared.length).toBeGreaterThanOrEqual(19); // ∂log(y, u)/∂u of each level above the first, once
  });
});
