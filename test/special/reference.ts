// The committed mpmath values and derivatives (test/data/special-functions.json and
// special-functions-more.json, made by the scripts of the same names in scripts/reference/), and the
// numeric value function each is checked against.

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

export interface PartialPoint {
  readonly args: readonly number[];
  /** The argument differentiated (0-based). */
  readonly argument: number;
  readonly slope: string;
}

const read = (name: string) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const data = read('special-functions.json');
const more = read('special-functions-more.json');
export const REFERENCE: Readonly<Record<string, readonly ReferencePoint[]>> = { ...data.functions, ...more.functions };
/** The derivative in the last argument, of the functions of special-functions.json. */
export const SLOPES: Readonly<Record<string, readonly SlopePoint[]>> = data.slopes;
/** Partial derivatives in any argument, of the functions of special-functions-more.json. */
export const PARTIALS: Readonly<Record<string, readonly PartialPoint[]>> = more.slopes;

/** The reference's name of a function → its row: `elliptic_e_incomplete` is elliptic_e with two arguments. */
export const rowName = (name: string): string => (name === 'elliptic_e_incomplete' ? 'elliptic_e' : name);

export const VALUES: Readonly<Record<string, (...args: number[]) => number>> = {
  sech: special.sech, csch: special.csch, coth: special.coth,
  asec: special.asec, acsc: special.acsc, acot: special.acot,
  asech: special.asech, acsch: special.acsch, acoth: special.acoth,
  erf: special.erf, erfc: special.erfc, erfi: special.erfi,
  Ei: special.Ei, li: special.li, Si: special.Si, Ci: special.Ci, Shi: special.Shi, Chi: special.Chi,
  fresnels: special.fresnels, fresnelc: special.fresnelc,
  gamma: special.gamma, digamma: special.digamma, polygamma: special.polygamma,
  lowergamma: special.lowergamma, uppergamma: special.uppergamma, polylog: special.polylog,
  elliptic_k: special.ellipticK, elliptic_e: special.ellipticE, elliptic_f: special.ellipticF,
  elliptic_e_incomplete: special.ellipticEIncomplete,
};

/** |got - want| / max(1, |want|): the error the issue bounds by 1e-13. */
export const scaledError = (got: number, want: number): number => Math.abs(got - want) / Math.max(1, Math.abs(want));

/** |got - want| / |want| (the absolute error where want is 0). */
export const relativeError = (got: number, want: number): number =>
  want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
