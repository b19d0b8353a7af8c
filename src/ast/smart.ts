// Smart constructors: like the exact ones, but they fold numbers and the 0/1 identities as they build
// (SICP's make-sum and make-product), the first defence against the swell of derivatives. D and the
// derivative column of the function table build with these; the simplifier goes further.
//
// Each identity holds wherever the expression is finite: `0*u` is 0 unless u is infinite or NaN.

import {
  addNode, callNode, divNode, mulNode, negNode, powNode, subNode, type Expr,
} from './expr.js';
import type { FunctionName } from './function-names.js';
import { FUNCTIONS } from './functions.js';
import {
  addNums, divNums, exactNum, floatNum, int, isExactZero, isMinusOneNum, isNum, isOneNum, isZeroNum, mulNums, negNum, powNums,
} from './numbers.js';
import * as Q from './rational.js';

export type Operand = Expr | number;

/** A JS number as a node: integers exact, anything else a float. */
export function toExpr(x: Operand): Expr {
  if (typeof x !== 'number') return x;
  return Number.isSafeInteger(x) ? exactNum(Q.rational(BigInt(x))) : floatNum(x);
}

export const zero = int(0);
export const one = int(1);
export const two = int(2);

export function add(x: Operand, y: Operand): Expr {
  const a = toExpr(x);
  const b = toExpr(y);
  if (isExactZero(a)) return b;
  if (isExactZero(b)) return a;
  if (isNum(a) && isNum(b)) return addNums(a, b) ?? addNode([a, b]);
  if (b.kind === 'neg') return sub(a, b.args[0]);
  return addNode([a, b]);
}

export function sub(x: Operand, y: Operand): Expr {
  const a = toExpr(x);
  const b = toExpr(y);
  if (isExactZero(b)) return a;
  if (isExactZero(a)) return neg(b);
  if (isNum(a) && isNum(b)) return addNums(a, negNum(b)) ?? subNode(a, b);
  if (b.kind === 'neg') return add(a, b.args[0]);
  return subNode(a, b);
}

export function neg(x: Operand): Expr {
  const a = toExpr(x);
  if (a.kind === 'num') return negNum(a);
  if (a.kind === 'neg') return a.args[0];
  return negNode(a);
}

export function mul(x: Operand, y: Operand): Expr {
  const a = toExpr(x);
  const b = toExpr(y);
  if (isNum(a) && isNum(b)) return mulNums(a, b) ?? mulNode([a, b]);
  if (isZeroNum(a) || isZeroNum(b)) return zero;
  if (isOneNum(a)) return b;
  if (isOneNum(b)) return a;
  if (isMinusOneNum(a)) return neg(b);
  if (isMinusOneNum(b)) return neg(a);
  if (a.kind === 'neg') return neg(mul(a.args[0], b));
  if (b.kind === 'neg') return neg(mul(a, b.args[0]));
  return mulNode([a, b]);
}

export function div(x: Operand, y: Operand): Expr {
  const a = toExpr(x);
  const b = toExpr(y);
  if (isNum(a) && isNum(b)) return divNums(a, b) ?? divNode(a, b);
  if (isOneNum(b)) return a;
  if (isExactZero(a)) return zero;
  if (a.kind === 'neg') return neg(div(a.args[0], b));
  return divNode(a, b);
}

export function pow(x: Operand, y: Operand): Expr {
  const a = toExpr(x);
  const b = toExpr(y);
  if (isNum(a) && isNum(b)) return powNums(a, b) ?? powNode(a, b);
  if (isOneNum(b)) return a;
  if (isExactZero(b)) return one;
  if (isOneNum(a)) return one;
  return powNode(a, b);
}

/** A call, folded to an exact value where the table knows one (`cos(0) = 1`). */
export function call(fn: FunctionName, ...args: Operand[]): Expr {
  const operands = args.map(toExpr);
  const [only] = operands;
  const exactValue = FUNCTIONS[fn].exact;
  if (operands.length === 1 && only?.kind === 'num' && only.exact && exactValue) {
    const q = exactValue(only.exact);
    if (q !== undefined) return exactNum(q);
  }
  return callNode(fn, operands);
}

/** u^2, the most common power in derivatives. */
export const square = (u: Operand): Expr => pow(u, two);

/** √u, the other common node in derivatives. */
export const sqrt = (u: Operand): Expr => call('sqrt', u);
