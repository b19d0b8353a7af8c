// Rules on powers, base^exponent, in the order they are tried: the folds of the exponents 0 and 1
// and of numbers first, then the identities. Each holds on the reals wherever the input is finite.

import { powNode, type Expr, type Num } from '../../ast/expr.js';
import { isExact, isExactZero, isMinusOneNum, isOneNum, powNums } from '../../ast/numbers.js';
import * as Q from '../../ast/rational.js';
import { MAX_DISTRIBUTED_POWER } from '../limits.js';
import { squareContent, squareOut } from '../numeric-radicals.js';
import { denestedRoot } from '../denest.js';
import { withPositiveLeadingTerm } from '../product.js';
import type { Rule, RuleTable } from './rule.js';
import { callArgument, isE, isEvenInteger, isInteger, isOddOrFraction, splitLog } from './selectors.js';

export type PowerOperands = readonly [base: Expr, exponent: Expr];

/** q^x where it is rational (q > 0): the den(x)-th root of q exact, raised to num(x); else undefined. */
function rationalPower(q: Q.Rational, x: Q.Rational): Q.Rational | undefined {
  const root = Q.rootExact(q, x.den);
  const power = root && Q.powInteger(root, x.num < 0n ? -x.num : x.num);
  return power && (x.num < 0n ? Q.inverse(power) : power);
}

const isPositiveNumber = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && e.exact.num > 0n;

const isSmallInteger = (e: Expr): boolean =>
  isInteger(e) && e.kind === 'num' && Math.abs(e.value) <= MAX_DISTRIBUTED_POWER;

