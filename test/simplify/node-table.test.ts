// The canonical builder's node table: one entry per structurally distinct node, found by identity,
// whatever the hash collisions and however many times it grows.

import { describe, expect, it } from 'vitest';
import { addNode, varNode, type Expr } from '../../src/ast/expr.js';
import { NodeTable } from '../../src/simplify/node-table.js';

/** A variable whose structural hash is forced to `hash`: distinct names, colliding hashes. */
const colliding = (name: string, hash: number): Expr => ({ ...varNode(name), hash });

describe('NodeTable', () => {
  it('keeps colliding hashes apart and finds each node by identity', () => {
    const table = new NodeTable();
    const nodes = Array.from({ length: 5000 }, (_, i) => colliding(`v${i}`, i % 7));
    const entries = nodes.map((n) => table.intern(n));
    expect(new Set(entries.map((e) => e.id)).size).toBe(5000); // grew past its first 1,024 slots
    nodes.forEach((n, i) => {
      expect(table.of(n)).toBe(entries[i]);
      expect(table.intern(n)).toBe(entries[i]);
    });
    expect(table.of(colliding('v1', 1))).toBeUndefined(); // equal, but not the node interned
  });

  it('interns a structurally equal node to the first one', () => {
    const table = new NodeTable();
    const a = varNode('a');
    const b = varNode('b');
    const first = table.intern(addNode([table.intern(a).node, table.intern(b).node]));
    const again = table.intern(addNode([a, b]));
    expect(again).toBe(first);
    expect(table.intern(addNode([b, a]))).not.toBe(first);
    expect(table.intern(varNode('a')).node).toBe(a);
  });
});
