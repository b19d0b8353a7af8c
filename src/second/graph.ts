// The second sweep's working form: a value-numbered graph of numbered nodes, children always numbered
// before their parents (so ascending numbers are a topological order). One node per distinct
// operation, looked up by its operands' numbers instead of walking or hashing trees, and columns of
// typed arrays instead of node objects (graph-nodes.ts): the Rosenbrock Hessian of 1,000 variables
// builds ~29,000 nodes, and as trees (Expr with BigInt numbers, Maps keyed by node) they took most of
// compileHessian's time.
//
// Two ways to add a node: `operation` exactly as written (the function's own value, as `evaluate`
// computes it), and the smart constructors below (add, mul, …), which fold numbers and the 0/1
// identities exactly as ast/smart.ts does for D, for the derivatives. `mul` also gathers numeric
// factors into one leading coefficient (100·(2·u)·2 is 400·u): exact for exact numbers; for floats a
// reassociation, which can change a product's rounding (the compiled Hessian is checked against a
// hand-written one to 1e-12) and, at the edge of overflow, whether an intermediate product overflows.

import { assertNever, type ConstantName, type Num } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { OperatorKind } from '../ast/operators.js';
import {
  addNums, divNums, exactNum, isExactZero, isMinusOneNum, isOneNum, isZeroNum, mulNums, negNum, powNums,
} from '../ast/numbers.js';
import { one, zero } from '../ast/smart.js';
import { CALL_CODES, CODE, GraphNodes, numberKey } from './graph-nodes.js';
import { OperationTable } from './operation-table.js';

export type { GraphKind } from './graph-nodes.js';

export class Graph extends GraphNodes {
  /** The node of each number key (`q2`, `q1/3`), and of each number object met that is not looked up by value. */
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

  /** The node of a number node's value (equal values, one node; `2` and `2.0` stay apart). */
  num(n: Num): number {
    // Integers that doubles hold exactly and floats are looked up by value, no key string: a parsed
    // tree's literals are all different objects, and a map by object would only grow.
    if (n.exact === null) return this.byValue(this.floats, n);
    if (n.exact.den === 1n && Number.isSafeInteger(n.value)) return this.byValue(this.integers, n);
    // Other numbers by object first (templates replay the same objects), then by key.
    let id = this.numbers.get(n);
    if (id === undefined) {
      const key = numberKey(n);
      id = this.numbering.get(key);
      if (id === undefined) this.numbering.set(key, (id = this.pushNumber(n)));
      this.numbers.set(n, id);
    }
    return id;
  }

  private byValue(nodes: Map<number, number>, n: Num): number {
    let id = nodes.get(n.value);
    if (id === undefined) nodes.set(n.value, (id = this.pushNumber(n)));
    return id;
  }

  private pushNumber(n: Num): number {
    const id = this.push(CODE.num, -1, -1, this.nums.length, -1);
    this.nums.push(n);
    return id;
  }

  /** The variable `name`, at `position` in the variable list (-1: not listed, a constant for derivatives). */
  variable(name: string, position: number): number {
    let id = this.variables.get(name);
    if (id === undefined) this.variables.set(name, (id = this.push(CODE.var, -1, -1, this.named(name), position)));
    return id;
  }

  /**
   * Puts the variable `name`, if the graph has it, at `position` in the variable list: for a caller
   * that reads the tree before its list of variables is known (the default list is the tree's own).
   */
  place(name: string, position: number): void {
    const id = this.variables.get(name);
    if (id !== undefined) this.setPosition(id, position);
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

  // ---- smart constructors: ast/smart.ts's identities, over node numbers ----

  add(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && isExactZero(x)) return b;
    if (y && isExactZero(y)) return a;
    if (x && y) return this.fold('add', a, b);
    if (this.kindCode(b) === CODE.neg) return this.sub(a, this.arg(b, 0));
    return this.operation('add', a, b);
  }

