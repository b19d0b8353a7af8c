// The one-shot commands through the built binary, as a user runs them: what each prints and its
// exit code. (More outputs, computed in-process, are in commands.test.ts; the processes here are few.)

import { beforeAll, describe, it } from 'vitest';
import { assertBuilt, run, symdiff, transcript } from './spawn.js';

beforeAll(assertBuilt);

describe.concurrent('one-shot commands', () => {
  it('diff: the simplified derivative; --order; an expression that starts with a minus; --latex', async ({ expect }) => {
    const runs = await Promise.all([
      symdiff(['diff', 'cos(x)*exp(x^2)', 'x']),
      symdiff(['diff', '-x^3', '--order', '2', 'x']),
      symdiff(['diff', 'x^2*sin(x)', 'x', '--latex']),
    ]);
    expect(runs.map(transcript).join('\n')).toMatchInlineSnapshot(`
      "exit 0
      (2*x*cos(x) - sin(x))*exp(x^2)
      exit 0
      -6*x
      exit 0
      x \\cdot \\left(x \\cdot \\cos\\left(x\\right) + 2\\sin\\left(x\\right)\\right)"
    `);
  });

  it('grad with the values at a point; eval with a value written as an expression', async ({ expect }) => {
    const runs = await Promise.all([
      symdiff(['grad', 'x*y + sin(x)', 'x=1', 'y=2']),
      symdiff(['eval', 'sin(x)^2 + y', 'x=pi/2', 'y=-1']),
    ]);
    expect(runs.map(transcript).join('\n')).toMatchInlineSnapshot(`
      "exit 0
      x: y + cos(x) = 2.5403023058681398
      y: x = 1
      exit 0
      0"
    `);
  });

  it('fd: the step sweep as a table with the best row marked', async ({ expect }) => {
    expect(transcript(await symdiff(['fd', 'cos(x)*exp(x^2)', 'x', 'x=1', '--scheme', 'forward']))).toMatchInlineSnapshot(`
      "exit 0
      forward differences; exact derivative 0.650032592652928 (forward-mode AD)
      h      estimate            error
      1e-1   0.5243369174055212  1.26e-1
      1e-2   0.640693046953178   9.34e-3
      1e-3   0.6491265586829886  9.06e-4
      1e-4   0.6499422645345199  9.03e-5
      1e-5   0.6500235625983564  9.03e-6
      1e-6   0.650031690030417   9.03e-7
      1e-7   0.6500325011593588  9.15e-8
      1e-8   0.6500325833158627  9.34e-9  ← best
      1e-9   0.6500326943381651  1.02e-7
      1e-10  0.6500333604719799  7.68e-7
      1e-11  0.6500577853785217  2.52e-5
      1e-12  0.6501466032204917  1.14e-4
      1e-13  0.6483702463810914  1.66e-3
      1e-14  0.6661338147750939  1.61e-2
      1e-15  0.6661338147750939  1.61e-2
      1e-16  0                   6.50e-1"
    `);
  });

  it('backprop: the tree with each node\'s value and adjoint, and as JSON', async ({ expect }) => {
    const [table, json] = await Promise.all([
      symdiff(['backprop', 'x*y + sin(x)', 'x=1', 'y=2']),
      symdiff(['backprop', 'x*x + 1', 'x=3', '--json']),
    ]);
    expect(transcript(table)).toMatchInlineSnapshot(`
      "exit 0
               value               adjoint
      +        2.8414709848078967  1
      ├─ *     2                   1
      │  ├─ x  1                   2.5403023058681398
      │  └─ y  2                   1
      └─ sin   0.8414709848078965  1
         └─ x  1                   2.5403023058681398"
    `);
    expect(json.stdout).toMatchInlineSnapshot(`
      "{
        "command": "backprop",
        "input": "x*x + 1",
        "point": {
          "x": 3
        },
        "value": 10,
        "gradient": {
          "x": 6
        },
        "nodes": [
          {
            "label": "x",
            "children": [],
            "value": 3,
            "adjoint": 6
          },
          {
            "label": "*",
            "children": [
              0,
              0
            ],
            "value": 9,
            "adjoint": 1
          },
          {
            "label": "1",
            "children": [],
            "value": 1,
            "adjoint": 1
          },
          {
            "label": "+",
            "children": [
              1,
              2
            ],
            "value": 10,
            "adjoint": 1
          }
        ],
        "root": 3
      }
      "
    `);
  });

  it('--help on every command answers at once (the library is not loaded)', async ({ expect }) => {
    const runs = await Promise.all(['diff', 'grad', 'simplify', 'eval', 'tree', 'latex', 'fd', 'backprop'].map((c) => symdiff([c, '--help'])));
    expect(runs.map((r) => `${r.code} ${r.stdout.split('\n')[0]}`).join('\n')).toMatchInlineSnapshot(`
      "0 Usage: symdiff diff <expr> [<variable>] [--order n] [options]
      0 Usage: symdiff grad <expr> [name=value ...] [options]
      0 Usage: symdiff simplify <expr> [options]
      0 Usage: symdiff eval <expr> [name=value ...] [options]
      0 Usage: symdiff tree <expr> [options]
      0 Usage: symdiff latex <expr> [options]
      0 Usage: symdiff fd <expr> [<variable>] name=value ... [--scheme s] [options]
      0 Usage: symdiff backprop <expr> [name=value ...] [options]"
    `);
  });

  it('npx --no -- symdiff --help runs the bin from the repository', async ({ expect }) => {
    // `npx --no symdiff --help` would show npm's own help: npm takes a --help anywhere on its line.
    const help = await run('npx', ['--no', '--', 'symdiff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^symdiff: derivatives four ways/);
    expect(help.stdout).toContain('Exit codes: 0 success, 1 bad input (the message on stderr), 2 bad usage.');
  });
});
