// The REPL's history, kept across sessions in a file: ~/.symdiff_history, or the path in the
// environment variable SYMDIFF_HISTORY (an empty value keeps no history).

import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const HISTORY_SIZE = 1000;

export function historyPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.SYMDIFF_HISTORY;
  if (path === undefined) return join(homedir(), '.symdiff_history');
  return path === '' ? undefined : path;
}

/** The saved lines, most recent first (as readline wants them); none when the file cannot be read. */
export function loadHistory(path: string | undefined): string[] {
  if (path === undefined) return [];
  try {
    return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

/** A function that saves readline's history (most recent first) oldest first; it warns once on failure. */
export function historySaver(path: string | undefined, warn: (message: string) => void): (history: readonly string[]) => void {
  let broken = path === undefined;
  return (history) => {
    if (broken) return;
    try {
      writeFileSync(path as string, `${[...history].reverse().join('\n')}\n`, { mode: 0o600 });
    } catch (e) {
      broken = true;
      warn(`cannot keep the history in ${path}: ${(e as Error).message}`);
    }
  };
}
