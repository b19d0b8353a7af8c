// Rules on calls, f(args), in the order they are tried: values the function table knows exactly and
// calls of floats folded first, then the canonical spellings, then the identities.

import { callNode, type Expr } from '../../ast/expr.js';
import { FUNCTIONS } from '../../ast/functions.js';
import type { FunctionName } from '../../ast/function-names.js';
import * as Q from '../../ast/rational.js';
import type { Rational } from '../../ast/rational.js';
import type { Canon } from '../canon.js';
import { inverseOfOwn, knownAngle, quarterTurns, reducedAngle } from './angles.js';
import type { Rule, RuleTable } from './rule.js';
import { splitTerm } from '../terms.js';
import { RECIPROCAL_OF } from './reciprocal-function.js';
import { argumentOf, callArgument, isE, isEvenInteger, isPi, negated } from './selectors.js';

export type CallOperands = readonly [fn: FunctionName, args: readonly Expr[]];

/** A row's exact value at several arguments, some of them exact numbers, where it has one. */
function exactAt(fn: FunctionName, args: readonly Expr[]): Rational | undefined {
  const row = FUNCTIONS[fn];
  if (row.exactAt === undefined || args.length < 2) return undefined;
  return row.exactAt(args.map((a) => (a.kind === 'num' && a.exact !== null ? a.exact : undefined)));
}

