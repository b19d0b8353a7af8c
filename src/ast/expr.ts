// The expression tree: an immutable discriminated union on `kind`, and the raw node constructors.
//
// Every node carries a structural `hash`, computed once from its children's hashes as it is built,
// so equality and hash-consing never re-walk a tree.

import type { FunctionName } from './function-names.js';
import type { Rational } from './rational.js';

import type { ConstantName } from './constants.js';

export type { ConstantName } from './constants.js';

interface Node {
  /** Structural hash: equal trees have equal hashes. */
  readonly hash: number;
}

/** A number. `exact` is its exact rational value when it was typed as digits only, else null (a float). */
export interface Num extends Node {
  readonly kind: 'num';
  readonly value: number;
  readonly exact: Rational | null;
}
export interface Var extends Node {
  readonly kind: 'var';
  readonly name: string;
}
export interface Const extends Node {
  readonly kind: 'const';
  readonly name: ConstantName;
}
/** `a + b + …`: two operands from the parser and builders, any number in simplified trees. */
export interface Add extends Node {
  readonly kind: 'add';
  readonly args: readonly Expr[];
}
export interface Sub extends Node {
  readonly kind: 'sub';
  readonly args: readonly [Expr, Expr];
}
/** `a * b * …`: two operands from the parser and builders, any number in simplified trees. */
export interface Mul extends Node {
  readonly kind: 'mul';
  readonly args: readonly Expr[];
}
export interface Div extends Node {
  readonly kind: 'div';
  readonly args: readonly [Expr, Expr];
}
export interface Neg extends Node {
  readonly kind: 'neg';
  readonly args: readonly [Expr];
}
/** `base ^ exponent`. */
export interface Pow extends Node {
  readonly kind: 'pow';
  readonly args: readonly [Expr, Expr];
}
/** A call of a function of the table, `sin(x)` or `log(x, b)`. */
export interface Call extends Node {
  readonly kind: 'call';
  readonly fn: FunctionName;
  readonly args: readonly Expr[];
}

export type Expr = Num | Var | Const | Add | Sub | Mul | Div | Neg | Pow | Call;
export type Kind = Expr['kind'];
export type Leaf = Num | Var | Const;
export type Operation = Exclude<Expr, Leaf>;

export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}

// ---- hashing: a 32-bit mix of the kind, the payload and the children's hashes ----

const KIND_SEED: Record<Kind, number> = {
  num: 0x1b873593, var: 0x2c1b3c6d, const: 0x297a2d39, add: 0x6b43a9b5, sub: 0x3d4d51c3,
  mul: 0x1b56c4e9, div: 0x5f356495, neg: 0x7ed55d16, pow: 0x165667b1, call: 0x27d4eb2f,
};

