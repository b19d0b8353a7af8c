// The simplifier's identities, as data: one named row each, grouped by the node they rewrite. Each
// holds on the reals wherever the input is finite; a `guard` says what more a rule relies on. Every
// row carries an example where it fires and one where it must not (tested row by row).
//
// Collecting like terms and factors and folding numbers is mechanism, not rules (sum.ts, product.ts).

import type { Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import type { FunctionName } from '../ast/function-names.js';
import { isExact } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';

export interface Rule {
  readonly name: string;
  /** The identity as a person writes it. */
  readonly formula: string;
  /** What the identity needs beyond finiteness of the input, if anything. */
  readonly guard?: string;
  readonly rewrite: (e: Expr, c: Canon) => Expr | undefined;
  /** An input where the rule fires and an input where it must not, each with its simplified text. */
  readonly examples: { readonly fires: readonly [string, string]; readonly not: readonly [string, string] };
}

// ---- selectors, named after the algebra ----

const argOf = (e: Expr, fn: FunctionName): Expr | undefined =>
  e.kind === 'call' && e.fn === fn && e.args.length === 1 ? e.args[0] : undefined;
const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';
const isInteger = (e: Expr): boolean => isExact(e) && e.exact.den === 1n;
const isSmallInteger = (e: Expr): boolean => isInteger(e) && e.kind === 'num' && Math.abs(e.value) <= 4;
const isEvenInteger = (e: Expr): boolean => isExact(e) && e.exact.den === 1n && e.exact.num % 2n === 0n;
const isOddOrFraction = (e: Expr): boolean => isExact(e) && !isEvenInteger(e);
/** u when e is a product with a negative coefficient (canonical -u), else undefined. */
function negated(e: Expr, c: Canon): Expr | undefined {
  if (e.kind === 'num') return e.value < 0 ? c.negate(e) : undefined;
  const coefficient = e.kind === 'mul' ? e.args[0] : undefined;
  return coefficient?.kind === 'num' && coefficient.value < 0 ? c.negate(e) : undefined;
}
/** The factors of a product other than `log(u)`, and u, when the product has a log factor. */
function splitLog(e: Expr, c: Canon): { u: Expr; rest: Expr } | undefined {
  if (e.kind !== 'mul') return undefined;
  const i = e.args.findIndex((f) => argOf(f, 'log') !== undefined);
  if (i < 0) return undefined;
  const rest = e.args.filter((_, j) => j !== i);
  return { u: argOf(e.args[i] as Expr, 'log') as Expr, rest: c.product(rest) };
}

// ---- rules on powers: e is base^exponent ----

type PowerRule = Omit<Rule, 'rewrite'> & { rewrite: (args: readonly [Expr, Expr], c: Canon) => Expr | undefined };

const powerRules: readonly PowerRule[] = [
  { name: 'one-to-any-power', formula: '1^u = 1',
    rewrite: ([b], c) => (isExact(b) && Q.isOne(b.exact) ? c.one : undefined),
    examples: { fires: ['1^x', '1'], not: ['2^x', '2^x'] } },
  { name: 'power-of-power', formula: '(u^a)^b = u^(a·b)', guard: 'b an integer, or a a number other than an even integer',
    rewrite: ([b, x], c) => (b.kind === 'pow' && (isInteger(x) || isOddOrFraction(b.args[1]))
      ? c.power(b.args[0], c.product([b.args[1], x])) : undefined),
    examples: { fires: ['(x^3)^(1/3)', 'x'], not: ['(x^2)^(1/2)', 'sqrt(x^2)'] } },
  { name: 'power-of-product', formula: '(u·v)^n = u^n·v^n', guard: 'n an integer, |n| ≤ 4: higher powers stay grouped, as their parts can overflow where the whole does not',
    rewrite: ([b, x], c) => (b.kind === 'mul' && isSmallInteger(x) ? c.product(b.args.map((f) => c.power(f, x))) : undefined),
    examples: { fires: ['(2*x)^2', '4*x^2'], not: ['(2*x)^y', '(2*x)^y'] } },
  { name: 'exp-of-log', formula: 'e^log(u) = u', guard: 'u > 0, which log(u) being finite implies',
    rewrite: ([b, x]) => (isE(b) ? argOf(x, 'log') : undefined),
    examples: { fires: ['exp(log(x))', 'x'], not: ['exp(log(x) + 1)', 'exp(log(x) + 1)'] } },
  { name: 'exp-of-multiple-of-log', formula: 'e^(a·log(u)) = u^a', guard: 'u > 0, which log(u) being finite implies',
    rewrite: ([b, x], c) => {
      const found = isE(b) ? splitLog(x, c) : undefined;
      return found && c.power(found.u, found.rest);
    },
    examples: { fires: ['exp(2*log(x))', 'x^2'], not: ['exp(2*sin(x))', 'exp(2*sin(x))'] } },
  { name: 'even-power-of-abs', formula: '|u|^(2k) = u^(2k)',
    rewrite: ([b, x], c) => {
      const u = argOf(b, 'abs');
      return u && isEvenInteger(x) ? c.power(u, x) : undefined;
    },
    examples: { fires: ['abs(x)^2', 'x^2'], not: ['abs(x)^3', 'abs(x)^3'] } },
];

export const POWER_RULES: readonly Rule[] = powerRules.map(onArgs);

// ---- rules on calls: e is f(u) ----

export const CALL_RULES: readonly Rule[] = [
  { name: 'sqrt-is-power', formula: '√u = u^(1/2)', guard: 'a canonical spelling, printed back as √',
    rewrite: (e, c) => { const u = argOf(e, 'sqrt'); return u && c.power(u, c.half); },
    examples: { fires: ['sqrt(x)*sqrt(x)', 'x'], not: ['sqrt(x) + 1', 'sqrt(x) + 1'] } },
  { name: 'exp-is-power', formula: 'exp(u) = e^u', guard: 'a canonical spelling, printed back as exp',
    rewrite: (e, c) => { const u = argOf(e, 'exp'); return u && c.power(c.e, u); },
    examples: { fires: ['exp(x)*exp(-x)', '1'], not: ['exp(x) + 1', 'exp(x) + 1'] } },
  { name: 'log-of-e', formula: 'log(e) = 1',
    rewrite: (e, c) => { const u = argOf(e, 'log'); return u && isE(u) ? c.one : undefined; },
    examples: { fires: ['log(e)', '1'], not: ['log(pi)', 'log(pi)'] } },
  { name: 'log-of-exp', formula: 'log(e^u) = u',
    rewrite: (e) => { const u = argOf(e, 'log'); return u?.kind === 'pow' && isE(u.args[0]) ? u.args[1] : undefined; },
    examples: { fires: ['log(exp(x))', 'x'], not: ['log(exp(x) + 1)', 'log(exp(x) + 1)'] } },
  { name: 'odd-function', formula: 'f(-u) = -f(u) for odd f (sin, tan, sinh, atan, …)',
    rewrite: (e, c) => {
      const u = oddOrEven(e, 'odd', c);
      return u && c.negate(c.call((e as Extract<Expr, { kind: 'call' }>).fn, [u]));
    },
    examples: { fires: ['sin(-x)', '-sin(x)'], not: ['sin(x - 1)', 'sin(x - 1)'] } },
  { name: 'even-function', formula: 'f(-u) = f(u) for even f (cos, cosh, sec, abs)',
    rewrite: (e, c) => {
      const u = oddOrEven(e, 'even', c);
      return u && c.call((e as Extract<Expr, { kind: 'call' }>).fn, [u]);
    },
    examples: { fires: ['cos(-x)', 'cos(x)'], not: ['cos(1 - x)', 'cos(1 - x)'] } },
  { name: 'abs-of-abs', formula: '||u|| = |u|',
    rewrite: (e) => { const u = argOf(e, 'abs'); return u && argOf(u, 'abs') ? u : undefined; },
    examples: { fires: ['abs(abs(x))', 'abs(x)'], not: ['abs(sign(x))', 'abs(sign(x))'] } },
  { name: 'abs-of-even-power', formula: '|u^(2k)| = u^(2k)',
    rewrite: (e) => { const u = argOf(e, 'abs'); return u?.kind === 'pow' && isEvenInteger(u.args[1]) ? u : undefined; },
    examples: { fires: ['abs(x^2)', 'x^2'], not: ['abs(x^3)', 'abs(x^3)'] } },
];

function oddOrEven(e: Expr, parity: 'odd' | 'even', c: Canon): Expr | undefined {
  return e.kind === 'call' && e.args.length === 1 && FUNCTIONS[e.fn].parity === parity
    ? negated(e.args[0] as Expr, c) : undefined;
}

/** Power rules are written on [base, exponent]. */
function onArgs(rule: PowerRule): Rule {
  return { ...rule, rewrite: (e, c) => (e.kind === 'pow' ? rule.rewrite(e.args, c) : undefined) };
}

/** The first rule that rewrites `e`, applied; undefined when none does. */
export function applyRules(rules: readonly Rule[], e: Expr, c: Canon): Expr | undefined {
  for (const rule of rules) {
    const result = rule.rewrite(e, c);
    if (result !== undefined) return result;
  }
  return undefined;
}
