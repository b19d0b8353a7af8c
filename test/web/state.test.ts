// The page's state in the URL hash: what a shared link carries, and what an unreadable hash falls back to.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completePoint, decodeState, DEFAULT_STATE, encodeState, pointObject, type PageState } from '../../web/state.js';

const state = (over: Partial<PageState>): PageState => ({ ...DEFAULT_STATE, ...over });

describe('encodeState', () => {
  it.each([
    [DEFAULT_STATE, 'expr=cos%28x%29*exp%28x%5E2%29&var=x&at=x%3A0.5'],
    [state({ expr: 'x*y + 1', variable: 'y', point: new Map([['x', -1.25], ['y', 2]]) }), 'expr=x*y+%2B+1&var=y&at=x%3A-1.25%2Cy%3A2'],
    [state({ scheme: 'forward', width: 64, point: new Map() }), 'expr=cos%28x%29*exp%28x%5E2%29&var=x&at=&scheme=forward&k=64'],
  ])('%#: %s', (given, hash) => {
    expect(encodeState(given)).toBe(hash);
  });
});

describe('decodeState', () => {
  it('reads back what encodeState wrote', () => {
    const names = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
    const states = fc.record({
      expr: fc.string({ maxLength: 40 }),
      variable: names,
      point: fc.uniqueArray(fc.tuple(names, fc.double({ noNaN: true, noDefaultInfinity: true })), { selector: ([n]) => n, maxLength: 5 })
        .map((pairs) => new Map(pairs)),
      scheme: fc.constantFrom('central' as const, 'forward' as const, 'backward' as const),
      width: fc.integer({ min: 1, max: 64 }),
    });
    fc.assert(fc.property(states, (s) => {
      const back = decodeState(`#${encodeState(s)}`);
      // -0 reads back as 0: the same point.
      const same = [...s.point].every(([name, v]) => back.point.get(name) === v) && back.point.size === s.point.size;
      return same && back.expr === s.expr && back.variable === s.variable && back.scheme === s.scheme && back.width === s.width;
    }), { seed: 42, numRuns: 300 });
  });

  it.each([
    ['', DEFAULT_STATE],
    ['#', DEFAULT_STATE],
    ['#expr=2*(x%2B&var=%20&scheme=sideways&k=65', state({ expr: '2*(x+' })],
    ['#expr=t&var=t&at=t:abc,:1,u:,v:Infinity,w:1e3,__proto__:2&k=1.5', state({ expr: 't', variable: 't', point: new Map([['w', 1000], ['__proto__', 2]]) })],
  ])('%s falls back field by field', (hash, expected) => {
    expect(decodeState(hash)).toEqual(expected);
  });
});

describe('the point', () => {
  it('keeps known values, gives new variables the default, drops the others', () => {
    expect([...completePoint(new Map([['y', 3], ['old', 1]]), ['x', 'y'])]).toEqual([['x', 0.5], ['y', 3]]);
  });

  it('becomes an ordinary object whose keys are own data, __proto__ included', () => {
    const point = pointObject(new Map([['__proto__', 1], ['constructor', 2]]));
    expect(Object.getPrototypeOf(point)).toBe(Object.prototype);
    expect(JSON.stringify(point)).toBe('{"__proto__":1,"constructor":2}');
  });
});
