// The builders: exact constructors exported from the package root, so a tree can be written in code
// without the parser (`mul(num(1), x)` stays `1*x`). They validate what they are given.

import { InvalidArgumentError } from '../errors.js';
import { CONSTANT_NAMES, isConstantName } from './constants.js';
import {
  addNode, callNode, constNode, divNode, mulNode, negNode, powNode, subNode, varNode,
  type Call, type Const, type ConstantName, type Expr, type Num, type Var,
} from './expr.js';
import { FUNCTIONS } from './functions.js';
import { isFunctionName, type FunctionName } from './function-names.js';
import { checkVariableName, describe } from './names.js';
import { exactNum, floatNum } from './numbers.js';
import { rational } from './rational.js';
import { isExpr } from './validate.js';

/** What builders accept as an operand: a tree, or a JS number (made with `num`). */
export type ExprLike = Expr | number;

/**
 * A number: finite and non-negative (negate with `neg`). A safe integer or a bigint is exact; any
 * other number, or any number with `{ float: true }`, is a float (what `2.0` parses to).
 */
export function num(value: number | bigint, options: { float?: boolean } = {}): Num {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new InvalidArgumentError(`num: a number must be non-negative (use neg), got ${value}n`);
    return options.float ? floatNum(checkFinite(Number(value))) : exactNum(rational(value));
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(`num: a number must be finite, got ${describe(value)}`);
  }
  if (value < 0) throw new InvalidArgumentError(`num: a number must be non-negative (use neg), got ${value}`);
  return Number.isSafeInteger(value) && !options.float ? exactNum(rational(BigInt(value))) : floatNum(value);
}

function checkFinite(value: number): number {
  if (!Number.isFinite(value)) throw new InvalidArgumentError(`num: a number must be finite, got ${value}`);
  return value;
}

/** A variable: an identifier that is not a function name, `pi` or `e`. */
export function variable(name: string): Var {
  return varNode(checkVariableName(name));
}

export function constant(name: ConstantName): Const {
  if (!isConstantName(name)) throw new InvalidArgumentError(`constant: one of ${CONSTANT_NAMES.map((c) => `'${c}'`).join(', ')}, got ${describe(name)}`);
  return constNode(name);
}
export const PI: Const = constNode('pi');
export const E: Const = constNode('e');

function operand(x: unknown, builder: string): Expr {
  if (typeof x === 'number') return num(x);
  if (isExpr(x)) return x;
  throw new InvalidArgumentError(`${builder}: an operand must be an expression or a number, got ${describe(x)}`);
}

/** a + b (+ c …, grouped from the left as the parser groups them). */
export function add(a: ExprLike, b: ExprLike, ...rest: ExprLike[]): Expr {
  return [b, ...rest].reduce<Expr>((sum, x) => addNode([sum, operand(x, 'add')]), operand(a, 'add'));
}
export function sub(a: ExprLike, b: ExprLike): Expr {
  return subNode(operand(a, 'sub'), operand(b, 'sub'));
}
/** a * b (* c …, grouped from the left as the parser groups them). */
export function mul(a: ExprLike, b: ExprLike, ...rest: ExprLike[]): Expr {
  return [b, ...rest].reduce<Expr>((product, x) => mulNode([product, operand(x, 'mul')]), operand(a, 'mul'));
}
export function div(a: ExprLike, b: ExprLike): Expr {
  return divNode(operand(a, 'div'), operand(b, 'div'));
}
export function neg(a: ExprLike): Expr {
  return negNode(operand(a, 'neg'));
}
export function pow(base: ExprLike, exponent: ExprLike): Expr {
  return powNode(operand(base, 'pow'), operand(exponent, 'pow'));
}

/** A call of a function of the table by name, with its number of arguments checked. */
export function call(fn: FunctionName, ...args: ExprLike[]): Call {
  if (typeof fn !== 'string' || !isFunctionName(fn)) throw new InvalidArgumentError(`call: unknown function ${describe(fn)}`);
  const { arities } = FUNCTIONS[fn];
  if (!arities.includes(args.length)) {
    throw new InvalidArgumentError(`call: '${fn}' takes ${arities.join(' or ')} argument${arities.length === 1 && arities[0] === 1 ? '' : 's'}, got ${args.length}`);
  }
  const operands = args.map((x) => operand(x, fn));
  const refusal = FUNCTIONS[fn].checkArguments?.(operands);
  if (refusal !== undefined) throw new InvalidArgumentError(`call: ${refusal}`);
  return callNode(fn, operands);
}

