// How an outcome prints in a table cell: times with units, ratios, sizes, `>cap`, n/a and errors.
import { ok } from './outcome.mjs';

/** 85 ns, 2.3 µs, 4.8 ms, 6.1 s (three significant figures at most). */
export function formatMs(ms) {
  const units = [['ns', 1e-6], ['µs', 1e-3], ['ms', 1], ['s', 1e3]];
  // The largest unit that keeps the figure at 1 or more, after rounding (999.7 µs prints as 1 ms).
  const [unit, scale] = units.findLast(([, scale]) => round(ms / scale) >= 1) ?? units[0];
  return `${round(ms / scale).toLocaleString('en-US')} ${unit}`;
}

function round(value) {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** A failed outcome's cell: `>20 s` for a timeout, `n/a (not implemented yet)` for a stub, else the error. */
export function failure(outcome) {
  if (outcome == null || ok(outcome)) return '–';
  if (outcome.timeout) return `>${formatMs(outcome.capMs)}`;
  if (/not implemented yet/.test(outcome.error)) return 'n/a (not implemented yet)';
  const message = outcome.error.replace(/\s+/g, ' ');
  return message.length > 70 ? `${message.slice(0, 69)}…` : message;
}

/** A cell for an outcome whose result is `{ ms }`. */
export function timeCell(outcome) {
  return ok(outcome) ? formatMs(outcome.result.ms) : failure(outcome);
}

/** A cell for an outcome whose result is a count. */
export function countCell(outcome) {
  return ok(outcome) ? outcome.result.toLocaleString('en-US') : failure(outcome);
}

/**
 * How many times faster `ours` is than `theirs` (both `{ ms }` outcomes): `12x`; a peer that timed out
 * gives a lower bound `>400x` (a timeout counts as our win); `–` when either has no figure.
 */
export function speedup(ours, theirs) {
  const factor = speedupFactor(ours, theirs);
  if (factor === null) return '–';
  return `${theirs.timeout ? '>' : ''}${formatFactor(factor)}x`;
}

/** The number behind `speedup` (a lower bound when the peer timed out), or null. */
export function speedupFactor(ours, theirs) {
  if (!ok(ours)) return null;
  if (ok(theirs)) return theirs.result.ms / ours.result.ms;
  if (theirs?.timeout) return theirs.capMs / ours.result.ms;
  return null;
}

/** How many times `ours` takes as long as `reference` (both `{ ms }` outcomes), or null without both. */
export function timeRatio(ours, reference) {
  return ok(ours) && ok(reference) ? ours.result.ms / reference.result.ms : null;
}

export function formatFactor(factor) {
  // One decimal below 100, so a 49.6x that fails a 50x target does not print as 50x.
  return factor >= 100 ? Math.round(factor).toLocaleString('en-US') : factor >= 10 ? factor.toFixed(1) : factor.toFixed(2);
}
