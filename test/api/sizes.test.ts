import { describe, expect, it } from 'vitest';
import { add, dagSize, distinctOperatorCount, InvalidArgumentError, operatorCount, parse, treeSize } from '../../src/index.js';
import { operatorCountAtMost } from '../../src/ast/size.js';

describe('the exported sizes', () => {
  const measures = [['treeSize', treeSize], ['dagSize', dagSize], ['operatorCount', operatorCount], ['distinctOperatorCount', distinctOperatorCount]] as const;

  it.each(measures)('%s rejects a non-tree with an InvalidArgumentError (was a TypeError about BigInt)', (_, measure) => {
    for (const bad of [[1, 2], { kind: 'num', value: 1n, hash: 0 }, null, 'x', { kind: 'add', args: [1], hash: 1 }]) {
      expect(() => measure(bad as never)).toThrow(InvalidArgumentError);
    }
  });

  it.each(measures)('%s still measures a tree', (_, measure) => {
    expect(measure(parse('x*y + x*y'))).toBeGreaterThan(0);
  });
});

describe('operatorCount', () => {
  // Small trees are counted by an unrolled walk, large ones (and shared DAGs) by distinct nodes: both
  // must give the printed text's operators, on either side of the switch (256 visits).
  it.each([1, 10, 100, 300, 2000])('a sum of %i terms c*sin(x_i)^2 has 4n - 1 operators', (n) => {
    const text = Array.from({ length: n }, (_, i) => `${i + 2}*sin(x${i})^2`).join(' + ');
    expect(operatorCount(parse(text))).toBe(4 * n - 1);
  });

  it('unrolls a shared DAG: twenty levels of e + e over x + 1', () => {
    let e = parse('x + 1');
    for (let level = 0; level < 20; level++) e = add(e, e); // each level holds its child twice
    // 2^20 copies of x + 1 (one operator each) joined by 2^20 - 1 additions
    expect(operatorCount(e)).toBe(2 ** 20 + (2 ** 20 - 1));
  });
});

describe('operatorCountAtMost', () => {
  it.each([1, 10, 40, 100])('is operatorCount up to the limit, undefined past it: a sum of %i terms', (n) => {
    const e = parse(Array.from({ length: n }, (_, i) => `${i + 2}*sin(x${i})^2`).join(' + '));
    const count = operatorCount(e);
    expect(operatorCountAtMost(e, count)).toBe(count);
    expect(operatorCountAtMost(e, count + 5)).toBe(count);
    expect(operatorCountAtMost(e, count - 1)).toBeUndefined();
  });

  it('stops early on a DAG that unrolls to 2^21 operators', () => {
    let e = parse('x + 1');
    for (let level = 0; level < 20; level++) e = add(e, e);
    expect(operatorCountAtMost(e, 128)).toBeUndefined();
    expect(operatorCountAtMost(parse('x + 1'), 128)).toBe(1);
  });
});
