// The second sweep's working form: a value-numbered graph of numbered nodes, children always numbered
// before their parents (so ascending numbers are a topological order). One node per distinct
// operation, looked up by its operands' numbers instead of walking or hashing trees, and plain arrays
// instead of node objects: the Rosenbrock Hessian of 1,000 variables builds ~29,000 nodes, and as
// trees (Expr with BigInt numbers, Maps keyed by node) they took most of compileHessian's time.
//
// Two ways to add a node: `operation` exactly as written (the function's own value, as `evaluate`
// computes it), and the smart constructors below (add, mul, …), which fold numbers and the 0/1
// identities exactly as ast/smart.ts does for D, for the derivatives. `mul` also gathers numeric
// factors into one leading coefficient (100·(2·u)·2 is 400·u): exact for exact numbers; for floats a
// reassociation, which can change a product's rounding (the compiled Hessian is checked against a
// hand-written one to 1e-12) and, at the edge of overflow, whether an intermediate product overflows.

import { assertNever, type ConstantName, type Expr, type Num } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { OperatorKind } from '../ast/operators.js';
import {
  addNums, divNums, exactNum, isExactZero, isMinusOneNum, isOneNum, isZeroNum, mulNums, negNum, powNums,
} from '../ast/numbers.js';
import { one, zero } from '../ast/smart.js';
import { postorder } from '../ast/walk.js';
import { OperationTable } from './operation-table.js';

const KINDS = ['num', 'var', 'const', 'add', 'sub', 'mul', 'div', 'neg', 'pow', 'call'] as const;
export type GraphKind = (typeof KINDS)[number];
const CODE: Readonly<Record<GraphKind, number>> = {
  num: 0, var: 1, const: 2, add: 3, sub: 4, mul: 5, div: 6, neg: 7, pow: 8, call: 9,
};
/** Operation-table codes: an operator's kind code, a call's 16 + its function's number. */
const CALL_CODES = 16;

/**
 * The nodes are columns of typed arrays indexed by node number (a push onto five arrays of objects per
 * node, and an array of operands per node, were a third of the sweeps' time): the kind, up to two
 * operands (-1: none; a call of more arguments keeps them in `wideArgs`), and a payload: a number
 * node's index in `nums`, a variable's, constant's or call's name in `names`.
 */
export class Graph {
  private kinds: Uint8Array = new Uint8Array(INITIAL);
  private arities: Uint8Array = new Uint8Array(INITIAL);
  private firsts: Int32Array = new Int32Array(INITIAL);
  private seconds: Int32Array = new Int32Array(INITIAL);
  private payloads: Int32Array = new Int32Array(INITIAL);
  /** A variable's position in the variable list (-1 for one not listed, and for other kinds). */
  private positions: Int32Array = new Int32Array(INITIAL);
  private count = 0;
  private readonly nums: Num[] = [];
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly wideArgs = new Map<number, readonly number[]>();
  /** The node of each number key (`q2`, `f0.5`) and of each number object met (templates replay the same objects). */
  private readonly numbering = new Map<string, number>();
  private readonly numbers = new Map<Num, number>();
  /** Number nodes by value: exact safe integers, and floats (-0 with 0 and NaN with NaN, as their keys `f0`, `fNaN` do). */
  private readonly integers = new Map<number, number>();
  private readonly floats = new Map<number, number>();
  private readonly constants = new Map<string, number>();
  private readonly operations = new OperationTable();
  /** The number node (or, where it would not be finite, the operation) of each pair of numbers folded. */
  private readonly folds = new OperationTable();
  private readonly variables = new Map<string, number>();

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

  /** The node of a number node's value (equal values, one node; `2` and `2.0` stay apart). */
  num(n: Num): number {
    let id = this.numbers.get(n);
    if (id === undefined) {
      // Different objects may hold the same number: the same node for them too. A parsed tree's
      // literals are all different objects: integers and floats are looked up by value, no key string.
      const byValue = n.exact === null ? this.floats : n.exact.den === 1n && Number.isSafeInteger(n.value) ? this.integers : undefined;
      const key = byValue === undefined ? numberKey(n) : n.value;
      id = byValue === undefined ? this.numbering.get(key as string) : byValue.get(key as number);
      if (id === undefined) {
        id = this.push(CODE.num, -1, -1, this.nums.length, -1);
        this.nums.push(n);
        if (byValue === undefined) this.numbering.set(key as string, id);
        else byValue.set(key as number, id);
      }
      this.numbers.set(n, id);
    }
    return id;
  }

