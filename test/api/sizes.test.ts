import { describe, expect, it } from 'vitest';
import { dagSize, distinctOperatorCount, InvalidArgumentError, operatorCount, parse, treeSize } from '../../src/index.js';

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
