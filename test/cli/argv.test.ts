// Reading the command line: only known option names are options, so an expression may start with
// a minus; a point is the `name=value` arguments; every misuse is a UsageError.

import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/argv.js';
import { UsageError } from '../../src/cli/cli-errors.js';

function read(...argv: string[]): string {
  const line = readCommandLine(argv);
  if (line.kind !== 'run') return `${line.kind}${line.kind === 'help' && line.spec ? ` ${line.spec.name}` : ''}`;
  const { spec, options, expression, words, assignments } = line.invocation;
  return `${spec.name} expression=${JSON.stringify(expression)} words=${JSON.stringify(words)} point=${JSON.stringify(assignments)} options=${JSON.stringify(options)}`;
}

describe('readCommandLine', () => {
  it.each([
    [[], 'repl'],
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help', 'fd'], 'help fd'],
    [['diff', '--help'], 'help diff'],
    [['diff', 'x', '-h'], 'help diff'],
    [['--version'], 'version'],
  ])('%j is %s', (argv, expected) => {
    expect(read(...argv)).toBe(expected);
  });

  it('sorts arguments before parseArgs sees them', () => {
    expect([
      read('diff', '-x^2', 'x'),
      read('diff', '--order', '2', '-x^3', 'x'),
      read('diff', 'x^3', '--order=3'),
      read('simplify', '--', '--help'),
      read('fd', 'x*y', 'x=1', 'x', 'y=-2', '--scheme', 'forward', '--json'),
      read('eval', '-(x)', 'x = 2'),
    ].join('\n')).toMatchInlineSnapshot(`
      "diff expression="-x^2" words=["x"] point=[] options={}
      diff expression="-x^3" words=["x"] point=[] options={"order":"2"}
      diff expression="x^3" words=[] point=[] options={"order":"3"}
      simplify expression="--help" words=[] point=[] options={}
      fd expression="x*y" words=["x"] point=["x=1","y=-2"] options={"scheme":"forward","json":true}
      eval expression="-(x)" words=[] point=["x = 2"] options={}"
    `);
  });

  it.each([
    [['frob'], "unknown command 'frob'"],
    [['help', 'frob'], "no help on 'frob': the commands are diff, grad, simplify, eval, tree, latex, fd, backprop"],
    [['diff'], 'missing the expression'],
    [['diff', 'x', '--ordr', '2'], "'diff' has no option --ordr"],
    [['eval', 'x', '--latex'], "'eval' has no option --latex"],
    // In the expression's place too: a mistyped option is not the expression -(-version).
    [['diff', '--version'], "'diff' has no option --version (an expression that starts with -- goes after a --)"],
    [['simplify', '--lattex', 'x+x'], "'simplify' has no option --lattex"],
    [['diff', 'x', 'x', 'y'], "unexpected argument 'y'"],
    [['tree', 'x', 'x=1'], "'tree' takes no point, got 'x=1'"],
    [['eval', 'x', '1=x'], "expected name=value, got '1=x'"],
    [['diff', 'x', '--tree', '--json'], 'choose one of --tree, --json'],
    [['diff', 'x', '--latex', '--share'], '--share goes with the text notation (or --json), not with --latex or --tree'],
    [['fd', 'x', 'x=1', '--scheme'], 'option --scheme needs a value'],
    [['simplify', 'x', '--json=no'], "Option '--json' does not take an argument"],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(() => readCommandLine(argv)).toThrow(UsageError);
    expect(() => readCommandLine(argv)).toThrow(message);
  });
});