  /** A key naming a number node's value (`q2`, `q1/3`, `f0.5`), else undefined. */
  numberKey(id: number): string | undefined {
    const n = this.numberAt(id);
    return n === undefined ? undefined : numberKey(n);
  }

  /** The variable `name`, at `position` in the variable list (-1: not listed, a constant for derivatives). */
  variable(name: string, position: number): number {
    let id = this.variables.get(name);
    if (id === undefined) this.variables.set(name, (id = this.push(CODE.var, -1, -1, this.named(name), position)));
    return id;
  }

  constant(name: ConstantName): number {
    let id = this.constants.get(name);
    if (id === undefined) this.constants.set(name, (id = this.push(CODE.const, -1, -1, this.named(name), -1)));
    return id;
  }

  /** An operation as written: nothing folded, only value-numbered. */
  operation(kind: OperatorKind, a: number, b = -1): number {
    const code = CODE[kind];
    let id = this.operations.get(code, a, b);
    if (id < 0) {
      id = this.push(code, a, b, -1, -1);
      this.operations.set(code, a, b, id);
    }
    return id;
  }

  callOf(fn: FunctionName, args: readonly number[]): number {
    const name = this.named(fn);
    if (args.length > 2) {
      const key = `${fn} ${args.join(' ')}`;
      let id = this.numbering.get(key);
      if (id === undefined) {
        this.numbering.set(key, (id = this.push(CODE.call, args[0] as number, args[1] as number, name, -1, args.length)));
        this.wideArgs.set(id, [...args]);
      }
      return id;
    }
    const [a = -1, b = -1] = args;
    let id = this.operations.get(CALL_CODES + name, a, b);
    if (id < 0) {
      id = this.push(CODE.call, a, b, name, -1, args.length);
      this.operations.set(CALL_CODES + name, a, b, id);
    }
    return id;
  }

  /** The number of a number node, else undefined. */
  numberAt(id: number): Num | undefined {
    return this.kinds[id] === CODE.num ? this.nums[this.payloads[id] as number] : undefined;
  }

  /** The graph of a validated tree, as written; `variable` gives a variable's node by name. */
  fromTree(root: Expr, variable: (name: string) => number, memo: Map<Expr, number> = new Map()): number {
    // The memo fills only after the walk: with nothing in it yet, there is nothing to skip (no lookup per edge).
    const skip = memo.size > 0 ? (n: Expr) => memo.has(n) : undefined;
    for (const e of postorder(root, skip)) memo.set(e, this.nodeOf(e, memo, variable));
    return memo.get(root) as number;
  }

  private nodeOf(e: Expr, memo: Map<Expr, number>, variable: (name: string) => number): number {
    switch (e.kind) {
      case 'num': return this.num(e);
      case 'var': return variable(e.name);
      case 'const': return this.constant(e.name);
      case 'call': return this.callOf(e.fn, e.args.map((k) => memo.get(k) as number));
      case 'add':
      case 'mul': { // n-ary, folded from the left as `evaluate` folds it
        let id = memo.get(e.args[0] as Expr) as number;
        for (let i = 1; i < e.args.length; i++) id = this.operation(e.kind, id, memo.get(e.args[i] as Expr) as number);
        return id;
      }
      case 'neg': return this.operation(e.kind, memo.get(e.args[0]) as number);
      case 'sub':
      case 'div':
      case 'pow': return this.operation(e.kind, memo.get(e.args[0]) as number, memo.get(e.args[1]) as number);
      default: return assertNever(e);
    }
  }

  // ---- smart constructors: ast/smart.ts's identities, over node numbers ----