function mix(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const floatView = new Float64Array(1);
const floatBits = new Int32Array(floatView.buffer);

function hashFloat(value: number): number {
  floatView[0] = value;
  return mix(mix(0x3c6ef372, floatBits[0] ?? 0), floatBits[1] ?? 0);
}

function hashNumber(value: number, exact: Rational | null): number {
  if (exact === null) return hashFloat(value);
  // Exact numbers that fit doubles exactly hash through them (fast); larger ones through their digits.
  const num = Number(exact.num);
  const den = Number(exact.den);
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return mix(hashFloat(num), hashFloat(den) ^ 0x5bd1e995);
  return mix(hashString(exact.num.toString(36)), hashString(exact.den.toString(36)));
}

function hashArgs(seed: number, args: readonly Expr[]): number {
  let h = seed;
  for (const a of args) h = mix(h, a.hash);
  return h;
}

// ---- raw constructors: exactly the node asked for, no validation (see builders.ts and smart.ts) ----
//
// Nodes are immutable by contract (readonly all the way down) but not frozen at run time: freezing
// cost about a sixth of parsing and simplification. An `args` array passed in becomes the node's own.
//
// Every node is made by `node` with the same seven fields in the same order, those its kind lacks
// undefined: one hidden class for all, so that the engine's look-ups of `kind`, `args` and `hash` in
// the passes (which meet every kind) stay monomorphic. Four shapes (a number, a name, an operator, a
// call) cost the simplifier 10-12% on small derivatives (sigmoid 108 → 96 µs, prod4 343 → 314 µs).
// The price is memory: an operator node with its two-operand array is 152 bytes, not 120.

function node<T extends Expr>(
  kind: Kind, hash: number, args: readonly Expr[] | undefined, fn: FunctionName | undefined,
  value: number | undefined, exact: Rational | null | undefined, name: string | undefined,
): T {
  return { kind, hash, args, fn, value, exact, name } as unknown as T;
}

export function numNode(value: number, exact: Rational | null): Num {
  return node('num', mix(KIND_SEED.num, hashNumber(value, exact)), undefined, undefined, value, exact, undefined);
}
export function varNode(name: string): Var {
  return node('var', mix(KIND_SEED.var, hashString(name)), undefined, undefined, undefined, undefined, name);
}
export function constNode(name: ConstantName): Const {
  return node('const', mix(KIND_SEED.const, hashString(name)), undefined, undefined, undefined, undefined, name);
}
export function addNode(args: readonly Expr[]): Add {
  return node('add', hashArgs(KIND_SEED.add, args), args, undefined, undefined, undefined, undefined);
}
export function subNode(a: Expr, b: Expr): Sub {
  return node('sub', mix(mix(KIND_SEED.sub, a.hash), b.hash), [a, b], undefined, undefined, undefined, undefined);
}
export function mulNode(args: readonly Expr[]): Mul {
  return node('mul', hashArgs(KIND_SEED.mul, args), args, undefined, undefined, undefined, undefined);
}
export function divNode(a: Expr, b: Expr): Div {
  return node('div', mix(mix(KIND_SEED.div, a.hash), b.hash), [a, b], undefined, undefined, undefined, undefined);
}
export function negNode(a: Expr): Neg {
  return node('neg', mix(KIND_SEED.neg, a.hash), [a], undefined, undefined, undefined, undefined);
}
export function powNode(base: Expr, exponent: Expr): Pow {
  return node('pow', mix(mix(KIND_SEED.pow, base.hash), exponent.hash), [base, exponent], undefined, undefined, undefined, undefined);
}
export function callNode(fn: FunctionName, args: readonly Expr[]): Call {
  return node('call', hashArgs(mix(KIND_SEED.call, hashString(fn)), args), args, fn, undefined, undefined, undefined);
}

// ---- the one invariant generic passes rely on ----

const NO_CHILDREN: readonly Expr[] = Object.freeze([]);

export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'num':
    case 'var':
    case 'const':
      return NO_CHILDREN;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
    case 'call':
      return e.args;
    default:
      return assertNever(e);
  }
}

/** The same node with new children (the same object when nothing changed). */
export function withChildren(e: Expr, kids: readonly Expr[]): Expr {
  const old = children(e);
  if (old.length === kids.length && old.every((k, i) => k === kids[i])) return e;
  const [a, b] = kids;
  switch (e.kind) {
    case 'num':
    case 'var':
    case 'const':
      return e;
    case 'add':
      return addNode(kids);
    case 'mul':
      return mulNode(kids);
    case 'call':
      return callNode(e.fn, kids);
    case 'neg':
      return negNode(required(a));
    case 'sub':
      return subNode(required(a), required(b));
    case 'div':
      return divNode(required(a), required(b));
    case 'pow':
      return powNode(required(a), required(b));
    default:
      return assertNever(e);
  }
}

function required(e: Expr | undefined): Expr {
  if (e === undefined) throw new RangeError('withChildren: too few children');
  return e;
}

export const isLeaf = (e: Expr): e is Leaf => e.kind === 'num' || e.kind === 'var' || e.kind === 'const';