const rows: readonly Rule<CallOperands>[] = [
  { name: 'value-at-multiple-of-pi', formula: 'f(q·π) = its value where the table gives a rational one', guard: 'q exact',
    rewrite: ([fn, args], c) => {
      const q = args.length === 1 ? multipleOfPi(args[0] as Expr) : undefined;
      const value = q !== undefined ? FUNCTIONS[fn].atMultipleOfPi?.(q) : undefined;
      return value && c.num(value);
    },
    examples: { fires: ['sin(pi/2) + cos(2*pi/3)', '1/2'], not: ['sin(pi/4)', 'sin(pi/4)'] } },
  { name: 'exact-value', formula: 'f(q) = its value where the table gives a rational one', guard: 'q exact',
    rewrite: ([fn, args], c) => {
      const [q] = args;
      const value = args.length === 1 && q?.kind === 'num' && q.exact ? FUNCTIONS[fn].exact?.(q.exact) : exactAt(fn, args);
      return value && c.num(value);
    },
    examples: { fires: ['cos(0) + log(1)', '1'], not: ['log(2)', 'log(2)'] } },
  // A float argument makes the call a float, as typed decimals stay floats; exact ones stay symbolic.
  { name: 'call-of-floats', formula: 'f(a, …) = its value where an argument is a float and the rest numbers', guard: 'the value is finite',
    rewrite: ([fn, args], c) => {
      if (!args.every((a) => a.kind === 'num') || !args.some((a) => a.kind === 'num' && a.exact === null)) return undefined;
      const value = FUNCTIONS[fn].value(...args.map((a) => (a.kind === 'num' ? a.value : NaN)));
      return Number.isFinite(value) ? c.float(value) : undefined;
    },
    examples: { fires: ['sqrt(0.25)', '0.5'], not: ['sqrt(2)', 'sqrt(2)'] } },
  { name: 'sqrt-is-power', formula: '√u = u^(1/2)', guard: 'a canonical spelling, printed back as √',
    rewrite: ([fn, args], c) => { const u = argumentOf(fn, args, 'sqrt'); return u && c.power(u, c.half); },
    examples: { fires: ['sqrt(x)*sqrt(x)', 'x'], not: ['sqrt(x) + 1', 'sqrt(x) + 1'] } },
  { name: 'exp-is-power', formula: 'exp(u) = e^u', guard: 'a canonical spelling, printed back as exp',
    rewrite: ([fn, args], c) => { const u = argumentOf(fn, args, 'exp'); return u && c.power(c.e, u); },
    examples: { fires: ['exp(x)*exp(-x)', '1'], not: ['exp(x) + 1', 'exp(x) + 1'] } },
  { name: 'log-of-e', formula: 'log(e) = 1',
    rewrite: ([fn, args], c) => { const u = argumentOf(fn, args, 'log'); return u && isE(u) ? c.one : undefined; },
    examples: { fires: ['log(e)', '1'], not: ['log(pi)', 'log(pi)'] } },
  { name: 'log-of-exp', formula: 'log(e^u) = u',
    rewrite: ([fn, args]) => { const u = argumentOf(fn, args, 'log'); return u?.kind === 'pow' && isE(u.args[0]) ? u.args[1] : undefined; },
    examples: { fires: ['log(exp(x))', 'x'], not: ['log(exp(x) + 1)', 'log(exp(x) + 1)'] } },
  // The sign leaves the call, where a product or sum absorbs it: (3x + 4)·log(1/9) is -(3x + 4)·log(9).
  { name: 'log-of-reciprocal', formula: 'log(1/u) = -log(u)', guard: 'u > 0, which log(1/u) being defined implies; for a number, 1/q with q an integer > 1',
    rewrite: ([fn, args], c) => {
      const u = argumentOf(fn, args, 'log');
      if (u?.kind === 'pow' && isMinusOne(u.args[1])) return c.negate(c.call('log', [u.args[0]]));
      if (u?.kind !== 'num' || u.exact === null || u.exact.num !== 1n || u.exact.den === 1n) return undefined;
      return c.negate(c.call('log', [c.num(Q.rational(u.exact.den))]));
    },
    examples: { fires: ['x*log(1/9) + log(1/y)', '-(x*log(9) + log(y))'], not: ['log(2/3)', 'log(2/3)'] } },
  { name: 'odd-function', formula: 'f(-u) = -f(u) for odd f (sin, tan, sinh, atan, …)',
    rewrite: ([fn, args], c) => {
      const u = oddOrEven(fn, args, 'odd', c);
      return u && c.negate(c.call(fn, [u]));
    },
    examples: { fires: ['sin(-x)', '-sin(x)'], not: ['sin(x - 1)', 'sin(x - 1)'] } },
  { name: 'even-function', formula: 'f(-u) = f(u) for even f (cos, cosh, sec, abs)',
    rewrite: ([fn, args], c) => {
      const u = oddOrEven(fn, args, 'even', c);
      return u && c.call(fn, [u]);
    },
    examples: { fires: ['cos(-x)', 'cos(x)'], not: ['cos(1 - x)', 'cos(1 - x)'] } },
  { name: 'inverse-at-known-value', formula: 'asin, acos, atan at 0, ±1/2, ±√2/2, ±√3/2, ±1, √3, √3/3, √2 ± 1, 2 ± √3 = k·π; acot, asec, acsc at their reciprocals',
    rewrite: ([fn, args], c) => (args.length === 1 ? knownAngle(c, fn, args[0] as Expr) : undefined),
    examples: { fires: ['acos(-sqrt(3)/2) + atan(sqrt(2) - 1)', '23*pi/24'], not: ['asin(sqrt(5)/2)', 'asin(sqrt(5)/2)'] } },
  { name: 'quarter-turn-shift', formula: 'f(u + k·π/2) = ±f(u) or ±cofunction(u), for f among sin, cos, tan, cot, sec, csc',
    rewrite: ([fn, args], c) => (args.length === 1 ? quarterTurns(c, fn, args[0] as Expr) : undefined),
    examples: { fires: ['sin(x + pi/2) + tan(x - pi)', 'cos(x) + tan(x)'], not: ['sin(x + pi/3)', 'sin(x + pi/3)'] } },
  { name: 'reduce-angle', formula: 'f(r·π) = ±f(s·π), s in [0, 1/2], for f among sin, cos, tan, cot, sec, csc: the period, the parity and f(π - x) = ±f(x)',
    guard: 'r a rational number outside [0, 1/2]',
    rewrite: ([fn, args], c) => (args.length === 1 ? reducedAngle(c, fn, args[0] as Expr) : undefined),
    examples: { fires: ['sin(8*pi/9) + cos(10*pi/9) + tan(-pi/9)', 'sin(pi/9) - cos(pi/9) - tan(pi/9)'], not: ['sin(2*pi/9)', 'sin(2*pi/9)'] } },
  { name: 'inverse-of-own-function', formula: 'asin(sin r) = r, acos(cos r) = r, atan(tan r) = r', guard: 'r a rational number inside the principal range',
    rewrite: ([fn, args]) => (args.length === 1 ? inverseOfOwn(fn, args[0] as Expr) : undefined),
    examples: { fires: ['asin(sin(1/5))', '1/5'], not: ['asin(sin(2))', 'asin(sin(2))'] } },
  // The table's column `inverseOf` (asin inverts sin, acoth inverts coth, …): f(f⁻¹(u)) = u wherever
  // f⁻¹(u) is defined, for real u and the principal branches. (f⁻¹(f(u)) = u holds on one branch only.)
  // And with the reciprocal function (rules/reciprocal-function.ts): sec(acos u) = 1/cos(acos u) = 1/u.
  { name: 'function-of-inverse', formula: 'sin(asin u) = u, cosh(acosh u) = u, …, for each function and its inverse; sec(acos u) = 1/u, cot(atan u) = 1/u, … for its reciprocal',
    guard: 'f⁻¹(u) defined (|u| ≤ 1 for asin), which the input being finite implies',
    rewrite: ([fn, args], c) => {
      const [inner] = args;
      if (args.length !== 1 || inner?.kind !== 'call') return undefined;
      const inverted = FUNCTIONS[inner.fn].inverseOf;
      if (inverted === undefined) return undefined;
      if (inverted === fn) return inner.args[0];
      return RECIPROCAL_OF[fn] === inverted ? c.reciprocal(inner.args[0] as Expr) : undefined;
    },
    examples: { fires: ['sin(asin(x)) + tanh(atanh(x/2)) + x*sec(acos(x))', '3*x/2 + 1'], not: ['asin(sin(x))', 'asin(sin(x))'] } },
  // By the table's own definitions (SymPy's branches, ast/functions/reciprocal.ts): acsc u = asin(1/u)
  // and so on, so the equality holds wherever f(1/u) is defined, and drops the division.
  { name: 'inverse-of-reciprocal', formula: 'asin(1/u) = acsc u, acos(1/u) = asec u, atan(1/u) = acot u, and asinh, acosh, atanh (acsch, asech, acoth)',
    guard: 'the argument exactly 1/u',
    rewrite: ([fn, args], c) => {
      const inverse = INVERSE_OF_RECIPROCAL[fn];
      const [u] = args;
      if (inverse === undefined || args.length !== 1 || u?.kind !== 'pow' || !isMinusOne(u.args[1])) return undefined;
      return c.call(inverse, [u.args[0]]);
    },
    examples: { fires: ['asech(x) - acosh(1/x)', '0'], not: ['acosh(2/x)', 'acosh(2/x)'] } },
  { name: 'log-to-own-base', formula: 'log(u, u) = 1', guard: 'u > 0 and u ≠ 1, which log(u, u) being defined implies',
    // Not for a number: log(1, 1) is 0/0 (log(2, 2) is the exact value's).
    rewrite: ([fn, args], c) => (fn === 'log' && args.length === 2 && args[0] === args[1] && args[0]?.kind !== 'num' ? c.one : undefined),
    examples: { fires: ['log(e, e) + log(x + 1, x + 1)', '2'], not: ['log(x, 2)', 'log(x, 2)'] } },
  { name: 'log-of-power-of-base', formula: 'log(b^p, b) = p, log(b, b^q) = 1/q',
    guard: 'b > 0 and b ≠ 1, which log(…, b) being defined implies (log(b^2, b) is undefined at b < 0, as log(b) is)',
    rewrite: ([fn, args], c) => {
      if (fn !== 'log' || args.length !== 2) return undefined;
      const [u, b] = args as [Expr, Expr];
      if (u.kind === 'pow' && u.args[0] === b) return u.args[1];
      return b.kind === 'pow' && b.args[0] === u && b.args[1].kind === 'num' && b.args[1].value !== 0 ? c.reciprocal(b.args[1]) : undefined;
    },
    examples: { fires: ['log(x^2, x) + log(sqrt(y), y)', '5/2'], not: ['log(x^2, y)', 'log(x^2, y)'] } },
  { name: 'abs-of-abs', formula: '||u|| = |u|',
    rewrite: ([fn, args]) => { const u = argumentOf(fn, args, 'abs'); return u && callArgument(u, 'abs') ? u : undefined; },
    examples: { fires: ['abs(abs(x))', 'abs(x)'], not: ['abs(sign(x))', 'abs(sign(x))'] } },
  { name: 'abs-of-even-power', formula: '|u^(2k)| = u^(2k)',
    rewrite: ([fn, args]) => { const u = argumentOf(fn, args, 'abs'); return u?.kind === 'pow' && isEvenInteger(u.args[1]) ? u : undefined; },
    examples: { fires: ['abs(x^2)', 'x^2'], not: ['abs(x^3)', 'abs(x^3)'] } },
  // The number leaves the call, where it meets the others of a product: d/dx asec(2x) is
  // 2/(abs(2x)·√(4x² - 1)), which is 1/(abs(x)·√(4x² - 1)).
  { name: 'abs-of-multiple', formula: '|c·u| = |c|·|u|', guard: 'c an exact number',
    rewrite: ([fn, args], c) => {
      const split = numberTimes(argumentOf(fn, args, 'abs'), c);
      return split && c.product([c.num(Q.abs(split.coefficient)), c.call('abs', [split.rest])]);
    },
    examples: { fires: ['2/abs(2*x)', '1/abs(x)'], not: ['abs(x + 2)', 'abs(x + 2)'] } },
  { name: 'sign-of-multiple', formula: 'sign(c·u) = sign(c)·sign(u)', guard: 'c an exact number, not 0',
    rewrite: ([fn, args], c) => {
      const split = numberTimes(argumentOf(fn, args, 'sign'), c);
      if (split === undefined) return undefined;
      const sign = c.call('sign', [split.rest]);
      return Q.sign(split.coefficient) > 0 ? sign : c.negate(sign);
    },
    examples: { fires: ['sign(-3*x)', '-sign(x)'], not: ['sign(x - 3)', 'sign(x - 3)'] } },
];

