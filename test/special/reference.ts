// The committed mpmath values and derivatives (test/data/special-functions.json, made by
// scripts/reference/special-functions.py), and the numeric value function each is checked against.

import { readFileSync } from 'node:fs';
import * as special from '../../src/special/index.js';

export interface ReferencePoint {
  readonly args: readonly number[];
  /** The value at 25 significant digits; Number() gives the correctly rounded double. */
  readonly value: string;
}

export interface SlopePoint {
  readonly args: readonly number[];
  /** The derivative in the last argument, at 25 significant digits. */
  readonly slope: string;
}

const file = new URL('../data/special-functions.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));
export const REFERENCE: Readonly<Record<string, readonly ReferencePoint[]>> = data.functions;
export const SLOPES: Readonly<Record<string, readonly SlopePoint[]>> = data.slopes;

export const VALUES: Readonly<Record<string, (...args: number[]) => number>> = {
  sech: special.sech, csch: special.csch, coth: special.coth,
  asec: special.asec, acsc: special.acsc, acot: special.acot,
  asech: special.asech, acsch: special.acsch, acoth: special.acoth,
  erf: special.erf, erfc: special.erfc, erfi: special.erfi,
  Ei: special.Ei, li: special.li, Si: special.Si, Ci: special.Ci, Shi: special.Shi, Chi: special.Chi,
  fresnels: special.fresnels, fresnelc: special.fresnelc,
  gamma: special.gamma, digamma: special.digamma, polygamma: special.polygamma,
};

/** |got - want| / max(1, |want|): the error the issue bounds by 1e-13. */
export const scaledError = (got: number, want: number): number => Math.abs(got - want) / Math.max(1, Math.abs(want));

/** |got - want| / |want| (the absolute error where want is 0). */
export const relativeError = (got: number, want: number): number =>
  want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
