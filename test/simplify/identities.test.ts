// The trigonometric, logarithmic and radical identities the simplifier applies (rules/trig.ts,
// rules/sum.ts `log-combine`, the numeric square roots of numeric-radicals.ts, the angles of
// rules/angles.ts) keep the value wherever the input is defined, never make a result larger, and
// are stable when simplified again: checked at seeded random points on random sums of products of the functions they read.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, evaluate, format, operatorCount, parse, simplify, type Expr } from '../../src/index.js';

const SEED = Number(process.env.FC_SEED ?? 20261206);
const runs = (n: number): number => Math.round(n * Number(process.env.FC_RUNS ?? 1));

const agree = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 * (1 + Math.abs(a) + Math.abs(b));

/** Points away from the poles of tan, cot, sec, csc and from log's edge: x, y in ±[0.25, 3]. */
const coordinate = fc.tuple(fc.integer({ min: 250, max: 3000 }), fc.boolean())
  .map(([k, negative]) => (negative ? -1 : 1) * (k / 1000 + 0.000123));
const points = fc.record({ x: coordinate, y: coordinate });

/** Where e and every subexpression of it print a moderate finite value (the input is defined there). */
function definedAt(e: Expr, point: Record<string, number>): boolean {
  const v = evaluate(e, point);
  return Number.isFinite(v) && Math.abs(v) < 1e6;
}

/** Checks one simplification: same value where the input is defined, no larger, stable in size. */
function check(e: Expr, point: Record<string, number>): void {
  const s = simplify(e);
  expect(operatorCount(s)).toBeLessThanOrEqual(operatorCount(e));
  // Simplifying again changes nothing in size (the sign of a numeric sum may move: -√5 - 1/2 prints
  // again as -(√5 + 1/2), already so before these identities).
  expect(operatorCount(simplify(s)), format(e)).toBe(operatorCount(s));
  if (!definedAt(e, point)) return;
  const value = evaluate(s, point);
  expect(agree(value, evaluate(e, point)), `${format(e)} = ${format(s)} at ${JSON.stringify(point)}`).toBe(true);
}

const sumOf = (terms: fc.Arbitrary<string>) => fc.array(terms, { minLength: 1, maxLength: 5 }).map((ts) => parse(ts.join(' + ')));
const termOf = (factor: fc.Arbitrary<string>) => fc.tuple(fc.integer({ min: -4, max: 4 }), fc.array(factor, { minLength: 1, maxLength: 3 }))
  .map(([c, fs]) => `${c}*${fs.join('*')}`);
const powerOf = (kernel: fc.Arbitrary<string>) => fc.tuple(kernel, fc.integer({ min: -3, max: 3 })).map(([k, n]) => `${k}^(${n})`);

describe('the six functions of one angle (trig-quotient, the Pythagorean collapses, trig-addition)', () => {
  const angle = fc.constantFrom('x', '2*x', 'x + y', 'x - y', 'y');
  const circular = fc.tuple(fc.constantFrom('sin', 'cos', 'tan', 'cot', 'sec', 'csc'), angle).map(([f, u]) => `${f}(${u})`);
  const hyperbolic = fc.tuple(fc.constantFrom('sinh', 'cosh', 'tanh', 'coth', 'sech', 'csch'), angle).map(([f, u]) => `${f}(${u})`);
  const factor = fc.oneof(powerOf(circular), powerOf(hyperbolic), fc.constantFrom('x', 'y', '1'));

  it('keep the value of sums of products of their powers', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED, numRuns: runs(400) });
  });

  it('see a function and its reciprocal spelled apart as one: sec(u)^n - 1/cos(u)^n, coth(u)^n - 1/tanh(u)^n, … are 0', () => {
    const RECIPROCAL: Record<string, string> = {
      sec: 'cos', csc: 'sin', cot: 'tan', tan: 'cot', sech: 'cosh', csch: 'sinh', coth: 'tanh', tanh: 'coth',
    };
    const pair = fc.tuple(fc.constantFrom(...Object.keys(RECIPROCAL)), angle, fc.integer({ min: 1, max: 4 }), fc.integer({ min: -3, max: 3 }))
      .map(([f, u, n, c]) => parse(`${c}*${f}(${u})^${n} - ${c}/${RECIPROCAL[f]}(${u})^${n}`));
    fc.assert(fc.property(pair, (e) => {
      expect(format(simplify(e)), format(e)).toBe('0');
    }), { seed: SEED + 7, numRuns: runs(60) });
  });

  it('keep the value of the constant and the square pairs the collapses read (1 - sin², 1 + tan², …)', () => {
    const square = fc.tuple(fc.oneof(circular, hyperbolic), fc.constantFrom(2, -2)).map(([k, n]) => `${k}^(${n})`);
    const pair = fc.tuple(fc.integer({ min: -3, max: 3 }), square, fc.constantFrom('1', 'x', 'y*x'), fc.constantFrom(1, -1))
      .map(([c, f, m, s]) => `${c}*${m} + ${s * c}*${m}*${f}`);
    fc.assert(fc.property(fc.array(pair, { minLength: 1, maxLength: 3 }).map((ps) => parse(ps.join(' + '))), points, check),
      { seed: SEED + 1, numRuns: runs(300) });
  });

  it('differentiate to values that agree with the simplified derivative', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, (e, point) => {
      const d = diff(e, 'x');
      if (!definedAt(e, point) || !definedAt(d, point)) return;
      expect(agree(evaluate(d, point), evaluate(simplify(d), point))).toBe(true);
    }), { seed: SEED + 2, numRuns: runs(200) });
  });
});

