// The graph's nodes as columns of typed arrays indexed by node number (graph.ts adds value numbering
// and the smart constructors): a push onto five arrays of objects per node, and an array of operands
// per node, were a third of the sweeps' time. Each node has a kind, up to two operands (-1: none; a
// call of more arguments keeps them in `wideArgs`) and a payload: a number node's index in `nums`, a
// variable's, constant's or call's name in `names`.

import type { Num } from '../ast/expr.js';

const KINDS = ['num', 'var', 'const', 'add', 'sub', 'mul', 'div', 'neg', 'pow', 'call'] as const;
export type GraphKind = (typeof KINDS)[number];
export const CODE: Readonly<Record<GraphKind, number>> = {
  num: 0, var: 1, const: 2, add: 3, sub: 4, mul: 5, div: 6, neg: 7, pow: 8, call: 9,
};
/** Operation-table codes: an operator's kind code, a call's 16 + its function's number. */
export const CALL_CODES = 16;

export class GraphNodes {
  private kinds: Uint8Array = new Uint8Array(INITIAL);
  private arities: Uint8Array = new Uint8Array(INITIAL);
  private firsts: Int32Array = new Int32Array(INITIAL);
  private seconds: Int32Array = new Int32Array(INITIAL);
  private payloads: Int32Array = new Int32Array(INITIAL);
  /** A variable's position in the variable list (-1 for one not listed, and for other kinds). */
  private positions: Int32Array = new Int32Array(INITIAL);
  private count = 0;
  protected readonly nums: Num[] = [];
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  protected readonly wideArgs = new Map<number, readonly number[]>();

  get size(): number {
    return this.count;
  }

  kindOf(id: number): GraphKind {
    return KINDS[this.kinds[id] as number] as GraphKind;
  }

  /** The kind as a small number (for keys). */
  kindCode(id: number): number {
    return this.kinds[id] as number;
  }

  /** A number's index, a name's index (variables, constants, calls), -1 for operators: with the kind, the node's payload. */
  payloadOf(id: number): number {
    return this.payloads[id] as number;
  }

  /** Whether the node is a number, a variable or a constant. */
  isLeaf(id: number): boolean {
    return (this.kinds[id] as number) <= CODE.const;
  }

  /** A mul, div or neg: a node the simplifier flattens into a product. */
  isProduct(id: number): boolean {
    const k = this.kinds[id];
    return k === CODE.mul || k === CODE.div || k === CODE.neg;
  }

  isVariable(id: number): boolean {
    return this.kinds[id] === CODE.var;
  }

  /** How many operands the node has. */
  arity(id: number): number {
    return this.arities[id] as number;
  }

  /** Operand i of the node. */
  arg(id: number, i: number): number {
    if (i === 0) return this.firsts[id] as number;
    if (i === 1) return this.seconds[id] as number;
    return (this.wideArgs.get(id) as readonly number[])[i] as number;
  }

  /** The operands, as a new array (for passes that are not hot). */
  argsOf(id: number): number[] {
    const wide = this.wideArgs.get(id);
    if (wide) return [...wide];
    const n = this.arities[id] as number;
    return n === 0 ? [] : n === 1 ? [this.firsts[id] as number] : [this.firsts[id] as number, this.seconds[id] as number];
  }

  /** A variable's, a constant's or a call's name. */
  nameOf(id: number): string {
    return this.names[this.payloads[id] as number] as string;
  }

  /** A variable's position in the variable list (-1 for one not listed). */
  positionOf(id: number): number {
    return this.positions[id] as number;
  }

  /** The number of a number node, else undefined. */
  numberAt(id: number): Num | undefined {
    return this.kinds[id] === CODE.num ? this.nums[this.payloads[id] as number] : undefined;
  }

  /** A key naming a number node's value (`q2`, `q1/3`, `f0.5`), else undefined. */
  numberKey(id: number): string | undefined {
    const n = this.numberAt(id);
    return n === undefined ? undefined : numberKey(n);
  }

  protected setPosition(id: number, position: number): void {
    this.positions[id] = position;
  }

  protected named(name: string): number {
    let k = this.nameIndex.get(name);
    if (k === undefined) {
      this.nameIndex.set(name, (k = this.names.length));
      this.names.push(name);
    }
    return k;
  }

  protected push(code: number, a: number, b: number, payload: number, position: number, arity = b >= 0 ? 2 : a >= 0 ? 1 : 0): number {
    if (this.count === this.kinds.length) this.grow();
    const id = this.count++;
    this.kinds[id] = code;
    this.arities[id] = arity;
    this.firsts[id] = a;
    this.seconds[id] = b;
    this.payloads[id] = payload;
    this.positions[id] = position;
    return id;
  }

  private grow(): void {
    const capacity = 2 * this.kinds.length;
    const grown = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const a = make(capacity);
      a.set(old);
      return a;
    };
    this.kinds = grown(this.kinds, (n) => new Uint8Array(n));
    this.arities = grown(this.arities, (n) => new Uint8Array(n));
    this.firsts = grown(this.firsts, (n) => new Int32Array(n));
    this.seconds = grown(this.seconds, (n) => new Int32Array(n));
    this.payloads = grown(this.payloads, (n) => new Int32Array(n));
    this.positions = grown(this.positions, (n) => new Int32Array(n));
  }
}

const INITIAL = 1 << 7;

/** A key naming a number: its exact value (`q2`, `q1/3`) or its float value (`f0.5`). */
export function numberKey(n: Num): string {
  if (n.exact === null) return `f${n.value}`;
  // Most are integers that doubles hold exactly: no BigInt printing for them.
  return n.exact.den === 1n && Number.isSafeInteger(n.value) ? `q${n.value}` : `q${n.exact.num}/${n.exact.den}`;
}
