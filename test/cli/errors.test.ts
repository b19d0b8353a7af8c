// What bad command lines get: bad usage exits 2 with the usage line, bad input exits 1 with one
// message on stderr (and a caret under the offending character of a parse error), never a stack.

import { beforeAll, describe, it } from 'vitest';
import { assertBuilt, symdiff, transcript } from './spawn.js';

beforeAll(assertBuilt);

describe.concurrent('usage errors exit with 2', () => {
  it('unknown command, unknown option, missing and extra arguments, conflicting notations', async ({ expect }) => {
    const runs = await Promise.all([
      symdiff(['frobnicate', 'x']),
      symdiff(['diff', 'x^2', 'x', '--ordr', '2']),
      symdiff(['eval', 'x', '--order', '2']),
      symdiff(['diff']),
      symdiff(['diff', 'x*y', 'x', 'y']),
      symdiff(['simplify', 'x', 'x=1']),
      symdiff(['diff', 'x', '--latex', '--json']),
      symdiff(['diff', 'x', '--order']),
      symdiff(['grad', 'x', '--json=yes']),
      symdiff(['eval', 'x', '2=x']),
    ]);
    expect(runs.map(transcript).join('\n')).toMatchInlineSnapshot(`
      "exit 2
      stderr:
      symdiff: unknown command 'frobnicate'
      Usage: symdiff <command> <expr> [arguments] [options]; symdiff --help lists the commands
      exit 2
      stderr:
      symdiff: 'diff' has no option --ordr
      Usage: symdiff diff <expr> [<variable>] [--order n]; symdiff diff --help for more
      exit 2
      stderr:
      symdiff: 'eval' has no option --order
      Usage: symdiff eval <expr> [name=value ...]; symdiff eval --help for more
      exit 2
      stderr:
      symdiff: missing the expression
      Usage: symdiff diff <expr> [<variable>] [--order n]; symdiff diff --help for more
      exit 2
      stderr:
      symdiff: unexpected argument 'y'
      Usage: symdiff diff <expr> [<variable>] [--order n]; symdiff diff --help for more
      exit 2
      stderr:
      symdiff: 'simplify' takes no point, got 'x=1'
      Usage: symdiff simplify <expr>; symdiff simplify --help for more
      exit 2
      stderr:
      symdiff: choose one of --latex, --json
      Usage: symdiff diff <expr> [<variable>] [--order n]; symdiff diff --help for more
      exit 2
      stderr:
      symdiff: option --order needs a value
      Usage: symdiff diff <expr> [<variable>] [--order n]; symdiff diff --help for more
      exit 2
      stderr:
      symdiff: Option '--json' does not take an argument
      Usage: symdiff grad <expr> [name=value ...]; symdiff grad --help for more
      exit 2
      stderr:
      symdiff: expected name=value, got '2=x'
      Usage: symdiff eval <expr> [name=value ...]; symdiff eval --help for more"
    `);
  });
});

describe.concurrent('user errors exit with 1', () => {
  it('a parse error shows the argument with a caret under the offending character', async ({ expect }) => {
    const runs = await Promise.all([
      symdiff(['diff', 'cos(x', 'x']),
      symdiff(['eval', 'x + 1', 'x=2*']),
    ]);
    expect(runs.map(transcript).join('\n')).toMatchInlineSnapshot(`
      "exit 1
      stderr:
      symdiff: expected ')' (column 6)
      cos(x
           ^
      exit 1
      stderr:
      symdiff: expected an expression (column 5)
      x=2*
          ^"
    `);
  });

  it('an unbound variable and a nesting past the limit', async ({ expect }) => {
    const runs = await Promise.all([
      symdiff(['eval', 'x + y', 'x=1']),
      symdiff(['diff', `${'('.repeat(300)}x${')'.repeat(300)}`, 'x']),
    ]);
    expect(runs.map(transcript).join('\n')).toMatchInlineSnapshot(`
      "exit 1
      stderr:
      symdiff: unbound variable 'y'
      exit 1
      stderr:
      symdiff: nested deeper than 256 levels (column 257)
      …((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x)))))))))))))))…
                                                                   ^"
    `);
  });
});
