// Arithmetic over an abstract number type, so that a numeric rule is written once and read two ways:
// on numbers (the interpreters: forward mode's dual numbers, reverse mode's backward pass) and on
// JavaScript code (the generated gradient). The operator table's `slopes` column is written over it.

export interface Arithmetic<T> {
  constant(x: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  pow(a: T, b: T): T;
  log(a: T): T;
  /**
   * `then` where `test` is 0, else `otherwise`: a limit taken on purpose where the general formula
   * would meet 0·∞ (0^v has slope 0 in v, not 0·log 0).
   */
  ifZero(test: T, then: T, otherwise: () => T): T;
}

/** The arithmetic of IEEE doubles, as JavaScript computes it. */
export const NUMBERS: Arithmetic<number> = {
  constant: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  pow: Math.pow,
  log: Math.log,
  ifZero: (test, then, otherwise) => (test === 0 ? then : otherwise()),
};
