// `symdiff taylor` and the REPL's `:taylor`, in-process: the polynomial in each notation and as JSON,
// a point given as an expression, and what bad words say.

import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/argv.js';
import { problemOf, problemText } from '../../src/cli/report.js';
import { commandOutput } from '../../src/cli/run-command.js';
import { Session } from '../../src/cli/session.js';

function symdiff(...argv: string[]): string {
  try {
    const line = readCommandLine(argv);
    if (line.kind !== 'run') throw new Error(`not a command: ${argv.join(' ')}`);
    return commandOutput(line.invocation);
  } catch (e) {
    return problemText(problemOf(e, '--share'), 'symdiff: ');
  }
}

describe('symdiff taylor', () => {
  it.each([
    [['taylor', 'exp(sin(x))', 'x', '0', '6'], '1 + x + x^2/2 - x^4/8 - x^5/15 - x^6/240'],
    [['taylor', 'log(x)', 'x', '1', '3'], 'x - 1 - (x - 1)^2/2 + (x - 1)^3/3'],
    [['taylor', 'sin(x)', 'x', 'pi/2', '4', '--latex'], '1 - \\frac{\\left(x - \\frac{\\pi}{2}\\right)^{2}}{2} + \\frac{\\left(x - \\frac{\\pi}{2}\\right)^{4}}{24}'],
    [['taylor', 'sin(x)', 'x', '0'], 'symdiff: taylor needs the variable, the point and the order: symdiff taylor <expr> <variable> <at> <order>'],
    [['taylor', 'sin(x)', 'x', '0', '2.5'], "symdiff: the order must be a non-negative integer, got '2.5'"],
    [['taylor', 'sin(x)', 'x', '0', '500'], 'symdiff: order must be an integer from 0 to 256, got 500'],
  ])('%j', (argv, expected) => {
    expect(symdiff(...argv)).toBe(expected);
  });

  it('prints JSON with the variable, the point as typed and the order', () => {
    expect(JSON.parse(symdiff('taylor', '1/(1-x)', 'x', '0', '3', '--json'))).toEqual({
      command: 'taylor', input: '1/(1-x)', variable: 'x', at: '0', order: 3, result: '1 + x + x^2 + x^3',
    });
  });
});

describe(':taylor', () => {
  it('expands a definition, and says what is missing', () => {
    const session = new Session();
    const run = (statement: string) => {
      const reply = session.run(statement);
      return reply.problem === undefined ? reply.output : `error: ${reply.problem.message}`;
    };
    expect(['f = 1/(1-x)', ':taylor f, x, 0, 3', ':taylor cos(x), x, 0, 4', ':taylor f, x, 0'].map(run)).toEqual([
      'f = 1/(1 - x)', '1 + x + x^2 + x^3', '1 - x^2/2 + x^4/24',
      'error: taylor needs the variable, the point and the order: :taylor <expr>, x, at, order',
    ]);
  });
});
