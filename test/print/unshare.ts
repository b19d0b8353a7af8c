// Reading `format(e, { share: true })` back: each line's right side parsed, each name replaced by its
// definition, so a test can compare the result with the tree that was printed.

import { expect } from 'vitest';
import { withChildren, type Expr } from '../../src/ast/expr.js';
import { foldAll } from '../../src/ast/walk.js';
import { parse } from '../../src/parser/parse.js';

export function unshare(text: string): Expr {
  const definitions = new Map<string, Expr>();
  const expand = (e: Expr): Expr => foldAll<Expr>([e], (node, kids) =>
    (node.kind === 'var' && definitions.has(node.name) ? definitions.get(node.name) as Expr : withChildren(node, kids))).get(e) as Expr;
  const lines = text.split('\n');
  for (const line of lines.slice(0, -1)) {
    const [, name, rhs] = /^(t\d+) = (.*)$/.exec(line) ?? [];
    expect(name, line).toBeDefined();
    definitions.set(name as string, expand(parse(rhs as string)));
  }
  return expand(parse(lines.at(-1) as string));
}