describe('logarithms (log-combine) and square roots of numbers (square-out-of-root, rationalize-denominator)', () => {
  const positive = fc.constantFrom('x^2 + 1', '2*x^2', 'y^2 + x^2', '3', '1/2', 'exp(x)', 'x^2');
  const log = fc.tuple(fc.integer({ min: -3, max: 3 }), positive).map(([c, u]) => `${c}*log(${u})`);
  it('keep the value of sums of logarithms of positive arguments', () => {
    fc.assert(fc.property(sumOf(fc.oneof(log, fc.constantFrom('x', '1', 'y'))), points, check), { seed: SEED + 3, numRuns: runs(300) });
  });

  const radicand = fc.integer({ min: 1, max: 60 });
  // Non-zero coefficients: a denominator that folds to 0 is another matter (x/0 stays as it is).
  const nonZero = fc.integer({ min: 1, max: 4 }).chain((n) => fc.constantFrom(n, -n));
  const root = fc.tuple(nonZero, radicand).map(([c, n]) => `${c}*sqrt(${n})`);
  const radicalSum = fc.array(fc.oneof(root, nonZero.map(String)), { minLength: 1, maxLength: 2 })
    .map((ts) => `(${ts.join(' + ')})`);
  const quotient = fc.tuple(radicalSum, radicalSum, fc.constantFrom('1', 'x', 'cos(x)')).map(([a, b, m]) => `${m}*${a}/${b}`);
  it('keep the value of quotients of sums of square roots', () => {
    fc.assert(fc.property(sumOf(quotient), points, check), { seed: SEED + 4, numRuns: runs(300) });
  });

  // A number divisible by the root's integer takes the root out of the denominator: never larger.
  it.each([['2/sqrt(2)', 'sqrt(2)'], ['6*x/sqrt(2)', '3*x*sqrt(2)'], ['2/(3*sqrt(2)*x)', 'sqrt(2)/(3*x)'], ['sqrt(2) + 2/sqrt(2)', '2*sqrt(2)'],
    ['1/sqrt(2)', '1/sqrt(2)'], ['10/sqrt(6)', '10/sqrt(6)']])('%s is %s', (input, output) => {
    expect(format(simplify(parse(input)))).toBe(output);
  });
});

describe('known angles (inverse-at-known-value, quarter-turn-shift, inverse-of-own-function)', () => {
  const value = fc.constantFrom('1/2', '-1/2', 'sqrt(2)/2', '-sqrt(2)/2', '1/sqrt(2)', 'sqrt(3)/2', '-sqrt(3)/2', 'sqrt(3)',
    'sqrt(3)/3', '1/sqrt(3)', 'sqrt(2) - 1', 'sqrt(2) + 1', '2 - sqrt(3)', '2 + sqrt(3)', '1/5', '-7/5', '3/2');
  const reciprocal = fc.constantFrom('2', '-2', 'sqrt(2)', '-sqrt(2)', '2/sqrt(3)', '-2*sqrt(3)/3', '1', '-1', '0', '3');
  const inverse = fc.oneof(fc.tuple(fc.constantFrom('asin', 'acos', 'atan'), fc.oneof(value, fc.constantFrom('1', '-1', '0'))),
    fc.tuple(fc.constantFrom('acot', 'asec', 'acsc'), fc.oneof(value, reciprocal))).map(([f, v]) => `${f}(${v})`);
  const own = fc.tuple(fc.constantFrom('asin(sin', 'acos(cos', 'atan(tan'), fc.constantFrom('1/5', '-7/5', '3/2', '2', '-2', '1', '0'))
    .map(([f, v]) => `${f}(${v}))`);
  const shift = fc.tuple(fc.constantFrom('sin', 'cos', 'tan', 'cot', 'sec', 'csc'), fc.integer({ min: -5, max: 5 }),
    fc.constantFrom('x', '2*x + y', '3*x')).map(([f, k, u]) => `${f}(${u} + ${k}*pi/2)`);
  it('keep the value', () => {
    fc.assert(fc.property(sumOf(fc.oneof(inverse, own, shift)), points, check), { seed: SEED + 5, numRuns: runs(300) });
  });
});

