// The command line's `steps` and `check`, in process: what they print and the exit code of a verdict.

import { describe, expect, it } from 'vitest';
import { CommandUsageError, readCommandLine, type Invocation } from '../../src/cli/argv.js';
import { Session } from '../../src/cli/session.js';
import { checkOutcome, stepsOutcome } from '../../src/cli/teach-commands.js';

function invocation(argv: string[]): Invocation {
  const line = readCommandLine(argv);
  if (line.kind !== 'run') throw new Error(`not a command: ${argv.join(' ')}`);
  return line.invocation;
}

describe('symdiff steps', () => {
  it('prints the derivation, one rule a line', () => {
    expect(`\n${stepsOutcome(invocation(['steps', 'x^2*sin(x)']), 1).output}\n`).toMatchInlineSnapshot(`
      "
      product                d/dx[x^2]*sin(x) + x^2*d/dx[sin(x)]
      power                  2*x*d/dx[x]*sin(x) + x^2*d/dx[sin(x)]
      variable               2*x*1*sin(x) + x^2*d/dx[sin(x)]
      chain sin              2*x*1*sin(x) + x^2*(cos(x)*d/dx[x])
      variable               2*x*1*sin(x) + x^2*(cos(x)*1)
      simplify (factor-out)  x*(x*cos(x) + 2*sin(x))
      "
    `);
  });

  it('prints JSON with each step', () => {
    const out = JSON.parse(stepsOutcome(invocation(['steps', 'exp(3x)', 'x', '--json']), 1).output) as { steps: { rule: string }[]; result: string };
    expect(out.steps.map((s) => s.rule)).toEqual(['chain', 'constant-multiple', 'variable', 'simplify']);
    expect(out.result).toBe('3*exp(3*x)');
  });
});

describe('symdiff check', () => {
  it.each([
    [['check', '-2x*sin(x^2)', 'cos(x^2)', 'x'], 0],
    [['check', '-sin(x^2)', 'cos(x^2)', 'x'], 3],
    [['check', '5x^4', 'x^5'], 0],
    [['check', 'x', 'sqrt(-x^2 - 1)', 'x'], 4],
  ])('%j exits with %i', (argv, code) => {
    expect(checkOutcome(invocation(argv)).code).toBe(code);
  });

  it('names the mistake and the point', () => {
    expect(`\n${checkOutcome(invocation(['check', '-sin(x^2)', 'cos(x^2)'])).output}\n`).toMatchInlineSnapshot(`
      "
      incorrect: d/dx[cos(x^2)] = -2*x*sin(x^2)
      at x=-1: your answer is -0.8414709848078965, the derivative 1.682941969615793
      mistake (chain-rule-inner-missing, at cos(x^2)): The chain rule: the derivative of cos(x^2) is the outer derivative times the derivative of the inside, d/dx[x^2]. That factor is missing.
      "
    `);
  });

  it('is a usage error without the expression', () => {
    expect(() => readCommandLine(['check', 'x'])).toThrow(CommandUsageError);
  });
});

describe('the REPL', () => {
  it(':steps and :check, with definitions', () => {
    const session = new Session();
    const replies = ['f = x^3', ':steps f, x', ':check 3x^3, f', ':check 3x^2, f, x', ':check 3x^2'].map((statement) => {
      const reply = session.run(statement);
      return `> ${statement}\n${reply.output}${reply.problem ? `error: ${reply.problem.message}` : ''}`;
    });
    expect(`\n${replies.join('\n')}\n`).toMatchInlineSnapshot(`
      "
      > f = x^3
      f = x^3
      > :steps f, x
      power                      3*x^2*d/dx[x]
      variable                   3*x^2*1
      simplify (canonical-form)  3*x^2
      > :check 3x^3, f
      incorrect: d/dx[x^3] = 3*x^2
      at x=-1: your answer is -3, the derivative 3
      mistake (power-rule, at x^3): The power rule: d/dx[u^n] = n·u^(n-1)·u'. For x^3, the exponent goes down by one, to 2; it was left at 3.
      > :check 3x^2, f, x
      correct: d/dx[x^3] = 3*x^2
      > :check 3x^2
      error: :check needs the expression after the answer: :check <answer>, <expr>[, x]
      "
    `);
  });
});
