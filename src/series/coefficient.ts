// The coefficients of a series: exact rationals on a fast path (bigint arithmetic, no trees), and
// where a value at the point is not rational (e, sin(1), a symbol `a`) an Expr in the simplifier's
// canonical form, built with its arithmetic. A canonical result that is an exact number goes back to
// the fast path, so e·(1/e) costs one tree operation and then stays rational.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { FUNCTIONS } from '../ast/functions.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { ExpressionTooLargeError } from '../errors.js';
import type { CanonBuilder } from '../simplify/canon-builder.js';
import { NotAnalytic } from './not-analytic.js';

export type Coefficient = Rational | Expr;

export const isRational = (c: Coefficient): c is Rational => !('kind' in c);

/**
 * Past these sizes a coefficient's text would be longer than the limit (an operator is at least one
 * character, a decimal digit is log10(2) bits): the work stops with ExpressionTooLargeError.
 */
export const MAX_COEFFICIENT_CHARS = 100_000;
/** A rational whose numerator or denominator passes this has more than MAX_COEFFICIENT_CHARS digits. */
const MAX_MAGNITUDE = 10n ** BigInt(MAX_COEFFICIENT_CHARS);

const TOO_LARGE_HINT = 'lower the order, or expand about a point where the values are exact';

export class Coefficients {
  constructor(readonly canon: CanonBuilder) {}

  /** The coefficient as a canonical tree of this canon. */
  expr(c: Coefficient): Expr {
    return isRational(c) ? this.canon.num(c) : c;
  }

  /** A canonical tree as a coefficient: exact numbers on the fast path. */
  of(e: Expr): Coefficient {
    if (e.kind === 'num' && e.exact !== null) return this.checkedRational(e.exact);
    if (this.canon.isNonFiniteConstant(e)) throw new NotAnalytic();
    if (this.canon.pretty(e).magnitude > MAX_COEFFICIENT_CHARS) { // operators, not counting a leading sign
      throw new ExpressionTooLargeError('a Taylor coefficient', MAX_COEFFICIENT_CHARS, TOO_LARGE_HINT);
    }
    return e;
  }

  isZero(c: Coefficient): boolean {
    return isRational(c) ? c.num === 0n : c.kind === 'num' && c.value === 0;
  }

  add(a: Coefficient, b: Coefficient): Coefficient {
    if (isRational(a) && isRational(b)) return this.checkedRational(Q.add(a, b));
    if (this.isZero(a)) return b;
    if (this.isZero(b)) return a;
    return this.of(this.canon.sum([this.expr(a), this.expr(b)]));
  }

  /**
   * A sum of many: the rationals on the fast path, the trees added one by one in order. (All at
   * once makes one long flat sum, past the simplifier's limits for factoring, and pairs of pairs
   * fare worse still: exp(sin(x)) about 1 to order 30 prints in 12,544 characters this way, in
   * 112,380 and 678,220 those ways.)
   */
  sum(terms: readonly Coefficient[]): Coefficient {
    let rational: Rational = Q.ZERO;
    let tree: Expr | undefined;
    for (const t of terms) {
      if (isRational(t)) rational = Q.add(rational, t);
      else if (!this.isZero(t)) tree = tree === undefined ? t : this.expr(this.add(tree, t));
    }
    return tree === undefined ? this.checkedRational(rational) : this.add(tree, rational);
  }

  sub(a: Coefficient, b: Coefficient): Coefficient {
    return this.add(a, this.neg(b));
  }

  neg(a: Coefficient): Coefficient {
    return isRational(a) ? Q.negate(a) : this.of(this.canon.negate(a));
  }

  mul(a: Coefficient, b: Coefficient): Coefficient {
    if (isRational(a) && isRational(b)) return this.checkedRational(Q.mul(a, b));
    if (this.isZero(a) || this.isZero(b)) return Q.ZERO;
    return this.of(this.canon.product([this.expr(a), this.expr(b)]));
  }

  /** a/b; a pole (NotAnalytic) when b is 0. */
  div(a: Coefficient, b: Coefficient): Coefficient {
    if (this.isZero(b)) throw new NotAnalytic();
    if (isRational(a) && isRational(b)) return this.checkedRational(Q.mul(a, Q.inverse(b) as Rational));
    if (this.isZero(a)) return Q.ZERO;
    return this.of(this.canon.product([this.expr(a), this.canon.reciprocal(this.expr(b))]));
  }

  /** a^c, the power the simplifier makes (2^(1/2) stays sqrt(2); a non-real one is NotAnalytic). */
  power(a: Coefficient, c: Coefficient): Coefficient {
    return this.of(this.canon.power(this.expr(a), this.expr(c)));
  }

  /** f(a, …): the table's exact value where it has one (also at multiples of π), else the call as a tree. */
  call(fn: FunctionName, args: readonly Coefficient[]): Coefficient {
    const [only] = args;
    const exact = FUNCTIONS[fn].exact;
    if (args.length === 1 && only !== undefined && isRational(only) && exact) {
      const q = exact(only);
      if (q !== undefined) return q;
    }
    const { exactAt } = FUNCTIONS[fn];
    if (args.length > 1 && exactAt) {
      const q = exactAt(args.map((a) => (isRational(a) ? a : undefined)));
      if (q !== undefined) return q;
    }
    return this.of(this.canon.call(fn, args.map((a) => this.expr(a))));
  }

  private checkedRational(q: Rational): Rational {
    // Two bigint comparisons: cheap enough for every operation of the fast path.
    if (q.den > MAX_MAGNITUDE || q.num > MAX_MAGNITUDE || -q.num > MAX_MAGNITUDE) {
      throw new ExpressionTooLargeError('a Taylor coefficient', MAX_COEFFICIENT_CHARS, TOO_LARGE_HINT);
    }
    return q;
  }
}
