// Square-free factorization by Yun's algorithm: p = rest·a1·a2²·a3³·… in its first variable v, each a_i
// square-free and the a_i coprime, so that a polynomial with repeated factors can print as their
// powers: x^4 + 6x^3 + 12x^2 + 10x + 3 is (x + 1)^3*(x + 3). Every division is exact, checked; a
// polynomial without a repeated factor in v is left (undefined).
//   g = gcd(p, p'), b = p/g, d = p'/g - b'; then, while b holds v: a = gcd(b, d) is the factor of
//   multiplicity i, b <- b/a, d <- d/a - b'.

import type { Budget } from './budget.js';
import { mul, pow, sub } from './arithmetic.js';
import { primitive } from './content.js';
import { divideExact } from './division.js';
import { gcd } from './gcd.js';
import { derivative } from './perfect-power.js';
import { degreeIn, ONE_POLY, variablesOf, type Poly } from './poly.js';
import { substituteInteger } from './evaluation.js';

export interface RepeatedFactor {
  readonly base: Poly;
  readonly exponent: number;
}

/** p = rest·Π base^exponent: the factors that hold v, rest the number and the factors free of v. */
export interface SquareFreeForm {
  readonly rest: Poly;
  readonly factors: readonly RepeatedFactor[];
}

/** Multiplicities past which the search stops (a polynomial of the normal form never has them). */
const MAX_MULTIPLICITY = 64;

/** The square-free form of p where some factor in its first variable repeats; else undefined. */
export function squareFree(p: Poly, budget: Budget): SquareFreeForm | undefined {
  const [v] = variablesOf(p);
  if (v === undefined || p.length < 2 || degreeIn(p, v) < 2) return undefined;
  const dp = derivative(p, v);
  if (squareFreeImage(p, dp, v, budget)) return undefined;
  const g = gcd(p, dp, budget).gcd;
  if (degreeIn(g, v) === 0) return undefined; // square-free in v
  let b = divideExact(p, g, budget);
  const c = divideExact(dp, g, budget);
  if (b === undefined || c === undefined) return undefined;
  let d = sub(c, derivative(b, v), budget);
  const factors: RepeatedFactor[] = [];
  for (let i = 1; degreeIn(b, v) > 0; i++) {
    if (i > MAX_MULTIPLICITY) return undefined;
    const a = gcd(b, d, budget).gcd;
    if (degreeIn(a, v) > 0) factors.push({ base: primitive(a), exponent: i });
    const nextB = divideExact(b, a, budget);
    const nextC = divideExact(d, a, budget);
    if (nextB === undefined || nextC === undefined) return undefined;
    b = nextB;
    d = sub(nextC, derivative(b, v), budget);
  }
  if (!factors.some((f) => f.exponent >= 2)) return undefined;
  let product: Poly = ONE_POLY;
  for (const f of factors) product = mul(product, pow(f.base, f.exponent, budget), budget);
  const rest = divideExact(p, product, budget);
  return rest === undefined ? undefined : { rest, factors };
}

/** Small primes, one per other variable, for the image below (any point is sound; a poor one only fails to conclude). */
const POINTS = [3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n];

/**
 * Whether p is shown square-free in v by one image: every other variable set to a small integer, the
 * image keeping its degree in v, and gcd(image of p, image of p') of degree 0 in v. A common factor g
 * of p and p' of positive degree would survive (its leading coefficient divides p's, which does not
 * vanish there) and divide both images. Most denominators have no repeated factor, and this settles
 * them with a GCD in one variable: the multivariate one took 0.2 s on a denominator in six kernels.
 */
function squareFreeImage(p: Poly, dp: Poly, v: number, budget: Budget): boolean {
  let [pi, di] = [p, dp];
  let k = 0;
  for (const w of variablesOf(p)) {
    if (w === v) continue;
    const point = POINTS[k++ % POINTS.length] as bigint;
    [pi, di] = [substituteInteger(pi, w, point), substituteInteger(di, w, point)];
  }
  if (degreeIn(pi, v) !== degreeIn(p, v) || di.length === 0) return false;
  return degreeIn(gcd(pi, di, budget).gcd, v) === 0;
}
