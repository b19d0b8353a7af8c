// Running the real, built binary (`node dist/cli/main.js`) as a user would, and showing a run as
// the transcript a reviewer reads: the exit code, stdout, then stderr.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build (npm test does it first)`);
}

/** Runs `command` in the repository with `input` on stdin (closed after it), no colour, no history file. */
export function run(command: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', SYMDIFF_HISTORY: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** `symdiff <args>` (the built binary, through node). */
export const symdiff = (args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> =>
  run(process.execPath, [MAIN, ...args], options);

/** The run as text: `exit N`, stdout, and stderr after a `stderr:` line when there is any. */
export function transcript({ code, stdout, stderr }: Run): string {
  return [`exit ${code}`, stdout.trimEnd(), ...(stderr === '' ? [] : ['stderr:', stderr.trimEnd()])].filter((part) => part !== '').join('\n');
}
