// `symdiff hessian` and the REPL's `:hessian`, in-process: the lines of the upper triangle's
// non-zeros, values at a point, the JSON shape, and what bad input says.

import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/argv.js';
import { problemOf, problemText } from '../../src/cli/report.js';
import { commandOutput } from '../../src/cli/run-command.js';
import { Session } from '../../src/cli/session.js';

function symdiff(...argv: string[]): string {
  let output: string;
  try {
    const line = readCommandLine(argv);
    if (line.kind !== 'run') throw new Error(`not a command: ${argv.join(' ')}`);
    output = commandOutput(line.invocation);
  } catch (e) {
    output = problemText(problemOf(e, '--share'), 'symdiff: ');
  }
  return `$ symdiff ${argv.map((arg) => (/^[\w=.,-]+$/.test(arg) ? arg : `"${arg}"`)).join(' ')}\n${output}`;
}

function repl(...statements: string[]): string {
  const session = new Session();
  return statements.map((statement) => {
    const reply = session.run(statement);
    return [`> ${statement}`, ...(reply.output === '' ? [] : [reply.output]), ...(reply.problem ? [`error: ${reply.problem.message}`] : [])].join('\n');
  }).join('\n');
}

describe('symdiff hessian', () => {
  it.each([
    [['hessian', 'x^2*y + sin(y)'], 'x, x: 2*y\nx, y: 2*x\ny, y: -sin(y)'],
    [['hessian', 'x^2*y + sin(y)', 'x=1', 'y=2'], 'x, x: 2*y = 4\nx, y: 2*x = 2\ny, y: -sin(y) = -0.9092974268256817'],
    [['hessian', 'x^2*y', 'y', 'x'], 'y, x: 2*x\nx, x: 2*y\n(the other entry is 0)'],
    [['hessian', 'x^2 + z^2'], 'x, x: 2\nz, z: 2\n(the other entry is 0)'],
    [['hessian', 'a*x + b'], 'a, x: 1\n(the other 5 entries are 0)'],
    [['hessian', 'x + 1'], 'every entry is 0'],
    [['hessian', 'x^3', '--latex'], 'x, x: 6x'],
  ])('%j', (argv, expected) => {
    expect(symdiff(...argv)).toBe(`$ symdiff ${argv.map((arg) => (/^[\w=.,-]+$/.test(arg) ? arg : `"${arg}"`)).join(' ')}\n${expected}`);
  });

  it('prints JSON: the variables, the whole matrix, the non-zeros and the values at the point', () => {
    expect(JSON.parse(symdiff('hessian', 'x^2*y', 'x=3', 'y=-1', '--json').split('\n').slice(1).join('\n'))).toEqual({
      command: 'hessian', input: 'x^2*y', variables: ['x', 'y'],
      hessian: [['2*y', '2*x'], ['2*x', '0']], sparsity: [[0, 0], [0, 1]],
      at: { point: { x: 3, y: -1 }, hessian: [[-2, 6], [6, 0]] },
    });
  });

  it.each([
    [['hessian', 'x*y', 'x', 'x'], "symdiff: hessian: the variable 'x' is listed twice"],
    [['hessian', 'x*y', 'sin'], "symdiff: hessian: a variable cannot be 'sin': it is a reserved name"],
    [['hessian', 'x^2*y', 'x=1'], "symdiff: unbound variable 'y'"],
  ])('says what is wrong: %j', (argv, expected) => {
    expect(symdiff(...argv).split('\n').slice(1).join('\n')).toContain(expected);
  });
});

describe(':hessian', () => {
  it('prints the lines, with values at a point and variables named', () => {
    expect(repl('f = x^2*y', ':hessian f', ':hessian f, x=2, y=1', ':hessian f, y')).toBe([
      '> f = x^2*y', 'f = x^2*y',
      '> :hessian f', 'x, x: 2*y\nx, y: 2*x\n(the other entry is 0)',
      '> :hessian f, x=2, y=1', 'x, x: 2*y = 2\nx, y: 2*x = 4\n(the other entry is 0)',
      '> :hessian f, y', 'every entry is 0',
    ].join('\n'));
  });

  it('needs an expression', () => {
    expect(repl(':hessian')).toContain('error: :hessian needs an expression');
  });
});