  add(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && isExactZero(x)) return b;
    if (y && isExactZero(y)) return a;
    if (x && y) return this.fold('add', a, b, () => addNums(x, y));
    if (this.kinds[b] === CODE.neg) return this.sub(a, this.arg(b, 0));
    return this.operation('add', a, b);
  }

  sub(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (y && isExactZero(y)) return a;
    if (x && isExactZero(x)) return this.neg(b);
    if (x && y) return this.fold('sub', a, b, () => addNums(x, negNum(y)));
    if (this.kinds[b] === CODE.neg) return this.add(a, this.arg(b, 0));
    return this.operation('sub', a, b);
  }

  neg(a: number): number {
    const x = this.numberAt(a);
    if (x) return this.fold('neg', a, a, () => negNum(x));
    if (this.kinds[a] === CODE.neg) return this.arg(a, 0);
    // -(c·u) = (-c)·u exactly: IEEE rounding is symmetric.
    const c = this.coefficient(a);
    if (c) return this.mul(this.neg(this.arg(a, 0)), this.arg(a, 1));
    return this.operation('neg', a);
  }

  mul(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('mul', a, b, () => mulNums(x, y));
    if ((x && isZeroNum(x)) || (y && isZeroNum(y))) return this.num(zero);
    if (x && isOneNum(x)) return b;
    if (y && isOneNum(y)) return a;
    if (x && isMinusOneNum(x)) return this.neg(b);
    if (y && isMinusOneNum(y)) return this.neg(a);
    if (this.kinds[a] === CODE.neg) return this.neg(this.mul(this.arg(a, 0), b));
    if (this.kinds[b] === CODE.neg) return this.neg(this.mul(a, this.arg(b, 0)));
    return this.product(a, b);
  }

  div(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('div', a, b, () => divNums(x, y));
    if (y && isOneNum(y)) return a;
    if (x && isExactZero(x)) return this.num(zero);
    if (this.kinds[a] === CODE.neg) return this.neg(this.div(this.arg(a, 0), b));
    return this.operation('div', a, b);
  }

  pow(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('pow', a, b, () => powNums(x, y));
    if (y && isOneNum(y)) return a;
    if (y && isExactZero(y)) return this.num(one);
    if (x && isOneNum(x)) return this.num(one);
    return this.operation('pow', a, b);
  }

  /** A call, folded to an exact value where the table knows one (`cos(0) = 1`). */
  call(fn: FunctionName, args: readonly number[]): number {
    const only = args.length === 1 ? this.numberAt(args[0] as number) : undefined;
    const exact = FUNCTIONS[fn].exact;
    const q = only?.exact && exact ? exact(only.exact) : undefined;
    return q === undefined ? this.callOf(fn, args) : this.num(exactNum(q));
  }

  // ---- numeric coefficients: a product with a number is `c·u`, the number first ----

  /** c in c·u, else undefined. */
  private coefficient(id: number): Num | undefined {
    return this.kinds[id] === CODE.mul ? this.numberAt(this.firsts[id] as number) : undefined;
  }

  /** a·b with neither a number 0, ±1 nor a negation: numbers gathered in front, (c·u)·(d·v) = (cd)·(u·v). */
  private product(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (y) return this.mul(b, a);
    const c = this.coefficient(a);
    const d = this.coefficient(b);
    if (x && d) {
      const cd = this.fold('mul', a, this.arg(b, 0), () => mulNums(x, d));
      // Not folded when the product is not finite.
      if (this.numberAt(cd)) return this.mul(cd, this.arg(b, 1));
    }
    if (x) return this.operation('mul', a, b);
    if (c) return this.mul(this.arg(a, 0), this.mul(this.arg(a, 1), b));
    if (d) return this.mul(this.arg(b, 0), this.mul(a, this.arg(b, 1)));
    return this.operation('mul', a, b);
  }

  /** kind(a, b) of two numbers: the folded number `n` (computed once per pair), else the operation. */
  private fold(kind: OperatorKind, a: number, b: number, f: () => Num | undefined): number {
    let id = this.folds.get(CODE[kind], a, b);
    if (id < 0) {
      const n = f();
      id = n !== undefined ? this.num(n) : kind === 'neg' ? this.operation(kind, a) : this.operation(kind, a, b);
      this.folds.set(CODE[kind], a, b, id);
    }
    return id;
  }

  private named(name: string): number {
    let k = this.nameIndex.get(name);
    if (k === undefined) {
      this.nameIndex.set(name, (k = this.names.length));
      this.names.push(name);
    }
    return k;
  }

  private push(code: number, a: number, b: number, payload: number, position: number, arity = b >= 0 ? 2 : a >= 0 ? 1 : 0): number {
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

const INITIAL = 1 << 10;

/** A key naming a number: its exact value (`q2`, `q1/3`) or its float value (`f0.5`). */
function numberKey(n: Num): string {
  if (n.exact === null) return `f${n.value}`;
  // Most are integers that doubles hold exactly: no BigInt printing for them.
  return n.exact.den === 1n && Number.isSafeInteger(n.value) ? `q${n.value}` : `q${n.exact.num}/${n.exact.den}`;
}
