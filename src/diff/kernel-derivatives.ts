// The derivatives of one expression of every order up to n by polynomial arithmetic in its kernels
// (kernel-calculus.ts), computed one order at a time as `diff` asks for them, under one budget: the
// route `diff` takes for higher orders once differentiating and simplifying trees grows larger.

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import { postorderUpTo } from '../ast/walk.js';
import { unlessTooLarge } from '../normal/budgets.js';
import { Budget } from '../poly/budget.js';
import { collectedOrFlat } from './collected-form.js';
import { KernelCalculus } from './kernel-calculus.js';
import { atomSize, printedSizeBound } from './kernel-size-bound.js';
import type { Laurent } from './laurent.js';

/**
 * Inputs up to this many distinct nodes: a kernel's derivative is found through the kernels inside it,
 * a recursion as deep as their nesting, and the route is for high orders of small expressions.
 */
const MAX_INPUT_NODES = 1000;
/** Terms any one polynomial may reach (sin(sin(sin(sin(x)))) has 744 at order 10), and work in all. */
const MAX_TERMS = 20_000;
const MAX_WORK = 20_000_000;

export class KernelDerivatives {
  private readonly orders: Laurent[] = [];
  private readonly printed = new Map<number, Expr>();
  /** atomSize per kernel, as each is first needed (a kernel's tree is walked once, not once per order). */
  private readonly atoms: (number | undefined)[] = [];

  private constructor(private readonly calculus: KernelCalculus) {}

  /** For `root` when it is small enough and its polynomial can be made; else undefined. */
  static of(root: Expr, variable: string): KernelDerivatives | undefined {
    if (postorderUpTo(root, MAX_INPUT_NODES) === undefined) return undefined;
    const calculus = new KernelCalculus(variable, new Budget(MAX_TERMS, Number.MAX_SAFE_INTEGER, MAX_WORK));
    const p = unlessTooLarge(() => calculus.toPolynomial(root));
    if (p === undefined) return undefined;
    const route = new KernelDerivatives(calculus);
    route.orders.push(p);
    return route;
  }

  /**
   * The derivative of order n as a tree, term by term or collected (collected-form.ts), whichever is
   * smaller; undefined past the budget. Not simplified:
   * the simplifier's candidate forms cost more than the route itself on these sums (24 ms for the
   * third derivative of sin(sin(sin(sin(x)))), 0.8 s for the tenth's 744 terms).
   */
  derivative(n: number): Expr | undefined {
    const known = this.printed.get(n);
    if (known !== undefined) return known;
    const p = this.polynomial(n);
    if (p === undefined) return undefined;
    const tree = collectedOrFlat(p, this.calculus.kernels, (q) => this.calculus.toExpr(q));
    this.printed.set(n, tree);
    return tree;
  }

  /**
   * Whether the derivative of order n prints with at least `size` operators, known without printing it
   * (kernel-size-bound.ts); false when the bound says less or the polynomial is past the budget. `diff`
   * asks it before a comparison the polynomial could only lose.
   */
  noSmallerThan(n: number, size: number): boolean {
    const known = this.printed.get(n);
    if (known !== undefined) return operatorCount(known) >= size;
    const p = this.polynomial(n);
    if (p === undefined) return false;
    const kernels = this.calculus.kernels;
    return printedSizeBound(p, kernels, (v) => (v in this.atoms ? this.atoms[v] : (this.atoms[v] = atomSize(kernels, v)))) >= size;
  }

  private polynomial(n: number): Laurent | undefined {
    return unlessTooLarge(() => {
      while (this.orders.length <= n) this.orders.push(this.calculus.derivative(this.orders[this.orders.length - 1] as Laurent));
      return this.orders[n] as Laurent;
    });
  }
}
