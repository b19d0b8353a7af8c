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

export type GraphKind = 'num' | 'var' | 'const' | OperatorKind | 'call';

export class Graph {
  readonly kind: GraphKind[] = [];
  readonly args: (readonly number[])[] = [];
  /** A number node's value (exact where the tree's was); undefined for other kinds. */
  readonly number: (Num | undefined)[] = [];
  /** A variable's position in the variable list (-1 for one not listed). */
  readonly position: number[] = [];
  /** A variable's, a constant's or a call's name; a number's key. */
  readonly name: (string | undefined)[] = [];
  private readonly numbering = new Map<string, number>();
  /** The node of each number object met (the templates replay the same objects again and again). */
  private readonly numbers = new Map<Num, number>();
  private readonly operations = new OperationTable();
  /** The number node (or, where it would not be finite, the operation) of each pair of numbers folded. */
  private readonly folds = new OperationTable();
  private readonly variables = new Map<string, number>();

  get size(): number {
    return this.kind.length;
  }

  /** The node of a number node's value (equal values, one node; `2` and `2.0` stay apart). */
  num(n: Num): number {
    let id = this.numbers.get(n);
    if (id === undefined) {
      // Different objects may hold the same number: the same node for them too.
      const key = numberKey(n);
      this.numbers.set(n, (id = this.numbered(key, () => this.push('num', [], n, -1, key))));
    }
    return id;
  }

  /** A key naming a number node's value (`q2`, `q1/3`, `f0.5`), else undefined. */
  numberKey(id: number): string | undefined {
    return this.kind[id] === 'num' ? this.name[id] : undefined;
  }

  /** The variable `name`, at `position` in the variable list (-1: not listed, a constant for derivatives). */
  variable(name: string, position: number): number {
    let id = this.variables.get(name);
    if (id === undefined) this.variables.set(name, (id = this.push('var', [], undefined, position, name)));
    return id;
  }

  constant(name: ConstantName): number {
    return this.numbered(`c${name}`, () => this.push('const', [], undefined, -1, name));
  }

  /** An operation as written: nothing folded, only value-numbered. */
  operation(kind: OperatorKind, a: number, b = -1): number {
    let id = this.operations.get(kind, a, b);
    if (id < 0) {
      id = this.push(kind, b < 0 ? [a] : [a, b], undefined, -1, undefined);
      this.operations.set(kind, a, b, id);
    }
    return id;
  }

  callOf(fn: FunctionName, args: readonly number[]): number {
    return this.numbered(`${fn} ${args.join(' ')}`, () => this.push('call', args, undefined, -1, fn));
  }

  /** The number of a number node, else undefined. */
  numberAt(id: number): Num | undefined {
    return this.number[id];
  }

  /** The graph of a validated tree, as written; `variable` gives a variable's node by name. */
  fromTree(root: Expr, variable: (name: string) => number, memo: Map<Expr, number> = new Map()): number {
    for (const e of postorder(root, (n) => memo.has(n))) memo.set(e, this.nodeOf(e, memo, variable));
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
    const [x, y] = [this.number[a], this.number[b]];
    if (x && isExactZero(x)) return b;
    if (y && isExactZero(y)) return a;
    if (x && y) return this.fold('add', a, b, () => addNums(x, y));
    if (this.kind[b] === 'neg') return this.sub(a, this.arg(b, 0));
    return this.operation('add', a, b);
  }

  sub(a: number, b: number): number {
    const [x, y] = [this.number[a], this.number[b]];
    if (y && isExactZero(y)) return a;
    if (x && isExactZero(x)) return this.neg(b);
    if (x && y) return this.fold('sub', a, b, () => addNums(x, negNum(y)));
    if (this.kind[b] === 'neg') return this.add(a, this.arg(b, 0));
    return this.operation('sub', a, b);
  }

  neg(a: number): number {
    const x = this.number[a];
    if (x) return this.fold('neg', a, a, () => negNum(x));
    if (this.kind[a] === 'neg') return this.arg(a, 0);
    // -(c·u) = (-c)·u exactly: IEEE rounding is symmetric.
    const c = this.coefficient(a);
    if (c) return this.mul(this.neg(this.arg(a, 0)), this.arg(a, 1));
    return this.operation('neg', a);
  }

