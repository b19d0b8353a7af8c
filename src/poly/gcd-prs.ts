// The fallback GCD: the primitive polynomial remainder sequence, recursive in the main variable
// (Knuth 4.6.1, Algorithm E lifted to several variables). Slow on dense inputs but always right.

import { mul, sub } from './arithmetic.js';
import type { Budget } from './budget.js';
import { primitive } from './content.js';
import { divideExact } from './division.js';
import { heuristicGcd } from './gcd-heuristic.js';
import { coefficientsIn, leadingCoefficientIn, timesPower } from './main-variable.js';
import { constantValue, degreeIn, ONE_POLY, variablesOf, type Poly } from './poly.js';

/** The GCD of a and b, primitive with a positive leading coefficient (1 when they are coprime). */
export function prsGcd(a: Poly, b: Poly, budget: Budget): Poly {
  if (a.length === 0) return b.length === 0 ? ONE_POLY : primitive(b);
  if (b.length === 0) return primitive(a);
  if (constantValue(a) !== undefined || constantValue(b) !== undefined) return ONE_POLY;
  const v = Math.min(...variablesOf(a), ...variablesOf(b));
  // A polynomial free of v shares with the other only what the other's coefficients share.
  if (degreeIn(a, v) === 0) return prsGcd(a, contentIn(b, v, budget), budget);
  if (degreeIn(b, v) === 0) return prsGcd(contentIn(a, v, budget), b, budget);
  const ca = contentIn(a, v, budget);
  const cb = contentIn(b, v, budget);
  let f = primitiveIn(a, ca, budget);
  let g = primitiveIn(b, cb, budget);
  if (degreeIn(f, v) < degreeIn(g, v)) [f, g] = [g, f];
  for (;;) {
    const r = pseudoRemainder(f, g, v, budget);
    if (r.length === 0) break;
    if (degreeIn(r, v) === 0) {
      g = ONE_POLY;
      break;
    }
    [f, g] = [g, primitiveIn(r, contentIn(r, v, budget), budget)];
  }
  return primitive(mul(prsGcd(ca, cb, budget), g, budget));
}

/** The GCD of the coefficients of `p` as a polynomial in `v`. */
function contentIn(p: Poly, v: number, budget: Budget): Poly {
  let c: Poly | undefined;
  for (const coefficient of coefficientsIn(p, v)) {
    c = c === undefined ? primitive(coefficient) : coefficientGcd(c, coefficient, budget);
    if (constantValue(c) !== undefined) return ONE_POLY;
  }
  return c ?? ONE_POLY;
}

/**
 * The GCD of two coefficients: the heuristic's (it checks its own answer by exact division) when it
 * finds one, the PRS's otherwise. Contents by the PRS alone swell: bivariate degree 12 took minutes.
 */
function coefficientGcd(a: Poly, b: Poly, budget: Budget): Poly {
  const found = constantValue(a) === undefined && constantValue(b) === undefined ? heuristicGcd(primitive(a), primitive(b), budget) : undefined;
  return found ? primitive(found.gcd) : prsGcd(a, b, budget);
}

function primitiveIn(p: Poly, c: Poly, budget: Budget): Poly {
  return primitive(divideExact(p, c, budget) as Poly);
}

/** lc(g)^k · f mod g in v, up to that power (the primitive part is all the sequence needs). */
function pseudoRemainder(f: Poly, g: Poly, v: number, budget: Budget): Poly {
  const dg = degreeIn(g, v);
  const lead = leadingCoefficientIn(g, v);
  let r = f;
  for (let dr = degreeIn(r, v); r.length > 0 && dr >= dg; dr = degreeIn(r, v)) {
    const top = timesPower(leadingCoefficientIn(r, v), v, dr - dg);
    r = sub(mul(lead, r, budget), mul(top, g, budget), budget);
    // Integer coefficients only grow here; dividing out the integer content keeps them small.
    r = primitive(r);
  }
  return r;
}
