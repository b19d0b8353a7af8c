// The number a product's factors multiply to, accumulated exactly while every factor is exact, as a
// float once one is not, and never folded to ±∞: a number that would overflow it is kept apart.

import type { Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';

export class Coefficient {
  private exact: Q.Rational | null = Q.ONE;
  private float = 1;
  /** Numbers whose product with the rest would overflow: kept as factors of their own. */
  readonly overflowing: Num[] = [];

  absorb(n: Num): void {
    if (this.exact !== null && n.exact !== null) {
      this.exact = Q.mul(this.exact, n.exact);
      return;
    }
    const product = (this.exact !== null ? Q.toNumber(this.exact) : this.float) * n.value;
    if (Number.isFinite(product)) {
      this.exact = null;
      this.float = product;
    } else {
      this.overflowing.push(n);
    }
  }

  /** The accumulated number as a node, made once at the end. */
  node(c: Canon): Num {
    return this.exact !== null ? c.num(this.exact) : c.float(this.float);
  }
}