// Like Math.sin, the shorthands use their operands and ignore extra arguments, so that they can be
// passed as callbacks (`xs.map(sin)`, which also passes an index and the array); the types forbid
// extras, and `call('sin', x, y)` checks the count.
const unaryBuilder = (fn: FunctionName) => (u: ExprLike): Call => call(fn, u);
export const sin = unaryBuilder('sin');
export const cos = unaryBuilder('cos');
export const tan = unaryBuilder('tan');
export const sec = unaryBuilder('sec');
export const csc = unaryBuilder('csc');
export const cot = unaryBuilder('cot');
export const asin = unaryBuilder('asin');
export const acos = unaryBuilder('acos');
export const atan = unaryBuilder('atan');
export const sinh = unaryBuilder('sinh');
export const cosh = unaryBuilder('cosh');
export const tanh = unaryBuilder('tanh');
export const asinh = unaryBuilder('asinh');
export const acosh = unaryBuilder('acosh');
export const atanh = unaryBuilder('atanh');
export const exp = unaryBuilder('exp');
export const sqrt = unaryBuilder('sqrt');
export const abs = unaryBuilder('abs');
export const sign = unaryBuilder('sign');
export const sigmoid = unaryBuilder('sigmoid');
export const sech = unaryBuilder('sech');
export const csch = unaryBuilder('csch');
export const coth = unaryBuilder('coth');
export const asec = unaryBuilder('asec');
export const acsc = unaryBuilder('acsc');
export const acot = unaryBuilder('acot');
export const asech = unaryBuilder('asech');
export const acsch = unaryBuilder('acsch');
export const acoth = unaryBuilder('acoth');
export const erf = unaryBuilder('erf');
export const erfc = unaryBuilder('erfc');
export const erfi = unaryBuilder('erfi');
export const Ei = unaryBuilder('Ei');
export const li = unaryBuilder('li');
export const Si = unaryBuilder('Si');
export const Ci = unaryBuilder('Ci');
export const Shi = unaryBuilder('Shi');
export const Chi = unaryBuilder('Chi');
export const fresnels = unaryBuilder('fresnels');
export const fresnelc = unaryBuilder('fresnelc');
export const gamma = unaryBuilder('gamma');
export const digamma = unaryBuilder('digamma');
/** ψ⁽ⁿ⁾(u), the n-th derivative of digamma; n a non-negative integer (a number, or an exact integer `num`). */
export const polygamma = (n: ExprLike, u: ExprLike): Call => call('polygamma', n, u);
/** γ(s, u) = ∫₀ᵘ t^{s-1} e^{-t} dt, the lower incomplete gamma function. */
export const lowergamma = (s: ExprLike, u: ExprLike): Call => call('lowergamma', s, u);
/** Γ(s, u) = ∫ᵤ^∞ t^{s-1} e^{-t} dt, the upper incomplete gamma function. */
export const uppergamma = (s: ExprLike, u: ExprLike): Call => call('uppergamma', s, u);
/** Li_n(u), the polylogarithm; n a non-negative integer (a number, or an exact integer `num`). */
export const polylog = (n: ExprLike, u: ExprLike): Call => call('polylog', n, u);
/** K(m), the complete elliptic integral of the first kind, parameter m = k². */
export const ellipticK = unaryBuilder('elliptic_k');
/** E(m), or E(φ|m) with two arguments: the elliptic integral of the second kind, complete or incomplete. */
export const ellipticE = (a: ExprLike, m?: ExprLike): Call => (m === undefined ? call('elliptic_e', a) : call('elliptic_e', a, m));
/** F(φ|m), the incomplete elliptic integral of the first kind. */
export const ellipticF = (phi: ExprLike, m: ExprLike): Call => call('elliptic_f', phi, m);
/** log(u) is the natural logarithm; log(u, b) the logarithm to base b. */
export const log = (u: ExprLike, base?: ExprLike): Call => (base === undefined ? call('log', u) : call('log', u, base));