describe('sines and cosines of one argument with constant coefficients (harmonic-addition)', () => {
  const coefficient = fc.constantFrom('1', '-1', '1/2', '-1/2', 'sqrt(3)', '-sqrt(3)', 'sqrt(3)/2', 'sqrt(2)', 'sqrt(6)',
    '(1 + sqrt(3))', '(1 - sqrt(3))', '3', '4', 'pi');
  const harmonic = fc.tuple(coefficient, fc.constantFrom('sin', 'cos'), fc.constantFrom('x', '2*x + 1', 'x - y'),
    fc.constantFrom('', '*y', '*exp(x)')).map(([k, f, u, m]) => `${k}*${f}(${u})${m}`);
  it('keep the value', () => {
    fc.assert(fc.property(sumOf(harmonic), points, check), { seed: SEED + 11, numRuns: runs(300) });
  });
  it.each([
    ['sqrt(2)*sin(x) + sqrt(6)*cos(x)', '2*sqrt(2)*sin(x + pi/3)'], // SymPy's fu test, sympy-418
    ['sin(x)/2 + sqrt(3)*cos(x)/2', 'sin(x + pi/3)'], // sympy-422
    ['-sin(x)/2 - sqrt(3)*cos(x)/2', '-sin(x + pi/3)'], // a < 0: half a turn round
    ['cos(x)/2 - sqrt(3)*sin(x)/2', 'cos(x + pi/3)'], // the cosine where smaller (the sine reads -sin(x - pi/6))
    ['sin(x + pi/3) + cos(x + pi/3)', 'sqrt(2)*cos(x + pi/12)'], // the angle merges with u's constant
    ['log(2)*sin(x) + log(2)*sqrt(3)*cos(x)', '2*log(2)*sin(x + pi/3)'], // constants other than numbers
    ['y*sin(x)/2 - y*sqrt(3)*cos(x)/2 + 1', 'y*sin(x - pi/3) + 1'], // a shared factor, other terms kept
    ['sin(x) + cos(x)', 'cos(x) + sin(x)'], // sqrt(2)*sin(x + pi/4) is larger
    ['3*sin(x) + 4*cos(x)', '4*cos(x) + 3*sin(x)'], // atan(4/3) is no known angle
  ])('%s → %s', (input, output) => {
    expect(format(simplify(input))).toBe(output);
  });
  it('makes derivatives one term: d/dx (sin(x)/2 + sqrt(3)*cos(x)/2) is cos(x + pi/3)', () => {
    expect(format(diff('sin(x)/2 + sqrt(3)*cos(x)/2', 'x'))).toBe('cos(x + pi/3)');
  });
});

describe('absolute values and signs in products (|u|·sign(u) = u, |u|^a·u^(2k) = |u|^(a + 2k))', () => {
  const factor = fc.tuple(fc.constantFrom('abs(x)', 'sign(x)', 'x', 'abs(x - y)', 'sign(x - y)', '(x - y)'), fc.integer({ min: -3, max: 3 }))
    .map(([k, n]) => `${k}^(${n})`);
  it('keep the value', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 6, numRuns: runs(300) });
  });
});

describe('exponentials of opposite arguments (hyperbolic-from-exp)', () => {
  const argument = fc.constantFrom('x', '2*x', 'x + y', 'x*y', '1', '1/2', 'y - x');
  const exponential = fc.tuple(argument, fc.boolean(), fc.integer({ min: 1, max: 2 }))
    .map(([u, negative, k]) => (negative ? `exp(-(${u}))^${k}` : `exp(${u})^${k}`));
  const factor = fc.oneof(exponential, exponential, fc.constantFrom('x', 'y', 'cosh(x)', 'sinh(y)', '1'));
  it('keep the value of sums of products with exponentials', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 8, numRuns: runs(300) });
  });

  it('make a pair one hyperbolic function, whatever the rest of the term', () => {
    const pair = fc.tuple(argument, fc.integer({ min: 1, max: 5 }), fc.constantFrom('1', 'x', 'y*x', 'sin(y)'), fc.boolean())
      .map(([u, a, m, even]) => ({ e: parse(`${a}*${m}*exp(${u}) ${even ? '+' : '-'} ${a}*${m}*exp(-(${u}))`), fn: even ? 'cosh' : 'sinh' }));
    fc.assert(fc.property(pair, ({ e, fn }) => {
      const text = format(simplify(e));
      expect(text, format(e)).toContain(`${fn}(`);
      expect(text).not.toContain('exp(');
    }), { seed: SEED + 9, numRuns: runs(100) });
  });
});