/** u = c·v for an exact number c other than 0 and ±1 (v the rest of the product), else undefined. */
function numberTimes(u: Expr | undefined, c: Canon): { coefficient: Rational; rest: Expr } | undefined {
  if (u?.kind !== 'mul' || u.args[0]?.kind !== 'num' || u.args[0].exact === null) return undefined;
  const q = u.args[0].exact;
  if (Q.isZero(q) || Q.isOne(Q.abs(q))) return undefined;
  const { monomial } = splitTerm(c, u);
  return monomial === null ? undefined : { coefficient: q, rest: monomial };
}

/** f(1/u) as the reciprocal function's inverse of u: asin(1/u) = acsc(u), …, acosh(1/u) = asech(u). */
const INVERSE_OF_RECIPROCAL: Partial<Record<FunctionName, FunctionName>> = {
  asin: 'acsc', acos: 'asec', atan: 'acot', asinh: 'acsch', acosh: 'asech', atanh: 'acoth',
};

const isMinusOne = (e: Expr): boolean => e.kind === 'num' && e.exact !== null && Q.equal(e.exact, Q.MINUS_ONE);

/** q when e is q·π for an exact q (π itself is 1·π), else undefined. */
function multipleOfPi(e: Expr): Rational | undefined {
  if (isPi(e)) return Q.ONE;
  if (e.kind !== 'mul' || e.args.length !== 2) return undefined;
  const [q, pi] = e.args;
  return q?.kind === 'num' && q.exact !== null && isPi(pi) ? q.exact : undefined;
}

function oddOrEven(fn: FunctionName, args: readonly Expr[], parity: 'odd' | 'even', c: Canon): Expr | undefined {
  return args.length === 1 && FUNCTIONS[fn].parity === parity ? negated(args[0] as Expr, c) : undefined;
}

export const CALL_RULES: RuleTable<CallOperands> = {
  rows,
  node: ([fn, args], c) => c.intern(callNode(fn, args)),
};
