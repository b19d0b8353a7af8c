// The REPL's statements in-process (the Session that both the pipe and the terminal's worker run):
// definitions and their expansion, `at`, Leibniz prefixes, commands, and what errors say and where
// their caret points, in the whole statement as typed.

import { describe, expect, it } from 'vitest';
import { located } from '../../src/cli/report.js';
import { Session } from '../../src/cli/session.js';

/** Each statement after `> `, then its output, or `error:` and the caret drawing. */
function repl(...statements: string[]): string {
  const session = new Session();
  return statements.map((statement) => {
    const reply = session.run(statement);
    const lines = [`> ${statement.length > 60 ? `${statement.slice(0, 30)}… (${statement.length} characters)` : statement}`];
    if (reply.output !== '') lines.push(reply.output);
    if (reply.problem !== undefined) {
      lines.push(`error: ${reply.problem.message}`);
      if (reply.problem.at !== undefined) lines.push(located(reply.problem.at).caret);
    }
    return lines.join('\n');
  }).join('\n');
}

describe('statements', () => {
  it('expressions print simplified, with their value when no variable is left', () => {
    expect(repl('x + x', 'pi/4 + 1', '2^10', '1/3', 'sin(0)', 'x - x', '1/0')).toMatchInlineSnapshot(`
      "> x + x
      2*x
      > pi/4 + 1
      pi/4 + 1 = 1.7853981633974483
      > 2^10
      1024
      > 1/3
      1/3 = 0.3333333333333333
      > sin(0)
      0
      > x - x
      0
      > 1/0
      1/0 = Infinity"
    `);
  });

  it('definitions are expanded when made: f = f + 1 uses the old f, and g keeps the f it was made with', () => {
    expect(repl('f = x^2*sin(x)', 'g = 2*f', 'f = f + 1', 'f', 'g', 'h = h + 1', 'h', ':vars')).toMatchInlineSnapshot(`
      "> f = x^2*sin(x)
      f = x^2*sin(x)
      > g = 2*f
      g = 2*x^2*sin(x)
      > f = f + 1
      f = x^2*sin(x) + 1
      > f
      x^2*sin(x) + 1
      > g
      2*x^2*sin(x)
      > h = h + 1
      h = h + 1
      > h
      h + 1
      > :vars
      f = x^2*sin(x) + 1
      g = 2*x^2*sin(x)
      h = h + 1"
    `);
  });

  it('at substitutes a point (values are expressions) and evaluates what is left', () => {
    expect(repl('f = x^2*y', 'f at x=3', 'f at x=3, y=1/3', 'f at x=pi/2 y=2', 'f at x=t+1', 'a = f at x=2, y=5', 'a + 1')).toMatchInlineSnapshot(`
      "> f = x^2*y
      f = x^2*y
      > f at x=3
      9*y
      > f at x=3, y=1/3
      3
      > f at x=pi/2 y=2
      pi^2/2 = 4.934802200544679
      > f at x=t+1
      y*(t + 1)^2
      > a = f at x=2, y=5
      a = 20
      > a + 1
      21"
    `);
  });

  it('Leibniz prefixes: first, higher, mixed; and with a point', () => {
    expect(repl('f = x^3*y^2', 'd/dx f', 'd^2/dx^2 f', 'd/dy d/dx f', 'd/dx(x^2)', 'd/dx f at x=1, y=2', 'fp = d/dx f')).toMatchInlineSnapshot(`
      "> f = x^3*y^2
      f = x^3*y^2
      > d/dx f
      3*x^2*y^2
      > d^2/dx^2 f
      6*x*y^2
      > d/dy d/dx f
      6*x^2*y
      > d/dx(x^2)
      2*x
      > d/dx f at x=1, y=2
      12
      > fp = d/dx f
      fp = 3*x^2*y^2"
    `);
  });

  it('commands', () => {
    expect(repl(
      'f = x*y + sin(x)',
      ':diff f, x', ':diff x^3, 2', ':grad f', ':grad f, x=0, y=2', ':simplify x*x*x', ':eval f, x=0, y=2',
      ':eval x*y x=2 y=3', ':tree d/dx x^2', ':latex x/2', ':backprop f, x=0, y=2', ':fd x^3, x=1, forward',
    )).toMatchInlineSnapshot(`
      "> f = x*y + sin(x)
      f = x*y + sin(x)
      > :diff f, x
      y + cos(x)
      > :diff x^3, 2
      6*x
      > :grad f
      x: y + cos(x)
      y: x
      > :grad f, x=0, y=2
      x: y + cos(x) = 3
      y: x = 0
      > :simplify x*x*x
      x^3
      > :eval f, x=0, y=2
      0
      > :eval x*y x=2 y=3
      6
      > :tree d/dx x^2
      *
      ├─ 2
      └─ x
      > :latex x/2
      \\frac{x}{2}
      > :backprop f, x=0, y=2
               value  adjoint
      +        0      1
      ├─ *     0      1
      │  ├─ x  0      3
      │  └─ y  2      0
      └─ sin   0      1
         └─ x  0      3
      > :fd x^3, x=1, forward
      forward differences; exact derivative 3 (forward-mode AD)
      h      estimate            error
      1e-1   3.310000000000004   3.10e-1
      1e-2   3.0301000000000133  3.01e-2
      1e-3   3.0030009999997276  3.00e-3
      1e-4   3.0003000099987354  3.00e-4
      1e-5   3.000030000110953   3.00e-5
      1e-6   3.0000029997978572  3.00e-6
      1e-7   3.000000301511818   3.02e-7
      1e-8   3.0000000039720476  3.97e-9  ← best
      1e-9   3.000000248221113   2.48e-7
      1e-10  3.000000248221113   2.48e-7
      1e-11  3.000000248221113   2.48e-7
      1e-12  3.000266701747023   2.67e-4
      1e-13  2.9976021664879227  2.40e-3
      1e-14  2.9976021664879227  2.40e-3
      1e-15  3.330669073875469   3.31e-1
      1e-16  0                   3.00e+0"
    `);
  });

  it(':share prints a result too long to print otherwise', () => {
    const session = new Session();
    // Built with :share on, so that the definitions print quickly.
    session.run(':share on');
    session.run('f = x');
    for (let i = 0; i < 24; i++) session.run('f = sin(f)*exp(f)');
    session.run(':share off');
    expect(session.run('f + 1').problem?.message).toBe(
      'the formatted expression would be longer than 10,000,000 characters; :share on prints each repeated subexpression once');
    // A definition too long to print is made all the same, and is no failure.
    const defined = session.run('g = f*2');
    expect(defined.output).toBe('g = … (75 distinct nodes, too long to print; :share on prints it)');
    expect(defined.problem).toBeUndefined();
    expect(session.run(':vars').output).toMatchInlineSnapshot(`
      "f = … (73 distinct nodes, too long to print)
      g = … (75 distinct nodes, too long to print)"
    `);
    expect(session.run(':share on').output).toBe('share on');
    expect(session.run('f + 1').output.split('\n').slice(-2).join('\n')).toMatchInlineSnapshot(`
      "t23 = exp(t22)*sin(t22)
      exp(t23)*sin(t23) + 1"
    `);
  });

  it(':forget, :share off, comments and empty lines', () => {
    expect(repl('f = 1', 'g = 2', ':forget f, g', ':vars', '# a comment', '', ':share', ':share off')).toMatchInlineSnapshot(`
      "> f = 1
      f = 1
      > g = 2
      g = 2
      > :forget f, g
      > :vars
      (no definitions)
      > # a comment
      > 
      > :share
      share off
      > :share off
      share off"
    `);
  });
});

