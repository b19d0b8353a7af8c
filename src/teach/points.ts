// The points where two expressions are compared: first the values a teacher would try (-1, 0, 1 and
// small rationals), then seeded random ones at several scales, so domains like (-1, 1) or x > 100
// are reached and every run tries the same points.

import { random as seededRandom } from '../random.js';

/** -1, 0 and 1 first (the known failure: never trying a point inside (-1, 1)), then small rationals. */
export const FIXED_VALUES: readonly number[] = [
  -1, 0, 1, 1 / 2, -1 / 2, 2, -2, 1 / 3, -1 / 3, 3 / 2, -3 / 2, 2 / 3, -2 / 3,
  1 / 4, -1 / 4, 3, -3, 3 / 4, -3 / 4, 5 / 2, -5 / 2, 1 / 5, -1 / 5, 4, -4,
];

export type Point = Record<string, number>;

/**
 * Points over `variables`: the fixed values (each variable shifted along the list, so that x = y
 * is not the only pair tried), then random ones from `seed`, each marked as such. Endless: the
 * caller stops.
 */
export function* testPoints(variables: readonly string[], seed: number): Generator<{ point: Point; random: boolean }> {
  const rows = variables.length === 0 ? 1 : FIXED_VALUES.length;
  for (let k = 0; k < rows; k++) {
    yield { point: pointOf(variables, (j) => FIXED_VALUES[(k + 7 * j) % FIXED_VALUES.length] as number), random: false };
  }
  if (variables.length === 0) return;
  const random = seededRandom(seed);
  for (;;) yield { point: pointOf(variables, () => randomCoordinate(random)), random: true };
}

function pointOf(variables: readonly string[], coordinate: (j: number) => number): Point {
  // Object.fromEntries makes every name an own key, `__proto__` included.
  return Object.fromEntries(variables.map((name, j) => [name, coordinate(j)]));
}

/** Mostly in (-1, 1) and (-10, 10), sometimes up to ±10,000 (domains far from 0: sqrt(x - 500)). */
function randomCoordinate(random: () => number): number {
  const band = random();
  const sign = random() < 0.5 ? -1 : 1;
  if (band < 0.5) return sign * random();
  if (band < 0.8) return sign * 10 * random();
  return sign * 10 ** (1 + 3 * random());
}
