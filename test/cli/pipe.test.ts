// The REPL reading a script on stdin, through the built binary: one result per statement, no
// prompt, no colour; errors on stderr with their line, processing goes on, and the exit code says
// whether any statement failed.

import { beforeAll, describe, it } from 'vitest';
import { assertBuilt, symdiff, transcript } from './spawn.js';

beforeAll(assertBuilt);

describe.concurrent('symdiff < script', () => {
  it('a session: definitions, Leibniz shorthand, at, an error with its caret, commands, :help', async ({ expect }) => {
    const script = [
      'd/dx cos(x)*exp(x^2)',
      'f = x^2*sin(x)',
      'd/dx f',
      'f at x=2',
      'f = f + 1',
      'd^2/dx^2 x^4',
      'd/dx sin(x +)',
      'g = (f +',
      '  1)*2',
      ':grad x*y, x=1, y=2',
      'unknown + 1',
      ':eval unknown + 1',
      ':frob',
      ':help',
    ].join('\n');
    expect(transcript(await symdiff([], { input: script }))).toMatchInlineSnapshot(`
      "exit 1
      (2*x*cos(x) - sin(x))*exp(x^2)
      f = x^2*sin(x)
      x*(x*cos(x) + 2*sin(x))
      4*sin(2) = 3.637189707302727
      f = x^2*sin(x) + 1
      12*x^2
      g = 2*(x^2*sin(x) + 2)
      x: y = 2
      y: x = 1
      unknown + 1
      Statements (a line with parentheses open goes on on the next line; an empty line or a :command
      ends it):
        <expr>                its simplified form, and its value when no variable is left: pi/4 + 1
        name = <expr>         a definition: f = x^2*sin(x), then f + 1, d/dx f, f at x=2
        <expr> at x=2, y=3    the point substituted (exact where it can be), and the value
        d/dx <expr>           the derivative; d^2/dx^2 <expr> the second; d/dx d/dy <expr> a mixed one
        # comment             ignored

      A definition is expanded when it is made: its right side is read with the definitions of that
      moment, so f = f + 1 adds 1 to the old f, and redefining f later leaves g = 2*f as it was.
      A point value is an expression: x=pi/4, x=-1, x=y+1 (after at; a command needs numbers).
      A line that starts with d/dx is a derivative: to divide d by dx, write (d)/dx.

      Commands (what follows the expression is separated by commas; <expr> may be d/dx <expr>):
        :diff <expr>[, x][, n]           the n-th derivative in x (x may go when there is one variable)
        :grad <expr>[, x=1, y=2]         every partial derivative, with its value at the point
        :simplify <expr>                 the simplified form
        :eval <expr>, x=1, y=2           the numeric value at the point
        :tree <expr>                     the evaluation tree, as typed
        :latex <expr>                    LaTeX, as typed
        :fd <expr>[, x], x=1[, forward]  finite differences for h = 1e-1 … 1e-16 (scheme: forward, backward, central)
        :backprop <expr>, x=1, y=2       reverse mode: each node's value and adjoint
        :steps <expr>[, x][, n]          the derivation, one rule a line (of order n)
        :check <answer>, <expr>[, x]     is the answer the derivative? if not, the mistake
        :hessian <expr>[, x, y][, x=1]   every second partial derivative, with its value at the point
        :taylor <expr>, x, at, order     the Taylor polynomial in powers of (x - at)
        :vars                            the definitions
        :forget f[, g]                   drop definitions
        :share on|off                    print each repeated subexpression once (t1 = …), for large results
        :help                            this help
        :quit                            leave (so does Ctrl-D); Ctrl-C clears the line or stops a computation
      stderr:
      line 7, column 13: expected an expression
      d/dx sin(x +)
                  ^
      line 12: unbound variable 'unknown'
      line 13: unknown command ':frob'; :help lists the commands"
    `);
  });

  it('a clean script exits 0, and :quit ends it', async ({ expect }) => {
    const run = await symdiff([], { input: 'd/dx cos(x)*exp(x^2)\n:quit\n1 +\n' });
    expect(transcript(run)).toMatchInlineSnapshot(`
      "exit 0
      (2*x*cos(x) - sin(x))*exp(x^2)"
    `);
  });

  it('a command ends an open statement: the unfinished one is answered with its line, then the command', async ({ expect }) => {
    const run = await symdiff([], { input: 'x\ng = (x +\n  1\n:quit\n2\n' });
    expect(transcript(run)).toMatchInlineSnapshot(`
      "exit 1
      x
      stderr:
      line 3, column 4: expected ')'
        1
         ^"
    `);
  });
});