  sub(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (y && isExactZero(y)) return a;
    if (x && isExactZero(x)) return this.neg(b);
    if (x && y) return this.fold('sub', a, b);
    if (this.kindCode(b) === CODE.neg) return this.add(a, this.arg(b, 0));
    return this.operation('sub', a, b);
  }

  neg(a: number): number {
    const x = this.numberAt(a);
    if (x) return this.fold('neg', a, a);
    if (this.kindCode(a) === CODE.neg) return this.arg(a, 0);
    // -(c·u) = (-c)·u exactly: IEEE rounding is symmetric.
    const c = this.coefficient(a);
    if (c) return this.mul(this.neg(this.arg(a, 0)), this.arg(a, 1));
    return this.operation('neg', a);
  }

  mul(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('mul', a, b);
    if ((x && isZeroNum(x)) || (y && isZeroNum(y))) return this.num(zero);
    if (x && isOneNum(x)) return b;
    if (y && isOneNum(y)) return a;
    if (x && isMinusOneNum(x)) return this.neg(b);
    if (y && isMinusOneNum(y)) return this.neg(a);
    if (this.kindCode(a) === CODE.neg) return this.neg(this.mul(this.arg(a, 0), b));
    if (this.kindCode(b) === CODE.neg) return this.neg(this.mul(a, this.arg(b, 0)));
    return this.product(a, b);
  }

  div(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('div', a, b);
    if (y && isOneNum(y)) return a;
    if (x && isExactZero(x)) return this.num(zero);
    if (this.kindCode(a) === CODE.neg) return this.neg(this.div(this.arg(a, 0), b));
    return this.operation('div', a, b);
  }

  pow(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (x && y) return this.fold('pow', a, b);
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
    return this.kindCode(id) === CODE.mul ? this.numberAt(this.arg(id, 0)) : undefined;
  }

  /** a·b with neither a number 0, ±1 nor a negation: numbers gathered in front, (c·u)·(d·v) = (cd)·(u·v). */
  private product(a: number, b: number): number {
    const x = this.numberAt(a);
    const y = this.numberAt(b);
    if (y) return this.mul(b, a);
    const c = this.coefficient(a);
    const d = this.coefficient(b);
    if (x && d) {
      const cd = this.fold('mul', a, this.arg(b, 0));
      // Not folded when the product is not finite.
      if (this.numberAt(cd)) return this.mul(cd, this.arg(b, 1));
    }
    if (x) return this.operation('mul', a, b);
    if (c) return this.mul(this.arg(a, 0), this.mul(this.arg(a, 1), b));
    if (d) return this.mul(this.arg(b, 0), this.mul(a, this.arg(b, 1)));
    return this.operation('mul', a, b);
  }

  /**
   * kind(a, b) of two number nodes: the folded number (computed once per pair), else the operation.
   * The arithmetic is looked up by kind, not passed in as a closure: a closure over the operands made
   * every smart constructor allocate a context on each call.
   */
  private fold(kind: OperatorKind, a: number, b: number): number {
    let id = this.folds.get(CODE[kind], a, b);
    if (id < 0) {
      const n = folded(kind, this.numberAt(a) as Num, this.numberAt(b) as Num);
      id = n !== undefined ? this.num(n) : kind === 'neg' ? this.operation(kind, a) : this.operation(kind, a, b);
      this.folds.set(CODE[kind], a, b, id);
    }
    return id;
  }

}

/** kind(x, y) as ast/numbers.ts computes it (exact where both are; neg reads x only), undefined where not finite. */
function folded(kind: OperatorKind, x: Num, y: Num): Num | undefined {
  switch (kind) {
    case 'add': return addNums(x, y);
    case 'sub': return addNums(x, negNum(y));
    case 'mul': return mulNums(x, y);
    case 'div': return divNums(x, y);
    case 'pow': return powNums(x, y);
    case 'neg': return negNum(x);
    default: return assertNever(kind);
  }
}