describe('gamma functions whose arguments differ by an integer (gamma-ratio), and beside w or w - 1 (gamma-absorb)', () => {
  const argument = fc.tuple(fc.constantFrom('x', 'x/2', 'x + y', '2*y'), fc.integer({ min: 0, max: 5 })).map(([u, k]) => `gamma(${u} + ${k})`);
  const factor = fc.oneof(powerOf(argument), fc.constantFrom('x', 'y', 'x + 1', '(x/2 + 1)', '1'));
  it('keep the value of sums of products of their powers', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 10, numRuns: runs(300) });
  });
});

describe('exponentials of sums holding a logarithm, beside a power of its argument (exp-log-split)', () => {
  const exponent = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'x + y', 'x*y'), fc.constantFrom('y', '-log(x)^2', 'x', '1/2'))
    .map(([k, u, v]) => `exp(${k}*log(${u}) + ${v})`);
  const factor = fc.oneof(exponent, powerOf(fc.constantFrom('x', '(x + y)', '(x*y)', 'y')));
  it('keep the value of sums of products', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 11, numRuns: runs(300) });
  });
});

describe('powers of numbers with a whole-number term in the exponent (number-power-split)', () => {
  const power = fc.tuple(fc.constantFrom('2', '3', '1/2', '10'), fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'x*y', 'y/2'))
    .map(([b, k, v]) => `(${b})^(${v} + ${k})`);
  const factor = fc.oneof(power, fc.constantFrom('x', 'y', '4', '1/8', '3'));
  it('keep the value of sums of products', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 12, numRuns: runs(300) });
  });
});

describe('powers of one symbolic exponent (common-exponent)', () => {
  const base = fc.constantFrom('x', 'y', '(x + y)', '(x*y)', '2', '(1/3)', 'sin(x)', 'exp(x)');
  const exponent = fc.constantFrom('y', '(-y)', '(x + 1)', '(-x - 1)', '(x*y)', '(2*y)', '(y/2)');
  const factor = fc.oneof(fc.tuple(base, exponent).map(([b, u]) => `${b}^${u}`), fc.constantFrom('x', 'y', '3'));
  it('keep the value of sums of products, also where a base is negative', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 13, numRuns: runs(300) });
  });
  it('combine u and -u only: x^(2*y)*(x + y)^y is left, as (x^2*(x + y))^y is |x|^(2y)*(x + y)^y', () => {
    expect(format(simplify(parse('x^(2*y)*(x + y)^y')))).toBe('x^(2*y)*(x + y)^y');
    expect(format(simplify(parse('x^(2*y)*(x + y)^(2*y)')))).toBe('(x*(x + y))^(2*y)');
    expect(format(simplify(parse('p^x*q^x*r^(-x)')))).toBe('(p*q/r)^x');
  });
  it('combine numeric exponents only where the bases make a number: sqrt(k/m)*sqrt(m/k) is 1 (STACK, stack-015)', () => {
    expect(format(simplify(parse('sqrt(k/m)*sqrt(m/k)')))).toBe('1');
    expect(format(simplify(parse('sqrt(2*x)/sqrt(x)')))).toBe('sqrt(2)');
    expect(format(simplify(parse('x^(1/3)*(8/x)^(1/3)')))).toBe('2');
    expect(format(simplify(parse('sqrt(x)*sqrt(y)')))).toBe('sqrt(x)*sqrt(y)');
  });
  const radical = fc.tuple(fc.constantFrom('x', '(2*x)', '(1/x)', '(x/y)', '(y/x)', '(3*y)', '(y/(4*x))'), fc.constantFrom('1/2', '-1/2', '1/3', '3/2'))
    .map(([b, r]) => `${b}^(${r})`);
  it('keep the value of products of radicals whose bases make numbers', () => {
    fc.assert(fc.property(sumOf(termOf(fc.oneof(radical, fc.constantFrom('x', '2')))), points, check), { seed: SEED + 16, numRuns: runs(300) });
  });
});

