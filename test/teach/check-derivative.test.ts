// checkDerivative: the verdict, the counterexample, and the mistake with its node and its sentence.

import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { format } from '../../src/print/format.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';
import { postorder } from '../../src/ast/walk.js';
import { checkDerivative } from '../../src/teach/check-derivative.js';

const check = (answer: string, expr: string, variable = 'x') => checkDerivative(parse(answer), parse(expr), variable);

describe('checkDerivative', () => {
  it.each([
    ['2^x', 'x*2^(x - 1)',
      "exponential-as-power at 2^x: 2^x has the variable in the exponent: it is an exponential, not a power, so the power rule does not apply. d/dx[a^u] = a^u·ln(a)·u'."],
    ['7', '7',
      "constant-kept at 7: The derivative of a constant is 0, not 7 itself."],
    ['cos(x^2)', '-sin(x^2)',
      "chain-rule-inner-missing at cos(x^2): The chain rule: the derivative of cos(x^2) is the outer derivative times the derivative of the inside, d/dx[x^2]. That factor is missing."],
    ['exp(x) + 2', 'exp(x) + 2',
      "constant-kept at 2: The derivative of a constant is 0: the term 2 does not depend on x, so it disappears."],
    ['log(x, 10)', '1/x',
      "function-derivative at log(x, 10): The derivative of log(u, b) is 1/(u·ln(b)), not 1/u (at log(x, 10))."],
    ['sin(3x)', '-3cos(3x)',
      "function-derivative at sin(3*x): The derivative of sin(u) is cos(u), not -cos(u) (at sin(3*x))."],
    ['sin(x)/x', '(sin(x) - x*cos(x))/x^2',
      "quotient-rule-sign at sin(x)/x: The quotient rule: d/dx[u/v] = (u'·v - u·v')/v^2, the derivative of the numerator first. For sin(x)/x the numerator's two terms are the other way round, which flips the sign."],
    ['sin(x)/x', 'cos(x) - sin(x)/x',
      "quotient-rule-square at sin(x)/x: The quotient rule: d/dx[u/v] = (u'·v - u·v')/v^2. For sin(x)/x divide by the square of the denominator, x^2, not by the denominator itself."],
    ['sqrt(x)', 'sqrt(x)/2',
      "power-rule at sqrt(x): The power rule: d/dx[u^n] = n·u^(n-1)·u'. For sqrt(x), the exponent goes down by one, to -1/2; it was left at 1/2."],
    ['x^(-2)', '-2x^(-1)',
      "power-rule at x^-2: The power rule: d/dx[u^n] = n·u^(n-1)·u'. For x^-2, the exponent goes down by one, to -3, not up."],
    ['x^2', 'x^3/3',
      "antiderivative at x^2: Your answer is an antiderivative of x^2: differentiating it gives the expression back. The question asks for the derivative, not the integral."],
    ['x^2*sin(x)', '2x*cos(x)',
      "product-rule-as-product at x^2*sin(x): The product rule: d/dx[u·v] = u'·v + u·v', not u'·v' (the product of the derivatives). Look again at x^2*sin(x)."],
    ['x^3', '6x^2',
      "constant-factor at x^3: Your answer is 2 times the right derivative: a constant factor is off (check the coefficients and the signs)."],
    ['x^5', '5x^5',
      "power-rule at x^5: The power rule: d/dx[u^n] = n·u^(n-1)·u'. For x^5, the exponent goes down by one, to 4; it was left at 5."],
    ['x^5', 'x^4',
      "power-rule at x^5: The power rule: d/dx[u^n] = n·u^(n-1)·u'. For x^5, the old exponent 5 comes down as a factor; it is missing."],

  ])('names the mistake in d/dx %s = %s', (expr, answer, diagnosis) => {
    const { mistake } = check(answer, expr);
    expect(`${mistake?.kind} at ${format(mistake?.at as Expr)}: ${mistake?.message}`).toBe(diagnosis);
  });

  it('points at the very node of the input tree', () => {
    const expr = parse('x^2 + sin(3x)');
    const { mistake } = checkDerivative(parse('2x + cos(3x)'), expr, 'x');
    const sine = postorder(expr).find((e) => e.kind === 'call');
    expect(mistake?.kind).toBe('chain-rule-inner-missing');
    expect(mistake?.at).toBe(sine);
  });

  it('gives the counterexample and the expected derivative', () => {
    const result = check('-2x/sqrt(1 - x^2)', 'sqrt(1 - x^2)');
    expect(format(result.expected)).toBe('-x/sqrt(1 - x^2)');
    const { point, answer, expected } = result.counterexample ?? { point: {}, answer: NaN, expected: NaN };
    expect(answer).toBe(evaluate(parse('-2x/sqrt(1 - x^2)'), point));
    expect(expected).toBe(evaluate(result.expected, point));
    expect(answer).not.toBe(expected);
  });

  it.each([
    ['3x^2 + 5', '6x + 1', 'incorrect', undefined], // wrong, but by no listed rule: no diagnosis
    ['x^3', 'x^2 + 1', 'incorrect', undefined],
    ['cos(x)*exp(x^2)', 'exp(x^2)*(2x*cos(x) - sin(x))', 'correct', undefined],
    ['sqrt(-x^2 - 1)', 'x/sqrt(-x^2 - 1)', 'undecided', undefined], // no real point where the expression is defined
  ])('d/dx %s = %s is %s', (expr, answer, verdict, kind) => {
    const result = check(answer, expr);
    expect(result.verdict).toBe(verdict);
    expect(result.mistake?.kind).toBe(kind);
  });

  it('checks partial derivatives in the named variable', () => {
    expect(check('2x*y', 'x^2*y + y^3').verdict).toBe('correct');
    expect(check('x^2 + 3y^2', 'x^2*y + y^3', 'y').verdict).toBe('correct');
    expect(check('2x*y + y^3', 'x^2*y + y^3').mistake?.kind).toBe('constant-kept');
  });

  it.each([['2x'], ['pi'], ['sin'], [''], [3]])('rejects the variable %j', (variable) => {
    expect(() => checkDerivative(parse('1'), parse('x'), variable as string)).toThrow(InvalidArgumentError);
  });

  it('rejects bad options', () => {
    expect(() => checkDerivative(parse('1'), parse('x'), 'x', { tolerance: -1 })).toThrow(InvalidArgumentError);
  });
});
