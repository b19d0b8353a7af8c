// The quality corpus (bench/quality/problems.json) is sound: every problem names its source and
// licence, reads in our language, and its published answer has the value of the input's derivative
// (raw D, no simplifier) or of the input itself, at seeded random points of its domain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differentiate, evaluate, freeVariables, parse, type Expr } from '../../src/index.js';

interface Problem {
  id: string;
  kind: 'diff' | 'simplify';
  input: string;
  variable?: string;
  order?: number;
  answer: string;
  source: { repo: string; path: string };
  licence: string;
  domain?: [number, number];
  excluded?: string;
}

const problems: Problem[] = JSON.parse(readFileSync(new URL('../../bench/quality/problems.json', import.meta.url), 'utf8'));
const kept = problems.filter((p) => p.excluded === undefined);

/** A small seeded generator (mulberry32), so every run draws the same points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function target(p: Problem): Expr {
  let e = parse(p.input);
  if (p.kind === 'diff') for (let i = 0; i < (p.order ?? 0); i++) e = differentiate(e, p.variable ?? '');
  return e;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the corpus file', () => {
  it('holds at least 500 problems kept for the benchmark, each excluded one with its reason', () => {
    expect(kept.length).toBeGreaterThanOrEqual(500);
    for (const p of problems) if (p.excluded !== undefined) expect(p.excluded).toMatch(/\w/);
  });

  it('names every problem once', () => {
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
  });

  it.each(problems.map((p) => [p.id, p] as const))('%s has a kind, a source and a licence', (_, p) => {
    expect(['diff', 'simplify']).toContain(p.kind);
    if (p.kind === 'diff') {
      expect(p.variable).toMatch(/^[A-Za-z_]\w*$/);
      expect(Number.isInteger(p.order) && (p.order ?? 0) >= 1).toBe(true);
    }
    expect(p.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(p.source.path.length).toBeGreaterThan(0);
    expect(p.licence).toMatch(/^(BSD-3-Clause|Apache-2\.0|GPL-2\.0-or-later|GPL-3\.0-or-later)$/);
  });
});

describe('every kept problem', () => {
  it.each(kept.map((p) => [p.id, p] as const))('%s: the published answer has the value of the input or its derivative', (_, p) => {
    const [lo, hi] = p.domain ?? [NaN, NaN];
    expect(lo < hi).toBe(true);
    const left = target(p);
    const right = parse(p.answer);
    const names = [...new Set([...freeVariables(left), ...freeVariables(right), ...(p.variable ? [p.variable] : [])])];
    const draw = random(42);
    let compared = 0;
    for (let i = 0; i < 12; i++) {
      const scope = Object.fromEntries(names.map((n) => [n, lo + (hi - lo) * draw()]));
      const [a, b] = [evaluate(left, scope), evaluate(right, scope)];
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      compared++;
      expect(close(a, b), `${p.input} -> ${p.answer} at ${JSON.stringify(scope)}: ${a} vs ${b}`).toBe(true);
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });
});
