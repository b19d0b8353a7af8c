// Each new row's derivative, seven ways against mpmath's (5 points a function): the derivative column
// through D (raw and simplified) and the symbolic gradient sweep, the slope column, forward mode,
// reverse mode and compiled code,
// to 1e-12·max(1, |f'|); central differences to 1e-6. Then what the simplifier may know of a row.

import { describe, expect, it } from 'vitest';
import * as B from '../../src/ast/builders.js';
import { FUNCTIONS, type FunctionName } from '../../src/ast/functions.js';
import {
  compileGradient, diff, differentiate, directionalDerivative, evaluate, finiteDifference, format, gradient, simplify,
  valueAndGrad, type Expr,
} from '../../src/index.js';
import { SLOPES, scaledError } from './reference.js';

const x = B.variable('x');

const cases = Object.entries(SLOPES).flatMap(([name, points]) =>
  points.map((p) => ({ name: name as FunctionName, args: p.args, want: Number(p.slope) })));

describe("f'(x) against mpmath (test/data/special-functions.json)", () => {
  it('covers every new function', () => {
    expect(Object.keys(SLOPES)).toHaveLength(23);
    for (const name of Object.keys(SLOPES)) expect(Object.hasOwn(FUNCTIONS, name)).toBe(true);
  });

  it.each(cases)('$name at $args', ({ name, args, want }) => {
    // The leading arguments (polygamma's order) are literals; x is the last.
    const at = args[args.length - 1] as number;
    const tree = B.call(name, ...args.slice(0, -1).map((n) => B.num(n)), x);
    const point = { x: at };
    const methods = {
      'D, raw': evaluate(differentiate(tree, 'x'), point),
      'D, simplified': evaluate(diff(tree, 'x'), point),
      'symbolic gradient': evaluate(gradient(tree, ['x']).x as Expr, point),
      'slope column': FUNCTIONS[name].slope(args).at(-1) as number,
      'forward mode': directionalDerivative(tree, point, { x: 1 }).derivative,
      'reverse mode': valueAndGrad(tree, point).gradient.x as number,
      'compiled gradient': compileGradient(tree, ['x'])(at).gradient[0] as number,
    };
    for (const [method, got] of Object.entries(methods)) {
      expect(scaledError(got, want), `${method}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12);
    }
    expect(scaledError(finiteDifference(tree, point, 'x'), want)).toBeLessThanOrEqual(1e-6);
  });
});

describe('what the simplifier knows of the new rows', () => {
  it('exact values where they are rational, and parity', () => {
    const rows = [
      'sech(0)', 'asec(1)', 'asech(1)', 'erf(0)', 'erfc(0)', 'erfi(0)', 'li(0)', 'Si(0)', 'Shi(0)', 'fresnels(0)',
      'fresnelc(0)', 'gamma(1)', 'gamma(6)', 'gamma(21)', 'gamma(0)', 'gamma(1/2)', 'digamma(1)', 'polygamma(1, 1)',
      'sech(-x)', 'csch(-x)', 'coth(-x)', 'acot(-x)', 'acsc(-x)', 'acsch(-x)', 'acoth(-x)', 'erf(-x)', 'erfi(-x)',
      'Si(-x)', 'Shi(-x)', 'fresnels(-x)', 'fresnelc(-x)', 'asec(-x)', 'erfc(-x)', 'gamma(-x)',
    ];
    expect(`\n${rows.map((r) => `${r.padEnd(16)} ${format(simplify(r))}`).join('\n')}\n`).toMatchInlineSnapshot(`
      "
      sech(0)          1
      asec(1)          0
      asech(1)         0
      erf(0)           0
      erfc(0)          1
      erfi(0)          0
      li(0)            0
      Si(0)            0
      Shi(0)           0
      fresnels(0)      0
      fresnelc(0)      0
      gamma(1)         1
      gamma(6)         120
      gamma(21)        2432902008176640000
      gamma(0)         gamma(0)
      gamma(1/2)       gamma(1/2)
      digamma(1)       digamma(1)
      polygamma(1, 1)  polygamma(1, 1)
      sech(-x)         sech(x)
      csch(-x)         -csch(x)
      coth(-x)         -coth(x)
      acot(-x)         -acot(x)
      acsc(-x)         -acsc(x)
      acsch(-x)        -acsch(x)
      acoth(-x)        -acoth(x)
      erf(-x)          -erf(x)
      erfi(-x)         -erfi(x)
      Si(-x)           -Si(x)
      Shi(-x)          -Shi(x)
      fresnels(-x)     -fresnels(x)
      fresnelc(-x)     -fresnelc(x)
      asec(-x)         asec(-x)
      erfc(-x)         erfc(-x)
      gamma(-x)        gamma(-x)
      "
    `);
  });

  it('differentiates down the gamma family: each function the derivative of the one before', () => {
    const rows = [['gamma(x)', 1], ['gamma(x)', 2], ['digamma(x)', 1], ['digamma(x)', 3], ['polygamma(0, x)', 1],
      ['polygamma(4, x^2)', 1], ['Ei(log(x))', 1], ['li(exp(x))', 1]] as const;
    expect(`\n${rows.map(([f, n]) => `${`${f}, order ${n}`.padEnd(26)} ${format(diff(f, 'x', n))}`).join('\n')}\n`)
      .toMatchInlineSnapshot(`
        "
        gamma(x), order 1          digamma(x)*gamma(x)
        gamma(x), order 2          (digamma(x)^2 + polygamma(1, x))*gamma(x)
        digamma(x), order 1        polygamma(1, x)
        digamma(x), order 3        polygamma(3, x)
        polygamma(0, x), order 1   polygamma(1, x)
        polygamma(4, x^2), order 1 2*x*polygamma(5, x^2)
        Ei(log(x)), order 1        1/log(x)
        li(exp(x)), order 1        exp(x)/x
        "
      `);
  });
});
