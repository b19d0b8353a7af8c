// The number a product's factors multiply to, accumulated exactly while every factor is exact, as a
// float once one is not, and never folded to ±∞: a number that would overflow it is kept apart.

import type { Num } from '../ast/expr.js';
import * as Q from '../ast/rational.js';
import type { Canon } from './canon.js';

export class Coefficient {
  private exact: Q.Rational | null = Q.ONE;
  private float = 1;
  /** Numbers whose product with the rest would overflow (almost never any: the list is made for the first). */
  private overflow: Num[] | undefined = undefined;

  /** Numbers whose product with the rest would overflow: kept as factors of their own. */
  get overflowing(): readonly Num[] {
    return this.overflow ?? NONE;
  }

  absorb(n: Num): void {
    if (this.exact !== null && n.exact !== null) {
      // A product's first number is taken as it is (rationals are immutable): 1·q needs no arithmetic.
      this.exact = this.exact === Q.ONE ? n.exact : Q.mul(this.exact, n.exact);
      return;
    }
    const product = (this.exact !== null ? Q.toNumber(this.exact) : this.float) * n.value;
    if (Number.isFinite(product)) {
      this.exact = null;
      this.float = product;
    } else {
      (this.overflow ??= []).push(n);
    }
  }

  /**
   * The accumulated number as a node, made once at the end. Most products have coefficient 1 or -1:
   * those are the canon's own nodes, taken as they are rather than built, hashed and looked up again.
   */
  node(c: Canon): Num {
    const q = this.exact;
    if (q === null) return c.float(this.float);
    if (q.den === 1n && (q.num === 1n || q.num === -1n)) return q.num === 1n ? c.one : c.minusOne;
    return c.num(q);
  }
}

const NONE: readonly Num[] = [];