describe('square roots of a + b*sqrt(c) (denest-square-root)', () => {
  // (√p ± √q)² = p + q ± 2√(pq): denestable where pq is not a square; a, b, c drawn apart are mostly not.
  const denestable = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('+', '-'))
    .map(([p, q, sign]) => `(${p + q} ${sign} 2*sqrt(${p * q}))`);
  const any = fc.tuple(fc.integer({ min: -6, max: 12 }), fc.integer({ min: -4, max: 4 }), fc.integer({ min: 2, max: 30 }))
    .map(([a, b, c]) => `(${a} + ${b}*sqrt(${c}))`);
  const root = fc.tuple(fc.oneof(denestable, any), fc.constantFrom('1/2', '-1/2', '3/2', '-3/2')).map(([b, p]) => `${b}^(${p})`);
  const factor = fc.oneof(root, fc.constantFrom('x', 'y', '2'));
  it('keep the value of sums of products', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 14, numRuns: runs(300) });
  });
  it('denest the textbook cases', () => {
    expect(format(simplify(parse('sqrt(3 + 2*sqrt(2))')))).toBe('sqrt(2) + 1');
    expect(format(simplify(parse('sqrt(3 - 2*sqrt(2))')))).toBe('sqrt(2) - 1');
    expect(format(simplify(parse('1/sqrt(5 + 2*sqrt(6))')))).toBe('sqrt(3) - sqrt(2)');
    expect(format(simplify(parse('sqrt(7/4 + sqrt(3))')))).toBe('(sqrt(3) + 2)/2');
  });
});

describe('a result with a number term over its common denominator (factor-out of a fractional content)', () => {
  const term = fc.tuple(fc.integer({ min: -6, max: 6 }).filter((n) => n !== 0), fc.constantFrom('x', 'cos(4*x)', 'y^2', '1', 'x*y'))
    .map(([n, m]) => `${n}*${m}`);
  const sum = fc.tuple(fc.array(term, { minLength: 1, maxLength: 4 }), fc.constantFrom(2, 3, 4, 8))
    .map(([ts, d]) => parse(`(${ts.join(' + ')})/${d}`));
  it('keeps the value, never grows and is stable', () => {
    fc.assert(fc.property(sum, points, check), { seed: SEED + 15, numRuns: runs(300) });
  });
  it('is taken where smaller only', () => {
    expect(format(simplify(parse('x/2 + 1/2')))).toBe('(x + 1)/2');
    expect(format(simplify(parse('1/8 - cos(4*x)/8')))).toBe('(1 - cos(4*x))/8');
    expect(format(simplify(parse('1 - x/2')))).toBe('1 - x/2');
    expect(format(simplify(parse('2*x + 2')))).toBe('2*x + 2');
  });
});

describe('powers common to every term pulled out, the content left inside where that prints smaller (factor-out)', () => {
  const common = fc.constantFrom('exp(x^2)', 'sin(y)', 'x', 'exp(x)^2', 'sqrt(x)');
  const other = fc.constantFrom('1', 'x', 'x^2', 'y', 'cos(x)');
  const sum = fc.tuple(common, fc.array(fc.tuple(fc.integer({ min: -12, max: 12 }).filter((n) => n !== 0), other), { minLength: 2, maxLength: 4 }))
    .map(([g, ts]) => parse(ts.map(([n, m]) => `${n}*${m}*${g}`).join(' + ')));
  it('keeps the value, never grows and is stable', () => {
    fc.assert(fc.property(sum, points, check), { seed: SEED + 18, numRuns: runs(300) });
  });
  it('keeps the content inside only where smaller: a tie pulls it out', () => {
    // STACK answer-test stack-014: (72*x^2+6)*e^(6*(y^2+x^2)), one operator less than 6*(12*x^2 + 1)*…
    expect(format(simplify(parse('6*exp(6*(y^2+x^2)) + 72*x^2*exp(6*(y^2+x^2))')))).toBe('(72*x^2 + 6)*exp(6*(x^2 + y^2))');
    expect(format(diff(parse('exp(x^2)'), 'x', 2))).toBe('(4*x^2 + 2)*exp(x^2)');
    expect(format(simplify(parse('2*x*exp(x) + 4*exp(x)')))).toBe('2*(x + 2)*exp(x)');
    expect(format(simplify(parse('3*x^2*sin(x) + 6*x*sin(x)')))).toBe('3*x*(x + 2)*sin(x)');
  });
});

