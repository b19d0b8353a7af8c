// The value-numbering table (operation-table.ts): every entry found again across growth, absent keys
// not found, one-operand keys (b = -1) apart from two-operand ones.

import { describe, expect, it } from 'vitest';
import { OperationTable } from '../../src/second/operation-table.js';

describe('OperationTable', () => {
  it('finds each of 50,000 entries after the table has grown, and nothing else', () => {
    const table = new OperationTable();
    const key = (k: number): [number, number, number] => [k % 70, (k * 7919) % 10_007, k % 3 === 0 ? -1 : k >> 2];
    for (let k = 0; k < 50_000; k++) {
      const [code, a, b] = key(k);
      expect(table.get(code, a, b)).toBe(-1);
      table.set(code, a, b, k);
    }
    for (let k = 0; k < 50_000; k++) expect(table.get(...key(k))).toBe(k);
    expect(table.get(70, 0, 0)).toBe(-1);
    expect(table.get(0, 0, -2)).toBe(-1);
  });

  it('keeps code 0, operand -1 and value 0 apart from an empty slot', () => {
    const table = new OperationTable();
    table.set(0, -1, -1, 0);
    table.set(0, 5, -1, 1);
    table.set(0, 5, 6, 2);
    expect([table.get(0, -1, -1), table.get(0, 5, -1), table.get(0, 5, 6), table.get(1, 5, 6)]).toEqual([0, 1, 2, -1]);
  });
});
