// The URL hash follows the page's state once the state settles: history.replaceState with a long URL
// (a 1/64/1 network and its 194 values) costs Chromium about 100 ms, too much for every slider move.

import { encodeState, type PageState } from './state.js';

/** Milliseconds of quiet before the hash is written. */
const SETTLE = 400;

export interface HashWriter {
  /** Writes the hash once the state has not changed for a moment. */
  soon(): void;
  /** Writes it now (before a link is copied). */
  now(): void;
  /** Whether the hash already says this state (a hashchange the page made itself). */
  says(state: PageState): boolean;
}

export function hashWriter(current: () => PageState): HashWriter {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const now = (): void => {
    clearTimeout(pending);
    const hash = `#${encodeState(current())}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  };
  return {
    soon: () => {
      clearTimeout(pending);
      pending = setTimeout(now, SETTLE);
    },
    now,
    says: (state) => location.hash === `#${encodeState(state)}`,
  };
}
