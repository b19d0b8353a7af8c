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
  const entry = (key: string) => {
    const at = position.get(key);
    return at === undefined ? '0' : `g[${at}]`;
  };
  const numeric = names.length === 0 ? 'false' : names.map((_, i) => `typeof a${i} !== 'number'`).join(' || ');
  const body = [
    ...names.map((_, i) => `const a${i} = p[N[${i}]];`),
    `if (${numeric}) return undefined;`,
    `const r = f(${names.map((_, i) => `a${i}`).join(', ')});`,
    'return { value: r.value, gradient: new R(r.gradient) };',
  ].join('\n');
  const factory = new Function('f', 'R', 'N', `'use strict';\nreturn function glue(p) {\n${body}\n};`);
  return factory(compiled, recordMaker(keys, entry), [...names]) as Glue;
}

/**
 * A constructor of gradient records with these keys, from the gradient array: assignments in a
 * constructor whose prototype is Object.prototype make ordinary objects with fast properties, the
 * quickest way V8 has (spreading a template or a literal with computed keys is 2-10 times slower past
 * a few dozen keys). Assignment would call `__proto__`'s setter, so a layout with that key copies a
 * template that has it defined instead (a spread defines own keys, and assigning to an own
 * `__proto__` data property then sets it like any other).
 */
function recordMaker(keys: readonly string[], entry: (key: string) => string): new (g: Float64Array) => Record<string, number> {
  const body = keys.includes('__proto__')
    ? ['const o = { ...T };', ...keys.flatMap((key, i) => (entry(key) === '0' ? [] : [`o[K[${i}]] = ${entry(key)};`])), 'return o;']
    // `this[…] =` itself, not through a local: V8 sizes the objects by counting these (10x faster).
    : keys.map((key, i) => `this[K[${i}]] = ${entry(key)};`);
  const factory = new Function('T', 'K', `'use strict';\nfunction Record(g) {\n${body.join('\n')}\n}\nRecord.prototype = Object.prototype;\nreturn Record;`);
  return factory(keys.includes('__proto__') ? record(keys, () => 0) : undefined, [...keys]);
}
