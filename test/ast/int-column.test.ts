import { describe, expect, it } from 'vitest';
import { IntColumn, TYPED_FROM } from '../../src/ast/int-column.js';

describe('IntColumn', () => {
  it('keeps every value through its growths, as an array would (past the move to a typed array too)', () => {
    const column = new IntColumn();
    const reference: number[] = [];
    for (let i = 0; i < 3 * TYPED_FROM; i++) {
      const value = (i * 7919) % 2003 - 1000;
      column.push(value);
      reference.push(value);
    }
    expect(column.length).toBe(3 * TYPED_FROM);
    expect(Array.from({ length: 3 * TYPED_FROM }, (_, i) => column.at(i))).toEqual(reference);
    column.set(TYPED_FROM + 1, 7);
    expect(column.at(TYPED_FROM + 1)).toBe(7);
    expect(column.pop()).toBe(reference[3 * TYPED_FROM - 1]);
  });

  it('sets in place and pops from the end', () => {
    const column = new IntColumn();
    column.push(1);
    column.push(2);
    column.push(3);
    column.set(1, -5);
    expect(column.pop()).toBe(3);
    expect(column.length).toBe(2);
    expect(column.at(1)).toBe(-5);
    column.push(9);
    expect([column.at(0), column.at(1), column.at(2)]).toEqual([1, -5, 9]);
  });
});
