// The one-shot commands' outputs computed in-process (the same code the binary runs after reading
// its arguments), read like a terminal transcript: the notations, the JSON shapes, the messages.

import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/argv.js';
import { problemOf, problemText } from '../../src/cli/report.js';
import { commandOutput } from '../../src/cli/run-command.js';

/** What `symdiff <argv>` prints (stdout, or stderr for bad input), after a `$ symdiff …` line. */
function symdiff(...argv: string[]): string {
  const line = readCommandLine(argv);
  if (line.kind !== 'run') throw new Error(`not a command: ${argv.join(' ')}`);
  let output: string;
  try {
    output = commandOutput(line.invocation);
  } catch (e) {
    output = problemText(problemOf(e, '--share'), 'symdiff: ');
  }
  const shown = argv.map((arg) => (/^[\w=.-]+$/.test(arg) ? arg : `"${arg}"`)).join(' ');
  return `$ symdiff ${shown}\n${output}`;
}

const transcript = (...runs: string[][]): string => runs.map((argv) => symdiff(...argv)).join('\n');

describe('notations', () => {
  it('simplify in text, LaTeX, tree and shared text', () => {
    expect(transcript(
      ['simplify', 'x*x + 2*x*x - 3/6'],
      ['simplify', 'x*x + 2*x*x - 3/6', '--latex'],
      ['simplify', 'x*x + 2*x*x - 3/6', '--tree'],
      ['simplify', 'exp(x^2) + sin(x^2)', '--share'],
    )).toMatchInlineSnapshot(`
      "$ symdiff simplify "x*x + 2*x*x - 3/6"
      3*x^2 - 1/2
      $ symdiff simplify "x*x + 2*x*x - 3/6" --latex
      3x^{2} - \\frac{1}{2}
      $ symdiff simplify "x*x + 2*x*x - 3/6" --tree
      -
      ├─ *
      │  ├─ 3
      │  └─ ^
      │     ├─ x
      │     └─ 2
      └─ /
         ├─ 1
         └─ 2
      $ symdiff simplify "exp(x^2) + sin(x^2)" --share
      t1 = x^2
      exp(t1) + sin(t1)"
    `);
  });

  it('tree and latex show the expression as typed', () => {
    expect(transcript(['tree', '1*x - -2'], ['latex', 'sqrt(x)/2 + x^-2'], ['latex', 'log(x, 2)'])).toMatchInlineSnapshot(`
      "$ symdiff tree "1*x - -2"
      -
      ├─ *
      │  ├─ 1
      │  └─ x
      └─ neg
         └─ 2
      $ symdiff latex "sqrt(x)/2 + x^-2"
      \\frac{\\sqrt{x}}{2} + x^{-2}
      $ symdiff latex "log(x, 2)"
      \\log_{2}\\left(x\\right)"
    `);
  });

  it('grad without a point, in LaTeX, as trees, and for a constant (no lines)', () => {
    expect(transcript(
      ['grad', 'x*y + sin(x)'],
      ['grad', 'x^2*y', '--latex'],
      ['grad', 'x*y', '--tree', 'x=1', 'y=2'],
      ['grad', '7'],
    )).toMatchInlineSnapshot(`
      "$ symdiff grad "x*y + sin(x)"
      x: y + cos(x)
      y: x
      $ symdiff grad "x^2*y" --latex
      x: 2x \\cdot y
      y: x^{2}
      $ symdiff grad "x*y" --tree x=1 y=2
      x: y = 2
      y: x = 1
      $ symdiff grad 7
      "
    `);
  });

  it('the variable of diff and fd may be left out when there is one', () => {
    expect(transcript(['diff', 'exp(2t)'], ['fd', 'x^2', 'x=3', '--scheme=backward'])).toMatchInlineSnapshot(`
      "$ symdiff diff "exp(2t)"
      2*exp(2*t)
      $ symdiff fd "x^2" x=3 --scheme=backward
      backward differences; exact derivative 6 (forward-mode AD)
      h      estimate           error
      1e-1   5.899999999999999  1.00e-1
      1e-2   5.989999999999895  1.00e-2
      1e-3   5.998999999999199  1.00e-3
      1e-4   5.99990000001327   1.00e-4
      1e-5   5.999990000127297  1.00e-5
      1e-6   5.999999000749767  9.99e-7
      1e-7   5.999999892480901  1.08e-7
      1e-8   5.999999963535174  3.65e-8  ← best
      1e-9   6.000000496442226  4.96e-7
      1e-10  6.000000496442226  4.96e-7
      1e-11  6.000000496442226  4.96e-7
      1e-12  6.000533403494046  5.33e-4
      1e-13  5.986322548778844  1.37e-2
      1e-14  6.039613253960852  3.96e-2
      1e-15  5.329070518200751  6.71e-1
      1e-16  0                  6.00e+0"
    `);
  });
});