describe('powers of e pulled out of a result where e^(2u) = (e^u)^2 meets e^u (factor-out, on results only)', () => {
  // Terms holding e^(k·u) for several k, beside other factors, inside sums as D leaves them.
  const power = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('x', 'x^2', 'x*y + 1'))
    .map(([k, u]) => (k === 1 ? `exp(${u})` : `exp(${k}*(${u}))`));
  const term = fc.tuple(fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0), fc.constantFrom('1', 'x', 'y', 'x^2', '(x + y)'), power)
    .map(([n, m, p]) => `${n}*${m}*${p}`);
  const sum = fc.array(term, { minLength: 2, maxLength: 4 }).map((ts) => parse(ts.join(' + ')));
  it('keeps the value, never grows and is stable', () => {
    fc.assert(fc.property(sum, points, check), { seed: SEED + 31, numRuns: runs(200) });
  });
  it.each([
    // GiNaC's exam derivatives (check/exam_differentiation.cpp): SymPy's simplify gives 21 and 23 operators.
    ['a + b*exp(2*b + 2*a*x + 2*y*x^2) + y*exp(b + a*x + y*x^2)', 1, '(x^2*(2*b*exp(x*(x*y + a) + b) + y) + 1)*exp(x*(x*y + a) + b)'],
    ['a + b*exp(2*b + 2*a*x + 2*y*x^2) + y*exp(b + a*x + y*x^2)', 2, 'x^2*(x^2*(4*b*exp(x*(x*y + a) + b) + y) + 2)*exp(x*(x*y + a) + b)'],
  ])('∂/∂y of %s, order %i, is %s', (input, order, output) => {
    expect(format(diff(parse(input), 'y', order))).toBe(output);
  });
  it('on a quotient of such sums too: the sigmoid\'s third derivative, (exp(x) + exp(3*x) - 4*exp(2*x))/(exp(x) + 1)^4 before', () => {
    expect(format(diff(parse('1/(1 + exp(-x))'), 'x', 3))).toBe('(2*cosh(x) - 4)*exp(2*x)/(exp(x) + 1)^4');
  });
});

describe('sums of three terms that are squares (perfect-square)', () => {
  const root = fc.constantFrom('x', '2*x', 'y/3', 'sin(x)^2', 'exp(x)', 'x*y', '1', '3', 'cos(y)');
  // (a ± b)^2 multiplied out, and near misses (a coefficient off by one).
  const square = fc.tuple(root, root, fc.constantFrom('+', '-'), fc.constantFrom(0, 0, 1))
    .map(([a, b, s, off]) => parse(`(${a})^2 ${s} ${2 + off}*(${a})*(${b}) + (${b})^2`));
  it('keeps the value, never grows and is stable', () => {
    fc.assert(fc.property(square, points, check), { seed: SEED + 16, numRuns: runs(300) });
  });
  it('writes the square where the roots are exact only: x^(2*y) + 2*x^y + 1 stays (x^y is not real for x < 0)', () => {
    expect(format(simplify(parse('exp(2*x) + 2*exp(x) + 1')))).toBe('(exp(x) + 1)^2');
    expect(format(simplify(parse('4*x^2 - 12*x*y + 9*y^2')))).toBe('(2*x - 3*y)^2');
    expect(format(simplify(parse('x^(2*y) + 2*x^y + 1')))).toBe('x^(2*y) + 2*x^y + 1');
  });
});

describe('half and double angles (double-angle)', () => {
  const angle = fc.constantFrom('x/2', 'x', '2*x', 'y', '2*y');
  const kernel = fc.tuple(fc.constantFrom('sin', 'cos', 'tan', 'sec', 'sinh', 'cosh', 'tanh', 'sech'), angle).map(([f, u]) => `${f}(${u})`);
  const factor = fc.oneof(powerOf(kernel), fc.constantFrom('x', '1'));
  it('keep the value of sums of products of functions of u and 2u', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 8, numRuns: runs(300) });
  });
});

describe('quotients over sums of square roots of numbers, held as powers inside sums (rationalize-denominator)', () => {
  const sum = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -4, max: 4 }).filter((b) => b !== 0), fc.integer({ min: 2, max: 15 }))
    .map(([a, b, c]) => `(${a} + ${b}*sqrt(${c}))`);
  const power = fc.tuple(sum, fc.integer({ min: -4, max: -1 }), fc.constantFrom('1', 'x', 'y')).map(([s, n, m]) => `${m}*${s}^(${n})`);
  it('keep the value, never grow and are stable', () => {
    fc.assert(fc.property(sumOf(power), points, check), { seed: SEED + 17, numRuns: runs(300) });
  });
  it('are made rational at once, not by a second simplify', () => {
    expect(format(simplify(parse('x + (sqrt(2) + 1)^(-1)')))).toBe('x + sqrt(2) - 1');
    const once = simplify(parse('x*1/(1 - sqrt(44)) + x*(-sqrt(1))/(-3*sqrt(3) + sqrt(44))'));
    expect(format(simplify(once))).toBe(format(once));
  });
});

