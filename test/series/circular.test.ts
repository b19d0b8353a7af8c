// A recurrence that needs the very coefficient it is making (a derivative column reading 0/0 at the
// point, whose next term needs this one) is NotAnalytic, never an endless recursion.

import { describe, expect, it } from 'vitest';
import * as Q from '../../src/ast/rational.js';
import { NotAnalytic } from '../../src/series/not-analytic.js';
import { Series } from '../../src/series/series.js';

describe('Series.at', () => {
  it('refuses a circular recurrence, and stays usable below it', () => {
    const s: Series = new Series((k) => (k === 0 ? Q.ONE : k === 1 ? Q.rational(2n) : s.at(k)));
    expect(s.at(1)).toEqual(Q.rational(2n));
    expect(() => s.at(2)).toThrow(NotAnalytic);
    expect(() => s.at(3)).toThrow(NotAnalytic);
    expect(s.at(0)).toEqual(Q.ONE);
  });

  it('lets a recurrence read every coefficient below the one it makes', () => {
    const factorials: Series = new Series((k) => (k === 0 ? Q.ONE : Q.mul(Q.rational(BigInt(k)), factorials.at(k - 1) as Q.Rational)));
    expect(factorials.at(20)).toEqual(Q.rational(2432902008176640000n));
  });
});
