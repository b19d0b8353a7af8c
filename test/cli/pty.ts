// A pseudo-terminal for the REPL tests, from util-linux `script` (no native build step): keystrokes
// go in, the screen's text comes out with the escape sequences and carriage returns removed.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { MAIN, ROOT } from './spawn.js';

/** Whether `script` can give a pseudo-terminal here (it is Debian's util-linux `script`). */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]|\r/g;

export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the text not yet matched by `waitFor` starts. */
  private mark = 0;
  readonly exited: Promise<number | null>;

  constructor(env: NodeJS.ProcessEnv = {}) {
    // The terminal's environment is the test's, never the caller's: Node's `hasColors()`, which the
    // REPL obeys, says no to colour under FORCE_COLOR=0, NODE_DISABLE_COLORS, and CI=true (unless
    // it knows the CI by name), so a CI runner's variables would decide whether the prompt is painted.
    const kept = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL'].filter((name) => process.env[name] !== undefined);
    const base = Object.fromEntries(kept.map((name) => [name, process.env[name]]));
    this.child = spawn('script', ['-qfec', `'${process.execPath}' '${MAIN}'`, '/dev/null'], {
      cwd: ROOT, env: { ...base, TERM: 'xterm-256color', NO_COLOR: '1', SYMDIFF_HISTORY: '', ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.raw += chunk));
    this.exited = new Promise((resolve) => this.child.on('close', resolve));
  }

  /** Everything written to the terminal, escape sequences included. */
  get output(): string {
    return this.raw;
  }

  /** The screen's text so far, without escape sequences. */
  get text(): string {
    return this.raw.replace(ESCAPES, '');
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Waits until the text written since the last match contains `pattern`; returns that text. */
  async waitFor(pattern: string | RegExp, timeoutMs = 30_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const fresh = this.raw.slice(this.mark).replace(ESCAPES, '');
      if (typeof pattern === 'string' ? fresh.includes(pattern) : pattern.test(fresh)) {
        this.mark = this.raw.length;
        return fresh;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(pattern)}; the screen:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Types `keys` and Enter; the screen's text until the next prompt: the line as echoed, then the reply. */
  async enter(keys: string): Promise<string> {
    this.type(`${keys}\r`);
    const text = await this.waitFor(/\n(> |\. )$/);
    return text.replace(/\n(> |\. )$/, '');
  }

  kill(): void {
    this.child.kill();
  }
}