describe('errors: one message, and the caret under the character in the statement as typed', () => {
  it('after a prefix, a command, a definition or inside a point', () => {
    expect(repl('d/dx sin(x +)', ':diff sin(x +), x', 'f = (x', 'x^2 at x=1+', ':eval x, x=)', 'd^2/dx^2 2 3')).toMatchInlineSnapshot(`
      "> d/dx sin(x +)
      error: expected an expression
      d/dx sin(x +)
                  ^
      > :diff sin(x +), x
      error: expected an expression
      :diff sin(x +), x
                   ^
      > f = (x
      error: expected ')'
      f = (x
            ^
      > x^2 at x=1+
      error: expected an expression
      x^2 at x=1+
                 ^
      > :eval x, x=)
      error: expected an expression
      :eval x, x=)
                 ^
      > d^2/dx^2 2 3
      error: expected an operator between '2' and '3'
      d^2/dx^2 2 3
                 ^"
    `);
  });

  it('in a statement of several lines', () => {
    expect(repl('sin(x,\n  y)')).toMatchInlineSnapshot(`
      "> sin(x,
        y)
      error: 'sin' takes 1 argument
      sin(x,
      ^"
    `);
  });

  it('names every other mistake', () => {
    expect(repl(
      ':frob', ':', ':diff', ':diff x*y', ':eval x + 1', ':eval x, x=y', ':help me', ':share maybe', ':forget nothing',
      ':diff x, x, 2, 3', 'sin = 1', 'd^2/dx f', 'f at 1', ':fd x, x=1, sideways', 'd^0/dx^0 x', 'f at x=1, x=2',
    )).toMatchInlineSnapshot(`
      "> :frob
      error: unknown command ':frob'; :help lists the commands
      > :
      error: unknown command ':'; :help lists the commands
      > :diff
      error: :diff needs an expression: :diff <expr>[, x][, n]
      > :diff x*y
      error: the expression has several variables (x, y): name the one to differentiate by
      > :eval x + 1
      error: unbound variable 'x'
      > :eval x, x=y
      error: the value of 'x' must be a number, not an expression in 'y'
      > :help me
      error: :help takes no arguments, got 'me'
      > :share maybe
      error: :share takes on or off, not 'maybe'
      > :forget nothing
      error: 'nothing' is not defined
      > :diff x, x, 2, 3
      error: unexpected '3' after :diff's expression
      > sin = 1
      error: 'sin' cannot be defined: it is the name of a function or a constant
      > d^2/dx f
      error: write d/dx or d^n/dx^n with the same n twice, not 'd^2/dx'
      > f at 1
      error: expected an operator between 'f' and 'at'
      f at 1
        ^
      > :fd x, x=1, sideways
      error: unbound variable 'sideways'
      > d^0/dx^0 x
      error: order must be a positive integer, got 0
      > f at x=1, x=2
      error: 'x' is given twice in the point"
    `);
  });

  it('every command refuses what it does not take, as the one-shot commands do', () => {
    expect(repl(
      ':diff x*y, x, y=2', ':eval x^2, x=1, bogus', ':grad x*y, x', ':simplify x, y=2', ':tree x, y', ':latex x, 3',
      ':backprop x, x=1, y',
    )).toMatchInlineSnapshot(`
      "> :diff x*y, x, y=2
      error: :diff takes no point, got 'y=2'
      > :eval x^2, x=1, bogus
      error: unexpected 'bogus' after :eval's expression
      > :grad x*y, x
      error: unexpected 'x' after :grad's expression
      > :simplify x, y=2
      error: :simplify takes no point, got 'y=2'
      > :tree x, y
      error: unexpected 'y' after :tree's expression
      > :latex x, 3
      error: unexpected '3' after :latex's expression
      > :backprop x, x=1, y
      error: unexpected 'y' after :backprop's expression"
    `);
  });

  it('a 10,000-character line and one nested 10,000 deep', () => {
    expect(repl(`${'x+'.repeat(5000)}x`, `${'('.repeat(10_000)}x${')'.repeat(10_000)}`, `${'x+'.repeat(5000)}+`)).toMatchInlineSnapshot(`
      "> x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+… (10001 characters)
      5001*x
      > ((((((((((((((((((((((((((((((… (20001 characters)
      error: nested deeper than 256 levels
      …((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((…
                                                                   ^
      > x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+… (10001 characters)
      error: expected an expression
      …+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x+x++
                                                                   ^"
    `);
  });

  it('a definition chain deeper than the parser allows stays usable', () => {
    const session = new Session();
    session.run('f = x');
    for (let i = 0; i < 500; i++) session.run('f = sin(f)');
    const reply = session.run('f at x=1');
    expect(reply.problem).toBeUndefined();
    expect(reply.output).toMatch(/^sin\(sin\(.* = 0\.0\d+$/);
  });

  it(':help says how definitions, at and Leibniz work', () => {
    const help = repl(':help');
    expect(help).toContain('f = f + 1 adds 1 to the old f');
    expect(help).toContain('<expr> at x=2, y=3');
    expect(help).toContain('d^2/dx^2 <expr>');
    for (const command of ['diff', 'grad', 'tree', 'latex', 'simplify', 'eval', 'fd', 'backprop', 'vars', 'help', 'quit']) {
      expect(help).toContain(`:${command}`);
    }
  });
});