  mul(a: number, b: number): number {
    const [x, y] = [this.number[a], this.number[b]];
    if (x && y) return this.fold('mul', a, b, () => mulNums(x, y));
    if ((x && isZeroNum(x)) || (y && isZeroNum(y))) return this.num(zero);
    if (x && isOneNum(x)) return b;
    if (y && isOneNum(y)) return a;
    if (x && isMinusOneNum(x)) return this.neg(b);
    if (y && isMinusOneNum(y)) return this.neg(a);
    if (this.kind[a] === 'neg') return this.neg(this.mul(this.arg(a, 0), b));
    if (this.kind[b] === 'neg') return this.neg(this.mul(a, this.arg(b, 0)));
    return this.product(a, b);
  }

  div(a: number, b: number): number {
    const [x, y] = [this.number[a], this.number[b]];
    if (x && y) return this.fold('div', a, b, () => divNums(x, y));
    if (y && isOneNum(y)) return a;
    if (x && isExactZero(x)) return this.num(zero);
    if (this.kind[a] === 'neg') return this.neg(this.div(this.arg(a, 0), b));
    return this.operation('div', a, b);
  }

  pow(a: number, b: number): number {
    const [x, y] = [this.number[a], this.number[b]];
    if (x && y) return this.fold('pow', a, b, () => powNums(x, y));
    if (y && isOneNum(y)) return a;
    if (y && isExactZero(y)) return this.num(one);
    if (x && isOneNum(x)) return this.num(one);
    return this.operation('pow', a, b);
  }

  /** A call, folded to an exact value where the table knows one (`cos(0) = 1`). */
  call(fn: FunctionName, args: readonly number[]): number {
    const only = args.length === 1 ? this.number[args[0] as number] : undefined;
    const exact = FUNCTIONS[fn].exact;
    const q = only?.exact && exact ? exact(only.exact) : undefined;
    return q === undefined ? this.callOf(fn, args) : this.num(exactNum(q));
  }

  // ---- numeric coefficients: a product with a number is `c·u`, the number first ----

  /** c in c·u, else undefined. */
  private coefficient(id: number): Num | undefined {
    return this.kind[id] === 'mul' ? this.number[this.arg(id, 0)] : undefined;
  }

  /** a·b with neither a number 0, ±1 nor a negation: numbers gathered in front, (c·u)·(d·v) = (cd)·(u·v). */
  private product(a: number, b: number): number {
    const [x, y] = [this.number[a], this.number[b]];
    if (y) return this.mul(b, a);
    const [c, d] = [this.coefficient(a), this.coefficient(b)];
    if (x && d) {
      const cd = this.fold('mul', a, this.arg(b, 0), () => mulNums(x, d));
      // Not folded when the product is not finite.
      if (this.number[cd]) return this.mul(cd, this.arg(b, 1));
    }
    if (x) return this.operation('mul', a, b);
    if (c) return this.mul(this.arg(a, 0), this.mul(this.arg(a, 1), b));
    if (d) return this.mul(this.arg(b, 0), this.mul(a, this.arg(b, 1)));
    return this.operation('mul', a, b);
  }

  /** kind(a, b) of two numbers: the folded number `n` (computed once per pair), else the operation. */
  private fold(kind: OperatorKind, a: number, b: number, f: () => Num | undefined): number {
    let id = this.folds.get(kind, a, b);
    if (id < 0) {
      const n = f();
      id = n !== undefined ? this.num(n) : kind === 'neg' ? this.operation(kind, a) : this.operation(kind, a, b);
      this.folds.set(kind, a, b, id);
    }
    return id;
  }

  private arg(id: number, i: number): number {
    return (this.args[id] as readonly number[])[i] as number;
  }

  private numbered(key: string, make: () => number): number {
    let id = this.numbering.get(key);
    if (id === undefined) this.numbering.set(key, (id = make()));
    return id;
  }

  private push(kind: GraphKind, args: readonly number[], n: Num | undefined, position: number,
    name: string | undefined): number {
    this.kind.push(kind);
    this.args.push(args);
    this.number.push(n);
    this.position.push(position);
    this.name.push(name);
    return this.kind.length - 1;
  }
}

/** A key naming a number: its exact value (`q2`, `q1/3`) or its float value (`f0.5`). */
function numberKey(n: Num): string {
  if (n.exact === null) return `f${n.value}`;
  // Most are integers that doubles hold exactly: no BigInt printing for them.
  return n.exact.den === 1n && Number.isSafeInteger(n.value) ? `q${n.value}` : `q${n.exact.num}/${n.exact.den}`;
}