describe('--json', () => {
  it('one object per command: command and input first, then the results', () => {
    expect(transcript(
      ['diff', 'x^3', '--json'],
      ['simplify', 'x + x', '--json'],
      ['grad', 'x*y', 'x=1', 'y=2', '--json'],
      ['latex', 'x/2', '--json'],
    )).toMatchInlineSnapshot(`
      "$ symdiff diff "x^3" --json
      {
        "command": "diff",
        "input": "x^3",
        "variable": "x",
        "order": 1,
        "result": "3*x^2"
      }
      $ symdiff simplify "x + x" --json
      {
        "command": "simplify",
        "input": "x + x",
        "result": "2*x"
      }
      $ symdiff grad "x*y" x=1 y=2 --json
      {
        "command": "grad",
        "input": "x*y",
        "gradient": {
          "x": "y",
          "y": "x"
        },
        "at": {
          "point": {
            "x": 1,
            "y": 2
          },
          "value": 2,
          "gradient": {
            "x": 2,
            "y": 1
          }
        }
      }
      $ symdiff latex "x/2" --json
      {
        "command": "latex",
        "input": "x/2",
        "latex": "\\\\frac{x}{2}"
      }"
    `);
  });

  it('numbers JSON cannot hold are strings; names are plain keys, __proto__ included', () => {
    const parsed = JSON.parse(symdiff('eval', '1/x + __proto__', 'x=0', '__proto__=1', '--json').split('\n').slice(1).join('\n'));
    expect(parsed).toMatchInlineSnapshot(`
      {
        "command": "eval",
        "input": "1/x + __proto__",
        "point": {
          "__proto__": 1,
          "x": 0,
        },
        "value": "Infinity",
      }
    `);
    expect(Object.keys(parsed.point)).toEqual(['x', '__proto__']);
  });

  it('a tree is a flat list of distinct nodes, children first, the root last', () => {
    expect(transcript(['tree', 'x*x + 1', '--json'])).toMatchInlineSnapshot(`
      "$ symdiff tree "x*x + 1" --json
      {
        "command": "tree",
        "input": "x*x + 1",
        "nodes": [
          {
            "label": "x",
            "children": []
          },
          {
            "label": "x",
            "children": []
          },
          {
            "label": "*",
            "children": [
              0,
              1
            ]
          },
          {
            "label": "1",
            "children": []
          },
          {
            "label": "+",
            "children": [
              2,
              3
            ]
          }
        ],
        "root": 4
      }"
    `);
  });

  it('fd lists every step with its estimate and error, and the index of the best', () => {
    const { rows, best, exact, scheme } = JSON.parse(symdiff('fd', 'x^2', 'x=1', '--json').split('\n').slice(1).join('\n'));
    expect({ steps: rows.length, best, bestRow: rows[best], exact, scheme }).toMatchInlineSnapshot(`
      {
        "best": 0,
        "bestRow": {
          "error": 4.440892098500626e-16,
          "estimate": 2.0000000000000004,
          "h": 0.1,
        },
        "exact": 2,
        "scheme": "central",
        "steps": 16,
      }
    `);
  });
});

describe('bad input: one message, and the caret for a parse error', () => {
  it('names what is wrong', () => {
    expect(transcript(
      ['simplify', 'sinn(x) + 1'],
      ['diff', 'x^2', 'x', '--order', '0'],
      ['diff', 'x^2', 'x', '--order', 'two'],
      ['diff', 'x^2', 'x', '--order', '0x2'],
      ['fd', 'sin(x)', 'x=0', '--scheme', 'sideways'],
      ['diff', 'x^2', 'pi'],
      ['diff', 'x*y'],
      ['diff', '7'],
      ['eval', 'x', 'x=y'],
      ['eval', 'x', 'x=1', 'x=2'],
      ['eval', 'x', 'pi=3'],
      ['fd', 'x*y', 'x', 'x=1'],
    )).toMatchInlineSnapshot(`
      "$ symdiff simplify "sinn(x) + 1"
      symdiff: unknown function 'sinn' (column 1)
      sinn(x) + 1
      ^
      $ symdiff diff "x^2" x --order 0
      symdiff: order must be a positive integer, got 0
      $ symdiff diff "x^2" x --order two
      symdiff: --order must be a positive integer, got 'two'
      $ symdiff diff "x^2" x --order 0x2
      symdiff: --order must be a positive integer, got '0x2'
      $ symdiff fd "sin(x)" x=0 --scheme sideways
      symdiff: scheme must be 'forward', 'backward' or 'central', got "sideways"
      $ symdiff diff "x^2" pi
      symdiff: variable cannot be 'pi': it is a reserved name
      $ symdiff diff "x*y"
      symdiff: the expression has several variables (x, y): name the one to differentiate by
      $ symdiff diff 7
      symdiff: the expression has no variable: name the one to differentiate by
      $ symdiff eval x x=y
      symdiff: the value of 'x' must be a number, not an expression in 'y'
      $ symdiff eval x x=1 x=2
      symdiff: 'x' is given twice in the point
      $ symdiff eval x pi=3
      symdiff: a point variable cannot be 'pi': it is a reserved name
      $ symdiff fd "x*y" x x=1
      symdiff: unbound variable 'y'"
    `);
  });
});
