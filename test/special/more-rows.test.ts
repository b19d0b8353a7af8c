// The incomplete gamma functions, the polylogarithm and the elliptic integrals as rows of the table:
// each partial derivative seven ways against mpmath's (test/data/special-functions-more.json), in the
// last argument and in φ; the order s of lowergamma/uppergamma, which has no derivative; polylog's
// literal order; exact values, Taylor series, LaTeX and the second-order passes.

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { callNode, varNode } from '../../src/ast/expr.js';
import { FUNCTIONS, type FunctionName } from '../../src/ast/functions.js';
import {
  compileGradient, compileHessian, diff, differentiate, directionalDerivative, evaluate, finiteDifference, format,
  gradient, hessian, hessianVectorProduct, InvalidArgumentError, parse, ParseError, simplify, taylor,
  taylorCoefficients, toLatex, valueAndGrad, type Expr,
} from '../../src/index.js';
import { PARTIALS, rowName, scaledError } from './reference.js';

const x = B.variable('x');

const cases = Object.entries(PARTIALS).flatMap(([name, points]) =>
  points.map((p) => ({ name: rowName(name) as FunctionName, args: p.args, argument: p.argument, want: Number(p.slope) })));

describe('partial derivatives against mpmath (test/data/special-functions-more.json)', () => {
  it('covers every new row, and φ of both incomplete elliptic integrals', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(
      new Set(['lowergamma', 'uppergamma', 'polylog', 'elliptic_k', 'elliptic_e', 'elliptic_f']));
    expect(cases.filter((c) => c.argument === 0 && c.args.length === 2).map((c) => c.name))
      .toEqual([...Array(5).fill('elliptic_f'), ...Array(5).fill('elliptic_e')]);
  });

  it.each(cases)('$name at $args, in argument $argument', ({ name, args, argument, want }) => {
    // x in the argument differentiated, the others literals
    const tree = B.call(name, ...args.map((a, i) => (i === argument ? x : a < 0 ? B.neg(B.num(-a)) : B.num(a))));
    const at = args[argument] as number;
    const point = { x: at };
    const methods = {
      'D, raw': evaluate(differentiate(tree, 'x'), point),
      'D, simplified': evaluate(diff(tree, 'x'), point),
      'symbolic gradient': evaluate(gradient(tree, ['x']).x as Expr, point),
      'slope column': FUNCTIONS[name].slope(args).at(argument) as number,
      'forward mode': directionalDerivative(tree, point, { x: 1 }).derivative,
      'reverse mode': valueAndGrad(tree, point).gradient.x as number,
      'compiled gradient': compileGradient(tree, ['x'])(at).gradient[0] as number,
    };
    for (const [method, got] of Object.entries(methods)) {
      expect(scaledError(got, want), `${method}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12);
    }
    expect(scaledError(finiteDifference(tree, point, 'x'), want)).toBeLessThanOrEqual(1e-6);
  });

  it('slopes at m = 0 take the limits of the formulas (0/0 there)', () => {
    const h = 1e-4;
    const central = (f: (m: number) => number) => (f(h) - f(-h)) / (2 * h);
    const row = (fn: FunctionName, ...lead: number[]) => (m: number) => FUNCTIONS[fn].value(...lead, m);
    expect(FUNCTIONS.elliptic_k.slope([0])[0]).toBeCloseTo(central(row('elliptic_k')), 7);
    expect(FUNCTIONS.elliptic_e.slope([0])[0]).toBeCloseTo(central(row('elliptic_e')), 7);
    expect(FUNCTIONS.elliptic_f.slope([1.2, 0])[1]).toBeCloseTo(central(row('elliptic_f', 1.2)), 7);
    expect(FUNCTIONS.elliptic_e.slope([1.2, 0])[1]).toBeCloseTo(central(row('elliptic_e', 1.2)), 7);
    expect(FUNCTIONS.polylog.slope([3, 0])[1]).toBe(1);
  });
});

describe('the order s of the incomplete gamma functions', () => {
  const NO_DERIVATIVE = "'lowergamma' has no derivative in closed form in its argument 1, which depends on the variable";

  it('may be any expression: differentiating in x needs no derivative in s', () => {
    expect(format(diff('lowergamma(s, x)', 'x'))).toBe('x^(s - 1)*exp(-x)');
    expect(format(diff('uppergamma(a + 1, x^2)', 'x'))).toBe('-2*x*(x^2)^a*exp(-x^2)');
    expect(format(gradient('lowergamma(s, x)*y', ['x', 'y']).y as Expr)).toBe('lowergamma(s, x)');
  });

  it.each([
    ['diff', () => diff('lowergamma(s, x)', 's')],
    ['diff of a dependent s', () => diff('lowergamma(x^2, x)', 'x')],
    ['gradient', () => gradient('lowergamma(s, x)', ['x', 's'])],
    ['compileGradient', () => compileGradient('lowergamma(s, x)', ['s', 'x'])],
    ['hessian', () => hessian('lowergamma(s, x)', ['x', 's'])],
    ['compileHessian', () => compileHessian('lowergamma(s, x)', ['s', 'x'])],
    ['taylor in s', () => taylor('lowergamma(s, 2)', 's', 1, 3)],
  ])('is refused where it depends on the variable: %s', (_, run) => {
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(NO_DERIVATIVE);
  });

  it('the numeric modes give NaN for ∂/∂s and the right ∂/∂x', () => {
    const { gradient: g } = valueAndGrad('lowergamma(s, x)', { s: 2, x: 3 });
    expect(g.s).toBeNaN();
    expect(g.x).toBeCloseTo(3 * Math.exp(-3), 15);
    expect(directionalDerivative('lowergamma(s, x)', { s: 2, x: 3 }, { s: 1 }).derivative).toBeNaN();
  });

  it('a constant s is fine in every pass', () => {
    const e = 'uppergamma(pi/2, x*y)';
    const h = compileHessian(e, ['x', 'y'])(1.5, 0.5).hessian;
    const hv = hessianVectorProduct(parse(e), { x: 1.5, y: 0.5 }, { x: 1, y: 0 }).hvp;
    expect(scaledError(hv.x as number, h[0] as number)).toBeLessThan(1e-12);
    expect(scaledError(hv.y as number, h[2] as number)).toBeLessThan(1e-12);
    expect(scaledError(evaluate(hessian(e)[0]?.[1] as Expr, { x: 1.5, y: 0.5 }), h[1] as number)).toBeLessThan(1e-12);
  });
});

describe("polylog's order", () => {
  const ORDER = "'polylog' takes a non-negative integer literal as its order n (its first argument)";

  it.each(['polylog(n, x)', 'polylog(1.0, x)', 'polylog(-1, x)', 'polylog(1/2, x)'])('%s is a ParseError', (text) => {
    expect(() => parse(text)).toThrow(ParseError);
    expect(() => parse(text)).toThrow(ORDER);
  });

  it('is refused by the builders, and in a forged tree when differentiated', () => {
    expect(() => B.polylog(B.variable('n'), x)).toThrow(InvalidArgumentError);
    expect(() => B.polylog(2.5, x)).toThrow(ORDER);
    expect(() => diff(callNode('polylog', [varNode('n'), x]), 'x')).toThrow(ORDER);
  });

  it('descends by one per derivative, to the elementary Li₁ and Li₀', () => {
    const rows = [1, 2, 3, 4].map((k) => `${k}: ${format(diff('polylog(3, x)', 'x', k))}`);
    expect(rows).toEqual([
      '1: polylog(2, x)/x',
      '2: -(log(1 - x) + polylog(2, x))/x^2',
      expect.stringContaining('3: '),
      expect.stringContaining('4: '),
    ]);
    // the higher ones checked by value against central differences of the one before
    for (const k of [3, 4]) {
      const lower = diff('polylog(3, x)', 'x', k - 1);
      const fd = finiteDifference(lower, { x: 0.4 }, 'x');
      expect(scaledError(evaluate(diff('polylog(3, x)', 'x', k), { x: 0.4 }), fd)).toBeLessThan(1e-6);
    }
  });
});

describe('what the simplifier and taylor know of the new rows', () => {
  it('exact values at exact arguments', () => {
    const rows = [
      'polylog(2, 0)', 'polylog(0, 1/3)', 'polylog(0, 1)', 'polylog(2, 1)', 'lowergamma(2, 0)', 'lowergamma(-1, 0)',
      'uppergamma(4, 0)', 'uppergamma(1/2, 0)', 'elliptic_e(1)', 'elliptic_k(0)', 'elliptic_f(0, m)',
      'elliptic_e(0, 3)', 'elliptic_e(0.5)',
    ];
    expect(`\n${rows.map((r) => `${r.padEnd(20)} ${format(simplify(r))}`).join('\n')}\n`).toBe(`
polylog(2, 0)        0
polylog(0, 1/3)      1/2
polylog(0, 1)        polylog(0, 1)
polylog(2, 1)        polylog(2, 1)
lowergamma(2, 0)     0
lowergamma(-1, 0)    lowergamma(-1, 0)
uppergamma(4, 0)     6
uppergamma(1/2, 0)   uppergamma(1/2, 0)
elliptic_e(1)        1
elliptic_k(0)        elliptic_k(0)
elliptic_f(0, m)     0
elliptic_e(0, 3)     0
elliptic_e(0.5)      ${String(FUNCTIONS.elliptic_e.value(0.5))}
`);
  });

  it('Taylor series at 0 from the derivative column: Σ x^k/k^n and Σ (-1)^k x^{s+k}/(k!(s+k))', () => {
    const coefficients = (text: string, order: number) => taylorCoefficients(parse(text), 'x', 0, order).map((c) => format(c));
    const fraction = (p: bigint, q: bigint) => (q === 1n ? `${p}` : `${p}/${q}`);
    const factorial = (k: number): bigint => (k <= 1 ? 1n : BigInt(k) * factorial(k - 1));
    const upTo = (order: number, c: (k: number) => string) => Array.from({ length: order + 1 }, (_, k) => c(k));
    expect(coefficients('polylog(3, x)', 8)).toEqual(upTo(8, (k) => (k === 0 ? '0' : fraction(1n, BigInt(k) ** 3n))));
    // γ(2, x) = Σ_j (-1)^j x^{j+2} / (j! (j+2))
    expect(coefficients('lowergamma(2, x)', 8)).toEqual(upTo(8, (k) => (k < 2 ? '0'
      : fraction(k % 2 === 0 ? 1n : -1n, factorial(k - 2) * BigInt(k)))));
  });

  it('K and E at m = 0, where the derivative column reads 0/0: the hypergeometric series (DLMF 19.5.1-2)', () => {
    const coefficients = (text: string, order: number) => taylorCoefficients(parse(text), 'x', 0, order).map((c) => format(c));
    // r_j = ((2j)!/(4^j j!²))², as a reduced fraction p/q: K's coefficient is r_j·π/2, E's r_j·π/(2(1 - 2j))
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    const piOver = (p: bigint, q: bigint) => {
      const g = gcd(p, q) * (q < 0n ? -1n : 1n);
      const [n, d] = [p / g, q / g];
      const sign = n < 0n ? '-' : '';
      const a = n < 0n ? -n : n;
      return `${sign}${a === 1n ? '' : `${a}*`}pi${d === 1n ? '' : `/${d}`}`;
    };
    const r = (j: number): [bigint, bigint] => {
      let [p, q] = [1n, 1n];
      for (let i = 1; i <= j; i++) [p, q] = [p * BigInt(2 * i - 1) ** 2n, q * BigInt(2 * i) ** 2n];
      return [p, q];
    };
    const upTo = (order: number, c: (j: number) => string) => Array.from({ length: order + 1 }, (_, j) => c(j));
    expect(coefficients('elliptic_k(x)', 6)).toEqual(upTo(6, (j) => piOver(r(j)[0], 2n * r(j)[1])));
    expect(coefficients('elliptic_e(x)', 6)).toEqual(upTo(6, (j) => piOver(r(j)[0], 2n * r(j)[1] * BigInt(1 - 2 * j))));
    // and the polynomials of order 14 at m = 0.01 are the functions to rounding (the next term is 1e-28)
    for (const fn of ['elliptic_k', 'elliptic_e'] as const) {
      const p = taylor(`${fn}(x)`, 'x', 0, 14);
      expect(scaledError(evaluate(p, { x: 0.01 }), FUNCTIONS[fn].value(0.01))).toBeLessThan(1e-15);
    }
    // composed: K(sin x)·E(x) has no x term, (π²/4)(1 + x/4 - x/4 + …)
    expect(coefficients('elliptic_k(sin(x))*elliptic_e(x)', 1)).toEqual(['pi^2/4', '0']);
  });

  it('F(φ|m) and E(φ|m) where m varies from 0: refused by name (their series in m is not written), never a stack overflow', () => {
    for (const text of ['elliptic_f(x, x)', 'elliptic_e(1, x^2)', 'elliptic_f(1, sin(x))']) {
      expect(() => taylor(text, 'x', 0, 3)).toThrow(InvalidArgumentError);
      expect(() => taylor(text, 'x', 0, 3)).toThrow('its parameter m varies from 0');
    }
    // in φ alone, or about another m, the generic rule works: F(x|1/2) = x + x³/12 + …
    expect(taylorCoefficients(parse('elliptic_f(x, 1/2)'), 'x', 0, 3).map((c) => format(c))).toEqual(['0', '1', '0', '1/12']);
    expect(format(taylor('elliptic_e(x, m)', 'x', 0, 3))).toBe('x - m*x^3/6');
  });

  it('LaTeX in SymPy\'s notation', () => {
    expect(['lowergamma(s, x)', 'uppergamma(1/2, x)', 'polylog(3, x^2)', 'elliptic_k(m)', 'elliptic_e(m)',
      'elliptic_e(phi, m)', 'elliptic_f(phi, m)'].map((t) => toLatex(parse(t)))).toEqual([
      '\\gamma\\left(s, x\\right)', '\\Gamma\\left(\\frac{1}{2}, x\\right)', '\\operatorname{Li}_{3}\\left(x^{2}\\right)',
      'K\\left(m\\right)', 'E\\left(m\\right)', 'E\\left(\\phi\\middle| m\\right)', 'F\\left(\\phi\\middle| m\\right)',
    ]);
  });
});

describe('second order through the table', () => {
  // forward-over-reverse reads the derivative column with literal arguments as themselves
  it.each(['polygamma(1, x)*y', 'polylog(3, x*y)', 'elliptic_f(x, y/2)', 'elliptic_e(x*y)', 'lowergamma(2.5, x + y)'])(
    'hessianVectorProduct equals the compiled Hessian times the direction: %s', (text) => {
      const e = parse(text);
      const [px, py, vx, vy] = [0.7, 0.4, 0.3, -1.1];
      const h = compileHessian(e, ['x', 'y'])(px, py).hessian;
      const { hvp } = hessianVectorProduct(e, { x: px, y: py }, { x: vx, y: vy });
      expect(scaledError(hvp.x as number, (h[0] as number) * vx + (h[1] as number) * vy)).toBeLessThan(1e-12);
      expect(scaledError(hvp.y as number, (h[2] as number) * vx + (h[3] as number) * vy)).toBeLessThan(1e-12);
    });
});