describe("a number's powers (perfect-power-base): one base inside, the folded one printed", () => {
  const exponent = fc.constantFrom('x', 'x*y', 'x + 1', 'x/3', '-x', 'sin(x)');
  const base = fc.tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 4 }), fc.boolean());

  it('see r^(k·u) and (r^k)^u, (1/r^k)^u and r^(-k·u) as one: their difference is 0', () => {
    fc.assert(fc.property(base, exponent, ([r, k, inverted], u) => {
      const power = inverted ? `(1/${r ** k})^(${u})` : `${r ** k}^(${u})`;
      const e = parse(`${power} - ${r}^(${inverted ? -k : k}*(${u}))`);
      expect(format(simplify(e)), format(e)).toBe('0');
    }), { seed: SEED + 11, numRuns: runs(80) });
  });

  it('keep the value of products and sums of such powers, no larger, stable when simplified again', () => {
    const power = fc.tuple(base, exponent).map(([[r, k, inverted], u]) => (inverted ? `(1/${r ** k})^(${u})` : `${r ** k}^(${u})`));
    fc.assert(fc.property(sumOf(termOf(power)), points, check), { seed: SEED + 12, numRuns: runs(150) });
  });
});

describe('a sum and its negation in one product (signed-bases.ts): (x - 1)^n·(1 - x)^a = (-1)^n·(1 - x)^(n + a)', () => {
  const sum = fc.constantFrom(['x - 1', '1 - x'], ['x^2 - 1', '1 - x^2'], ['y - x', 'x - y'], ['x + y - 1', '1 - x - y']);
  const factor = fc.tuple(sum, fc.integer({ min: -3, max: 3 }), fc.constantFrom('1/2', '-1/2', '3/2', '1/3', 'y'))
    .map(([[positive, negative], n, a]) => `(${positive})^(${n})*(${negative})^(${a})`);

  it('keep the value of sums of products of such pairs, never grow and are stable', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 13, numRuns: runs(150) });
  });
});

describe('a power of a product beside its own factors (power-merge): P^r·P^m = P^(r+m) for a whole m', () => {
  // Products whose factors may be negative (x, y in ±[0.25, 3]): where P^r is not real the input is
  // not defined, and check() compares values only where it is.
  const inner = fc.constantFrom(['x', 'sqrt(y)'], ['y', 'x^y'], ['x', 'exp(2*y/3)'], ['x', '1/y'], ['x', 'y']);
  const factor = fc.tuple(inner, fc.constantFrom('1/2', '3/2', '1/4', '-1/2', 'y', '1/3'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))
    .map(([[a, b], r, m, extra]) => `(${a}*${b})^(${r})*(${a})^${m + extra}*(${b})^${m}`);
  it('keep the value of sums of such products, never grow and are stable', () => {
    fc.assert(fc.property(sumOf(termOf(fc.oneof(factor, fc.constantFrom('x', 'y')))), points, check), { seed: SEED + 17, numRuns: runs(300) });
  });
  it('merge the SymPy powsimp cases, the factors left over beside the power (sympy-360 to sympy-371)', () => {
    expect(format(simplify(parse('x^2*y^(3/2)*sqrt(x*sqrt(y))')))).toBe('sqrt(y)*(x*sqrt(y))^(5/2)');
    expect(format(simplify(parse('y*x^y*sqrt(y*x^y)')))).toBe('(x^y*y)^(3/2)');
    expect(format(simplify(parse('x^2*(x*exp(2*y/3))^(1/4)*exp(4*y/3)')))).toBe('(x*exp(2*y/3))^(9/4)');
    // Two powers that could take the factors: the one whose product prints smaller takes them.
    expect(format(simplify(parse('y*x^2*sqrt(x*sqrt(y))*(y*sqrt(x))^(3/2)')))).toBe('(sqrt(x)*y)^(3/2)*(x*sqrt(y))^(5/2)');
  });
  it('leave a power whose product has a number in it, and factors that make no whole power of it', () => {
    expect(format(simplify(parse('sqrt(x)*(x*y)^(1/3)')))).toBe('sqrt(x)*(x*y)^(1/3)');
    expect(format(simplify(parse('2*x*sqrt(2*x)')))).toBe('2*x*sqrt(2*x)');
    expect(format(simplify(parse('sqrt(x)*sqrt(y)*(x*y)^(1/3)')))).toBe('sqrt(x)*sqrt(y)*(x*y)^(1/3)');
    expect(format(simplify(parse('x*sqrt(x*y)')))).toBe('x*sqrt(x*y)');
  });
});

