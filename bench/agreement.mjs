// When two numbers are "the same value": within 1e-9 relative (both NaN, or equal infinities, agree).

export const TOLERANCE = 1e-9;

export function agrees(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** The first pair of `ours` and `theirs` (equal-length lists) that disagree, or null. */
export function firstMismatch(ours, theirs) {
  const index = ours.findIndex((value, i) => !agrees(value, theirs[i]));
  return index === -1 ? null : { index, ours: ours[index], theirs: theirs[index] };
}
