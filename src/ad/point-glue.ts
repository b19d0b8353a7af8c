// Generated glue between a point object and a compiled gradient function, for one layout of keys:
// it reads the tree's variables from the point and writes a gradient record keyed like the point.
// Reading and writing properties by a name held in a variable costs tens of nanoseconds each; in
// generated code each access site always sees the same name and runs at the speed of `p.x`.
//
// This is a second, tiny code generator beside src/evaluate/codegen.ts, whose Emitter takes numbers
// only (it converts its parameters with unary `+`); the glue takes an object. The same safety rule
// holds: no user text in the source. Names arrive as bound arrays (`N`, `K`); the source holds only
// fixed identifiers and integer indices (`p[N[3]]`).

import type { Compiled } from '../evaluate/codegen.js';
import type { GradientResult } from './gradient-code.js';
import { record } from './point.js';

export type Glue = (point: object) => { value: number; gradient: Record<string, number> } | undefined;

/**
 * For points whose own enumerable keys are exactly `keys` (in order) and include every one of `names`,
 * the value and the gradient keyed like the point, or undefined if a coordinate is not a number
 * (the caller then takes its slow path, which names the culprit).
 */
export function glue(names: readonly string[], keys: readonly string[], compiled: Compiled<GradientResult>): Glue {
  const position = new Map(names.map((name, i) => [name, i]));
  const reads = names.map((_, i) => `const a${i} = p[N[${i}]];`);
  const numeric = names.length === 0 ? 'false' : names.map((_, i) => `typeof a${i} !== 'number'`).join(' || ');
  // Keys the tree does not use keep the template's 0.
  const writes = keys.flatMap((key, i) => {
    const at = position.get(key);
    return at === undefined ? [] : [`o[K[${i}]] = g[${at}];`];
  });
  const body = [
    ...reads,
    `if (${numeric}) return undefined;`,
    `const r = f(${names.map((_, i) => `a${i}`).join(', ')});`,
    'const g = r.gradient;',
    'const o = { ...T };',
    ...writes,
    'return { value: r.value, gradient: o };',
  ].join('\n');
  const factory = new Function('f', 'T', 'N', 'K', `'use strict';\nreturn function glue(p) {\n${body}\n};`);
  return factory(compiled, record(keys, () => 0), [...names], [...keys]) as Glue;
}