describe('quotients of sums of exponentials of one argument (exponential-balance)', () => {
  const exponential = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2, max: 2 }), fc.constantFrom('x', '2*x', 'x/2', 'x*y'))
    .map(([c, k, u]) => (k === 0 ? `${c}` : `${c}*exp(${k}*(${u}))`));
  const sum = fc.array(exponential, { minLength: 2, maxLength: 3 }).map((ts) => `(${ts.join(' + ')})`);
  const quotient = fc.tuple(sum, sum, fc.constantFrom('', '*y', '*exp(x)', '*exp(-2*x)')).map(([n, d, f]) => parse(`${n}/${d}${f}`));

  // Value and size only: on such quotients a second simplify may still shorten a result, 1 of 600
  // seeded ones (2·e^(2xy) - 2·sinh(x) met by the hyperbolic pairing, whose 2 is pulled out only on a
  // second pass). There were 7 of 600 before exponential-balance and settled()'s exp(-u) case, most of
  // them a factor e^(-u) that the normal form printed as a divisor only when given the result again.
  it('keep their value and never grow', () => {
    fc.assert(fc.property(quotient, points, (e, point) => {
      const s = simplify(e);
      expect(operatorCount(s)).toBeLessThanOrEqual(operatorCount(e));
      if (definedAt(e, point)) expect(agree(evaluate(s, point), evaluate(e, point)), `${format(e)} = ${format(s)}`).toBe(true);
    }), { seed: SEED + 14, numRuns: runs(300) });
  });

  it.each([
    ['(exp(-x) - 2*exp(4*x))/exp(x/2)*exp(-2*x)', '(1 - 2*exp(5*x))/exp(7*x/2)'],
    ['(exp(2*x) - 1)/(exp(2*x) + 1)', 'tanh(x)'],
    ['(1 + exp(-2*x))/(1 - exp(-2*x))', 'coth(x)'],
    ['2*exp(x)/(exp(2*x) + 1)', 'sech(x)'],
    ['(exp(3*x) - exp(x))/(exp(2*x) + 1)', 'exp(x)*tanh(x)'],
    ['(exp(4*x) + 1)/exp(2*x)', '2*cosh(2*x)'],
    ['(exp(x) - 1)/(exp(x) + 1)', 'tanh(x/2)'],
    // A factor exp(-u) beside a sum is a quotient too: over one denominator and split (the normal form).
    ['(1 + x*exp(x))*exp(-x)', 'x + exp(-x)'],
    ['(2 + x*exp(y))*exp(-y)', 'x + 2/exp(y)'],
  ])('%s = %s, and stays so when simplified again', (input, output) => {
    const once = simplify(parse(input));
    expect(format(once)).toBe(output);
    expect(format(simplify(once))).toBe(output);
  });

  it('give atan(exp(x)) the derivative sech(x)/2', () => {
    expect(format(diff(parse('atan(exp(x))'), 'x'))).toBe('sech(x)/2');
  });
});

describe('signs and absolute values beside powers of their argument (sign-absorb, root-of-even-power)', () => {
  const argument = fc.constantFrom('x', '(x - 1)', '(x*y)', 'sin(x)');
  const factor = fc.oneof(
    fc.tuple(argument, fc.integer({ min: -3, max: 3 })).map(([u, m]) => `${u}^(${m})`),
    fc.tuple(argument, fc.integer({ min: -3, max: 3 })).map(([u, k]) => `abs(${u})^(${k})`),
    argument.map((u) => `sign(${u})`),
    fc.tuple(argument, fc.constantFrom('1/2', '3/2', '-1/2', '1/3')).map(([u, r]) => `(${u}^2)^(${r})`),
  );
  it('keep the value of sums of products, never grow and are stable', () => {
    fc.assert(fc.property(sumOf(termOf(factor)), points, check), { seed: SEED + 19, numRuns: runs(400) });
  });
  it('make the derivatives of abs what a person writes', () => {
    expect(format(diff(parse('log(abs(x))'), 'x'))).toBe('1/x');
    expect(format(diff(parse('log(abs(sin(x)))'), 'x'))).toBe('cot(x)');
    expect(format(diff(parse('sqrt(x^2)'), 'x'))).toBe('sign(x)');
    expect(format(diff(parse('x*abs(x)'), 'x'))).toBe('2*abs(x)');
  });
});