const rows: readonly Rule<PowerOperands>[] = [
  { name: 'zero-exponent', formula: 'u^0 = 1', guard: 'as in JavaScript, even for 0^0',
    // u^0.0 = 1.0, a float as its exponent is: Math.pow(u, 0) is 1 for every u.
    rewrite: ([, x], c) => (isExactZero(x) ? c.one : x.kind === 'num' && x.value === 0 ? c.float(1) : undefined),
    examples: { fires: ['x^0', '1'], not: ['x^y', 'x^y'] } },
  // u^2.0 is u^2: the evaluator's Math.pow is the same function of a whole exponent, float or exact, and
  // powers of one base then meet (x^-0.5·x^-0.5 is x^-1.0, which printed as 1/x^1.0).
  { name: 'whole-float-exponent', formula: 'u^f = u^n for a float f equal to the integer n',
    rewrite: ([b, x], c) => (x.kind === 'num' && x.exact === null && Number.isSafeInteger(x.value) ? c.power(b, c.num(Q.rational(BigInt(x.value)))) : undefined),
    examples: { fires: ['x^2.0', 'x^2'], not: ['x^2.5', 'x^2.5'] } },
  { name: 'unit-exponent', formula: 'u^1 = u',
    rewrite: ([b, x]) => (isOneNum(x) ? b : undefined),
    examples: { fires: ['x^1', 'x'], not: ['x^2', 'x^2'] } },
  { name: 'number-power', formula: 'p^q folded, exactly where p and q are exact', guard: 'the result is rational (2^(1/2) stays)',
    rewrite: ([b, x], c) => {
      const folded = b.kind === 'num' && x.kind === 'num' ? powNums(b, x) : undefined;
      return folded && c.numberLike(folded);
    },
    examples: { fires: ['4^(1/2)', '2'], not: ['2^(1/2)', 'sqrt(2)'] } },
  // e^u is how exp(u) is kept: a float exponent makes it a float, as a call of a float is, so that
  // exp(0.5) and e^0.5 are one number and simplify stays idempotent.
  { name: 'exp-of-float', formula: 'e^f = its value, for a float f', guard: 'the value is finite',
    rewrite: ([b, x], c) => {
      const value = isE(b) && x.kind === 'num' && x.exact === null ? Math.exp(x.value) : NaN;
      return Number.isFinite(value) ? c.float(value) : undefined;
    },
    examples: { fires: ['e^0.5', String(Math.exp(0.5))], not: ['e^(1/2)', 'sqrt(e)'] } },
  { name: 'square-out-of-root', formula: '√(k²·m) = k·√m, 1/√(k²·m) = 1/(k·√m)', guard: 'k, m positive integers (limits.ts bounds the factoring)',
    rewrite: ([b, x], c) => {
      if (b.kind !== 'num' || b.exact === null || b.exact.den !== 1n || x.kind !== 'num' || x.exact === null || x.exact.den !== 2n) return undefined;
      if (x.exact.num !== 1n && x.exact.num !== -1n) return undefined;
      const split = squareOut(b.exact.num);
      if (split === undefined || split[0] === 1n) return undefined;
      const [k, m] = split;
      return c.product([c.power(c.num(Q.rational(k)), c.num(Q.rational(x.exact.num))), c.power(c.num(Q.rational(m)), x)]);
    },
    examples: { fires: ['sqrt(12) - 2*sqrt(3) + 1/sqrt(8)', '1/(2*sqrt(2))'], not: ['sqrt(6) - 2*sqrt(3)', 'sqrt(6) - 2*sqrt(3)'] } },
  { name: 'square-content-out-of-root', formula: '(g·T)^(p/2) = g^(p/2)·T^(p/2) for a sum g·T whose rational content g > 0 is a square',
    guard: 'g = (a/b)², so g^(p/2) is rational: √(x²/4 + 1) = √(x² + 4)/2',
    rewrite: ([b, x], c) => {
      if (b.kind !== 'add' || x.kind !== 'num' || x.exact === null || x.exact.den !== 2n) return undefined;
      const g = squareContent(b.args);
      if (g === undefined) return undefined;
      return c.product([c.power(c.num(g), x), c.power(c.sum(b.args.map((t) => c.product([c.num(Q.inverse(g) as Q.Rational), t]))), x)]);
    },
    examples: { fires: ['1/sqrt(x^2/4 + 1)', '2/sqrt(x^2 + 4)'], not: ['sqrt(x^2/2 + 1)', 'sqrt(x^2/2 + 1)'] } },
  // Not for r < 0: (-4x)^(1/2) = 2·(-x)^(1/2) prints larger.
  { name: 'number-out-of-root', formula: '(r·T)^x = r^x·T^x', guard: 'r > 0 exact, r^x rational (√(9x) = 3√x, √(x²/4) = |x|/2); x exact, not an integer',
    rewrite: ([b, x], c) => {
      if (b.kind !== 'mul' || !isPositiveNumber(b.args[0] as Expr) || !isExact(x) || isInteger(x)) return undefined;
      const value = rationalPower((b.args[0] as Num & { exact: Q.Rational }).exact, x.exact);
      if (value === undefined || Q.isOne(value)) return undefined;
      return c.product([c.num(value), c.power(c.product(b.args.slice(1)), x)]);
    },
    examples: { fires: ['sqrt(9*x)/3', 'sqrt(x)'], not: ['sqrt(8*x)', 'sqrt(8*x)'] } },
  { name: 'denest-square-root', formula: '√(a + b√c) = √((a + d)/2) + sgn(b)·√((a - d)/2), d = √(a² - b²c)',
    guard: 'a, b rational, c an integer, d rational; kept only where smaller (√(2 + √3) stays)',
    rewrite: ([b, x], c) => denestedRoot(c, b, x),
    examples: { fires: ['sqrt(5 + 2*sqrt(6)) + 1/sqrt(3 + 2*sqrt(2))', 'sqrt(3) + 2*sqrt(2) - 1'], not: ['sqrt(2 + sqrt(3))', 'sqrt(sqrt(3) + 2)'] } },
  { name: 'zero-to-negative-power', formula: '0^-q = 1/0', guard: 'one spelling of +∞, so 1/0^2 and 1/0 do not differ',
    rewrite: ([b, x], c) => (b.kind === 'num' && b.value === 0 && x.kind === 'num' && x.value < 0 && !isMinusOneNum(x)
      ? c.power(b, c.minusOne) : undefined),
    examples: { fires: ['1/0^2', '1/0'], not: ['0^2', '0'] } },
  { name: 'sign-out-of-power', formula: '(-S)^n = (-1)^n·S^n', guard: 'S a sum whose leading term is negative, n an integer: one canonical base',
    rewrite: ([b, x], c) => {
      const flipped = withPositiveLeadingTerm(c, b, x);
      if (flipped === undefined) return undefined;
      const power = c.power(flipped.base, x);
      return flipped.odd ? c.negate(power) : power;
    },
    examples: { fires: ['(1 - x)^2 - (x - 1)^2', '0'], not: ['(1 - x)^y - (x - 1)^y', '(1 - x)^y - (x - 1)^y'] } },
  { name: 'one-to-any-power', formula: '1^u = 1',
    rewrite: ([b], c) => (isExact(b) && Q.isOne(b.exact) ? c.one : undefined),
    examples: { fires: ['1^x', '1'], not: ['2^x', '2^x'] } },
  // One base for a number's powers, so that 4^x and 2^(2x) meet (4^x/2^(2x) = 1, 9^x - 3^(2x) = 0);
  // pretty.ts prints the integer part of the exponent's coefficient back into the base (2^(2x) as 4^x).
  { name: 'perfect-power-base', formula: '(r^k)^u = r^(k·u), (1/q)^u = q^(-u)',
    guard: 'r^k > 0 exact, k the largest, u not a number (numbers fold above)',
    rewrite: ([b, x], c) => {
      if (b.kind !== 'num' || b.exact === null || b.exact.num <= 0n || x.kind === 'num') return undefined;
      const inverted = b.exact.num === 1n && b.exact.den !== 1n;
      const base = inverted ? { num: b.exact.den, den: 1n } : b.exact;
      const power = Q.perfectPower(base);
      if (power === undefined && !inverted) return undefined;
      const k = (power?.k ?? 1n) * (inverted ? -1n : 1n);
      return c.power(c.num(power?.root ?? base), c.product([c.num(Q.rational(k)), x]));
    },
    examples: { fires: ['4^x/2^(2*x) + (1/8)^x', '1/8^x + 1'], not: ['6^x', '6^x'] } },
  { name: 'power-of-power', formula: '(u^a)^b = u^(a·b)', guard: 'b an integer, a a number other than an even integer, or u a positive number',
    rewrite: ([b, x], c) => (b.kind === 'pow' && (isInteger(x) || isOddOrFraction(b.args[1]) || isPositiveNumber(b.args[0]))
      ? c.power(b.args[0], c.product([b.args[1], x])) : undefined),
    examples: { fires: ['(x^3)^(1/3)', 'x'], not: ['(x^2)^y', '(x^2)^y'] } },
  // After power-of-power, which takes the cases where u^(2k) may be opened as it is (an integer
  // exponent, a positive number).
  // Also a product of even powers, each factor so (sqrt(x^2*y^2) = |x|·|y|); not a product with any
  // other factor: sqrt(x^2*y) = |x|·sqrt(y) fails at x = 0, y < 0, where the left side is 0.
  { name: 'root-of-even-power', formula: '(u^(2k))^r = |u|^(2k·r), (u^(2k)·v^(2m))^r = |u|^(2k·r)·|v|^(2m·r)', guard: 'r an exact number, not an integer; u, v real',
    rewrite: ([b, x], c) => {
      if (!isExact(x) || isInteger(x)) return undefined;
      const evenPower = (f: Expr): f is Expr & { kind: 'pow' } => f.kind === 'pow' && isEvenInteger(f.args[1]);
      const root = (f: Expr & { kind: 'pow' }): Expr => c.power(c.call('abs', [f.args[0]]), c.product([f.args[1], x]));
      if (evenPower(b)) return root(b);
      // A product only where each power comes out whole (|x|·|y|, not |x|^(2/3)·|y|^(2/3), which prints larger).
      const whole = (f: Expr): boolean => evenPower(f) && f.args[1].kind === 'num' && isInteger(c.product([f.args[1], x]));
      return b.kind === 'mul' && b.args.every(whole) ? c.product(b.args.map((f) => root(f as Expr & { kind: 'pow' }))) : undefined;
    },
    examples: { fires: ['sqrt(x^4*y^2) + sqrt(x^2)', 'x^2*abs(y) + abs(x)'], not: ['sqrt(x^2*y)', 'sqrt(x^2*y)'] } },
  { name: 'power-of-product', formula: '(u·v)^n = u^n·v^n', guard: 'n a small integer (limits.ts): higher powers stay grouped, as their parts can overflow where the whole does not',
    rewrite: ([b, x], c) => (b.kind === 'mul' && isSmallInteger(x) ? c.product(b.args.map((f) => c.power(f, x))) : undefined),
    examples: { fires: ['(2*x)^2', '4*x^2'], not: ['(2*x)^y', '(2*x)^y'] } },
  { name: 'exp-of-log', formula: 'e^log(u) = u', guard: 'u > 0, which log(u) being finite implies',
    rewrite: ([b, x]) => (isE(b) ? callArgument(x, 'log') : undefined),
    examples: { fires: ['exp(log(x))', 'x'], not: ['exp(log(x) + 1)', 'exp(log(x) + 1)'] } },
  { name: 'exp-of-multiple-of-log', formula: 'e^(a·log(u)) = u^a', guard: 'u > 0, which log(u) being finite implies',
    rewrite: ([b, x], c) => {
      const found = isE(b) ? splitLog(x, c) : undefined;
      return found && c.power(found.u, found.rest);
    },
    examples: { fires: ['exp(2*log(x))', 'x^2'], not: ['exp(2*sin(x))', 'exp(2*sin(x))'] } },
  { name: 'even-power-of-abs', formula: '|u|^(2k) = u^(2k)',
    rewrite: ([b, x], c) => {
      const u = callArgument(b, 'abs');
      return u && isEvenInteger(x) ? c.power(u, x) : undefined;
    },
    examples: { fires: ['abs(x)^2', 'x^2'], not: ['abs(x)^3', 'abs(x)^3'] } },
];

export const POWER_RULES: RuleTable<PowerOperands> = {
  rows,
  node: ([base, exponent], c) => c.intern(powNode(base, exponent)),
};
