// The REPL on a terminal, through a pseudo-terminal: the prompt, the caret under the typed line,
// tab completion, multi-line input, Ctrl-C (on a line, and during a long computation), Ctrl-D,
// history kept across sessions, colour only where wanted.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasScript, Terminal } from './pty.js';
import { assertBuilt } from './spawn.js';

beforeAll(assertBuilt);

const CTRL_C = '\x03';
const CTRL_D = '\x04';
const UP = '\x1b[A';

describe.skipIf(!hasScript)('the terminal REPL (skipped when util-linux `script` is missing: no pseudo-terminal)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'symdiff-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prompts, answers, puts the caret under the typed character, completes, goes on while ( is open', async () => {
    const term = new Terminal();
    try {
      expect(await term.waitFor(/\n> $/)).toMatchInlineSnapshot(`
        "symdiff: type an expression, or :help; Ctrl-D leaves
        > "
      `);
      expect(await term.enter('myfun = x^3')).toMatchInlineSnapshot(`
        "myfun = x^3
        myfun = x^3"
      `);
      // The caret sits under `)` as typed after the 2-character prompt.
      const error = await term.enter('d/dx sin(x +)');
      expect(error).toMatchInlineSnapshot(`
        "d/dx sin(x +)
                      ^
        expected an expression (column 13)"
      `);
      expect((error.split('\n')[1] as string).indexOf('^')).toBe('> d/dx sin(x +)'.indexOf(')'));
      // Unique completions: a command, a defined name, a function. (readline completes on a tab that
      // ends what it reads at once, so each tab is sent alone, after the text before it.)
      term.type(':di');
      await term.waitFor(':di');
      term.type('\t');
      await term.waitFor('ff');
      term.type(' my');
      await term.waitFor('my');
      term.type('\t');
      await term.waitFor('fun');
      await term.enter('');
      expect(term.text).toContain('> :diff myfun\n3*x^2\n');
      term.type('sigm');
      await term.waitFor('sigm');
      term.type('\t');
      await term.waitFor('oid(');
      await term.enter('0)');
      expect(term.text).toContain('> sigmoid(0)\n1/2 = 0.5\n');
      // Parentheses open: the statement goes on after a `. ` prompt.
      expect(await term.enter('(x +')).toMatchInlineSnapshot(`"(x +"`);
      expect(await term.enter('x)*3')).toMatchInlineSnapshot(`
        "x)*3
        6*x"
      `);
      term.type(':quit\r');
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
  });

  it('Ctrl-C clears the line, stops a long computation (the REPL goes on), Ctrl-D leaves', async () => {
    const term = new Terminal();
    try {
      await term.waitFor(/\n> $/);
      term.type(`abc${CTRL_C}`);
      // The line is cleared (and drawn again as an empty prompt) before 1+1 is typed.
      expect(await term.enter('1+1')).toBe('abc> 1+1\n2');
      term.type('d^40/dx^40 tan(x)*exp(sin(x))\r');
      await term.waitFor('d^40/dx^40 tan(x)*exp(sin(x))\n');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      term.type(CTRL_C);
      await term.waitFor(/interrupted\n> $/);
      expect(await term.enter('2+3')).toBe('2+3\n5');
      term.type(CTRL_D);
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
  });

  it(':quit leaves even while parentheses are open, after answering what was begun', async () => {
    const term = new Terminal();
    try {
      await term.waitFor(/\n> $/);
      expect(await term.enter('sin(x +')).toBe('sin(x +');
      term.type(':quit\r');
      expect(await term.exited).toBe(0);
      // Not the line just typed: the statement is shown again above its caret.
      expect(term.text).toContain(". :quit\nsin(x +\n       ^\nexpected an expression (column 8)\n");
    } finally {
      term.kill();
    }
  });

  it('Ctrl-D answers a statement left open before it leaves', async () => {
    const term = new Terminal();
    try {
      await term.waitFor(/\n> $/);
      expect(await term.enter('d/dx (x^2 +')).toBe('d/dx (x^2 +');
      expect(await term.enter('3*x')).toBe('3*x');
      term.type(CTRL_D);
      expect(await term.exited).toBe(0);
      // The caret drawing shows the statement's offending line.
      expect(term.text).toContain('. 3*x\n. \n3*x\n   ^\nexpected \')\' (line 2, column 4)\n');
    } finally {
      term.kill();
    }
  });

  it('keeps the history in SYMDIFF_HISTORY across sessions, and colours only without NO_COLOR', async () => {
    const history = join(dir, 'history');
    const first = new Terminal({ SYMDIFF_HISTORY: history, NO_COLOR: undefined });
    try {
      await first.waitFor(/\n> $/);
      expect(await first.enter('f = x^5')).toBe('f = x^5\nf = x^5');
      first.type(':quit\r');
      expect(await first.exited).toBe(0);
      expect(first.output).toContain('\x1b[1;36m> \x1b[0m');
    } finally {
      first.kill();
    }
    expect(readFileSync(history, 'utf8')).toBe('f = x^5\n:quit\n');

    const second = new Terminal({ SYMDIFF_HISTORY: history });
    try {
      await second.waitFor(/\n> $/);
      // Up twice: past `:quit` to the definition, which runs again.
      expect(await second.enter(`${UP}${UP}`)).toMatch(/f = x\^5\nf = x\^5$/);
      second.type(':quit\r');
      expect(await second.exited).toBe(0);
      expect(second.output).not.toContain('\x1b[1;36m');
    } finally {
      second.kill();
    }
  });
});
