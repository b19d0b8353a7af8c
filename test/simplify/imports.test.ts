// The simplifier's files import one another without a cycle: canon.ts is an interface the operator
// files depend on, and only canon-builder.ts puts them together.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/simplify', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** file → the files of src/simplify it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1] as string);
    const targets = specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts'))).filter((p) => p.startsWith(root));
    graph.set(relative(root, file), targets.map((t) => relative(root, t)));
  }
  return graph;
}

/** A cycle of the graph as a list of files, or undefined; depth-first with an explicit stack. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: [string, number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [string, number];
      const [file, next] = top;
      if (next === 0) {
        state.set(file, 'open');
        path.push(file);
      }
      const target = graph.get(file)?.[next];
      if (target === undefined) {
        state.set(file, 'done');
        path.pop();
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      if (state.get(target) === 'open') return [...path.slice(path.indexOf(target)), target];
      if (!state.has(target)) stack.push([target, 0]);
    }
  }
  return undefined;
}

describe('src/simplify', () => {
  it('has no import cycle', () => {
    expect(findCycle(importGraph())).toBeUndefined();
  });

  it('is checked by a test that finds a cycle where there is one', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', []]]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});
