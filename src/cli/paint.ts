// Colour on the terminal, only where it supports colour and NO_COLOR is not set.

import type { WriteStream } from 'node:tty';

export interface Paint {
  readonly prompt: (text: string) => string;
  readonly error: (text: string) => string;
}

const plain = (text: string): string => text;
const ansi = (code: string) => (text: string): string => `\x1b[${code}m${text}\x1b[0m`;

export function paintFor(stream: NodeJS.WriteStream | WriteStream, env: NodeJS.ProcessEnv = process.env): Paint {
  // https://no-color.org: a NO_COLOR that is present and not empty turns colour off. Node's
  // `hasColors` also says no to an empty one, so it judges the rest (TERM, FORCE_COLOR,
  // NODE_DISABLE_COLORS, CI) on the same environment without it.
  const colour = stream.isTTY === true && (env.NO_COLOR ?? '') === ''
    && stream.hasColors?.({ ...env, NO_COLOR: undefined }) === true;
  return colour ? { prompt: ansi('1;36'), error: ansi('31') } : { prompt: plain, error: plain };
}
