// The page's state in the URL hash, so a link shares an expression: what is typed, the variable, the
// point, the finite-difference scheme and the network's width. Decoding never throws: anything
// unreadable falls back to the default, field by field.

import type { Scheme } from '../src/index.js';

export interface PageState {
  readonly expr: string;
  readonly variable: string;
  /** Values of the variables, by name (a Map: names like `__proto__` are data). */
  readonly point: ReadonlyMap<string, number>;
  readonly scheme: Scheme;
  /** Hidden units of the 1/k/1 network. */
  readonly width: number;
}

export const SCHEMES: readonly Scheme[] = ['central', 'forward', 'backward'];
export const MAX_WIDTH = 64;

export const DEFAULT_STATE: PageState = {
  expr: 'cos(x)*exp(x^2)',
  variable: 'x',
  point: new Map([['x', 0.5]]),
  scheme: 'central',
  width: 2,
};

/** The hash without `#`: `expr=…&var=x&at=x:0.5,y:2&scheme=central&k=2` (scheme and k left out when default). */
export function encodeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('expr', state.expr);
  params.set('var', state.variable);
  params.set('at', [...state.point].map(([name, v]) => `${name}:${v}`).join(','));
  if (state.scheme !== DEFAULT_STATE.scheme) params.set('scheme', state.scheme);
  if (state.width !== DEFAULT_STATE.width) params.set('k', String(state.width));
  return params.toString();
}

/** The state a hash (with or without `#`) describes; an empty hash is the default state. */
export function decodeState(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const expr = params.get('expr');
  const variable = params.get('var');
  const scheme = params.get('scheme');
  return {
    expr: expr ?? DEFAULT_STATE.expr,
    variable: variable !== null && variable.trim() !== '' ? variable.trim() : DEFAULT_STATE.variable,
    point: params.has('at') ? decodePoint(params.get('at') as string) : DEFAULT_STATE.point,
    scheme: SCHEMES.find((s) => s === scheme) ?? DEFAULT_STATE.scheme,
    width: decodeWidth(params.get('k')),
  };
}

/** `x:0.5,y:2` as a map; pairs without a name or a finite number are dropped. */
function decodePoint(text: string): Map<string, number> {
  const point = new Map<string, number>();
  for (const pair of text.split(',')) {
    const colon = pair.lastIndexOf(':');
    const name = pair.slice(0, colon).trim();
    const value = Number(pair.slice(colon + 1));
    if (colon > 0 && name !== '' && pair.slice(colon + 1).trim() !== '' && Number.isFinite(value)) point.set(name, value);
  }
  return point;
}

function decodeWidth(text: string | null): number {
  const k = Number(text);
  return text !== null && Number.isInteger(k) && k >= 1 && k <= MAX_WIDTH ? k : DEFAULT_STATE.width;
}

/** The value a variable starts at when it first appears. */
export const DEFAULT_VALUE = 0.5;

/** The point for exactly these variables, in this order: values kept where known, else the default. */
export function completePoint(point: ReadonlyMap<string, number>, names: readonly string[]): Map<string, number> {
  return new Map(names.map((name) => [name, point.get(name) ?? DEFAULT_VALUE]));
}

/** The point as the library takes it: an ordinary object whose keys are own data properties. */
export function pointObject(point: ReadonlyMap<string, number>): Record<string, number> {
  // fromEntries defines keys (CreateDataProperty), so `__proto__` is an own key, not the prototype.
  return Object.fromEntries(point);
}
