// The canonical-form builder as the operator files and the rules see it: smart constructors that
// simplify as they build, raw constructors for operands already in canonical form, and what is
// known about every node built. An interface, so that the files it is made of do not import it back.
//
// Canonical form: no `sub`, `div` or `neg` (u - v is u + (-1)v, u/v is u·v^-1); n-ary sums and
// products, flattened, like terms and like factors collected, sorted in the canonical order; the
// coefficient of a product first; √u is u^(1/2) and exp(u) is e^u. pretty.ts turns it back into text
// a person would write.

import type { ConstantName, Expr, Num } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Rational } from '../ast/rational.js';
import type { Pretty } from './pretty.js';

/** `3*x*y` is (3, x*y); `x` is (1, x); `5` is (5, null). */
export interface Term {
  readonly coefficient: Num;
  readonly monomial: Expr | null;
}

/** One rewrite, as the trace reports it: a named rule or candidate, on canonical nodes. */
export interface Step {
  readonly rule: string;
  readonly before: Expr;
  readonly after: Expr;
}

export interface Canon {
  readonly zero: Num;
  readonly one: Num;
  readonly minusOne: Num;
  readonly half: Num;
  readonly e: Expr;
  /**
   * Where rewrites are reported while tracing; undefined otherwise, and then nothing is recorded
   * and nothing is built for the report (the untraced path pays one comparison per rewrite).
   */
  steps: Step[] | undefined;
  /**
   * The sums (in their plain collected form) whose candidate forms are being built (candidates.ts),
   * made at the first such sum. A field rather than a WeakMap keyed by the canon: a canon is made per
   * simplification, and a WeakMap entry per canon cost small derivatives a fiftieth of their time.
   */
  sumsBeingChosen: Set<Expr> | undefined;

  num(q: Rational): Num;
  float(value: number): Num;
  /** A number node for a node of any origin (floats stay floats). */
  numberLike(n: Num): Num;
  variable(name: string): Expr;
  constant(name: ConstantName): Expr;

  sum(terms: readonly Expr[]): Expr;
  product(factors: readonly Expr[]): Expr;
  power(base: Expr, exponent: Expr): Expr;
  call(fn: FunctionName, args: readonly Expr[]): Expr;
  negate(u: Expr): Expr;
  reciprocal(u: Expr): Expr;

  /** Raw canonical nodes, for the operator files once they have done their work. */
  sumNode(terms: readonly Expr[]): Expr;
  productNode(factors: readonly Expr[]): Expr;
  powerNode(base: Expr, exponent: Expr): Expr;
  callNode(fn: FunctionName, args: readonly Expr[]): Expr;
  /** Every node goes through here: hash-consed, its constant value and pretty form recorded. */
  intern<T extends Expr>(node: T): T;

  /** Whether this canon built `e` (so it is in canonical form). */
  owns(e: Expr): boolean;
  /** The operator counts of how `e` prints: its magnitude's, and whether a minus sign comes first. */
  pretty(e: Expr): Pretty<number>;
  /** True for a variable-free node whose value is not finite (`1/0`, `log(0)`): never fold it away. */
  isNonFiniteConstant(e: Expr): boolean;
  /** The value of a variable-free node this canon built (finite or not); undefined for any other node. */
  valueOf(e: Expr): number | undefined;
  /** A product with a leading number as coefficient × monomial, split once. */
  termOf(t: Extract<Expr, { kind: 'mul' }>): Term;
  /** The sum itself if its leading term is positive, else its negation, found once. */
  positiveSum(sum: Extract<Expr, { kind: 'add' }>): Expr;
}
