// The command line's `steps` and `check`, in process: what they print and the exit code of a verdict.

import { describe, expect, it } from 'vitest';
import { CommandUsageError, readCommandLine, type Invocation } from '../../src/cli/argv.js';
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
