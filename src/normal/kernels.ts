// The kernels of a normal form: the subexpressions the polynomials treat as variables (symbols,
// constants, calls, powers that are not integer powers), numbered as they are met. Structurally equal
// kernels are one variable. Radicals and exponentials carry what relates their powers.

import { equals } from '../ast/equality.js';
import type { Expr } from '../ast/expr.js';
import type { RationalFunction } from './rational-function.js';

export type KernelRole =
  /**
   * An opaque subexpression: only equality relates it to others. `spelled`: a call as the input wrote
   * it, where that prints smaller than its normal form (`asWritten` only): log(x + exp(5)/x), not
   * log((x^2 + exp(5))/x).
   */
  | { readonly kind: 'plain'; readonly spelled?: Expr }
  /**
   * u^(1/q): its q-th power is `base`, so higher powers reduce. |P| is one too, the square root of P²
   * (`absolute`: it prints as abs(P)).
   */
  | {
    readonly kind: 'root'; readonly base: RationalFunction; readonly baseExpr: Expr; readonly q: number; readonly absolute?: true;
    /** The base as the input spelled it, where that prints smaller than baseExpr (`asWritten` only). */
    readonly spelled?: Expr;
  }
  /** exp(u): its k-th power is exp(k·u), so exp(2x) and exp(x)^2 are one monomial. */
  | { readonly kind: 'exp'; readonly argument: RationalFunction }
  /** 1/v for a polynomial v of several terms (expand keeps such denominators whole). */
  | { readonly kind: 'reciprocal'; readonly of: Expr };

export interface Kernel {
  readonly expr: Expr;
  readonly role: KernelRole;
}

export class Kernels {
  readonly list: Kernel[] = [];
  /**
   * Print radicals' bases and calls as the input spelled them where that is smaller (the simplifier's
   * candidate only): cancel and together print them in their own normal form, one spelling for equal inputs.
   */
  constructor(readonly asWritten = false) {}
  /** The indices of the radicals, whose powers must be reduced after products. */
  readonly roots: number[] = [];
  private readonly byHash = new Map<number, number[]>();

  /** The variable index of `expr` as a kernel, numbering it on first sight. */
  indexOf(expr: Expr, role: KernelRole = { kind: 'plain' }): number {
    let bucket = this.byHash.get(expr.hash);
    if (bucket === undefined) this.byHash.set(expr.hash, (bucket = []));
    for (const i of bucket) if (equals((this.list[i] as Kernel).expr, expr)) return i;
    const index = this.list.push({ expr, role }) - 1;
    bucket.push(index);
    if (role.kind === 'root') this.roots.push(index);
    return index;
  }

  at(index: number): Kernel {
    const k = this.list[index];
    if (k === undefined) throw new RangeError(`no kernel ${index}`);
    return k;
  }
}
