// A simplification rule as data: a name, the identity as a person writes it, what it relies on, and
// an example where it fires and one where it must not (test/simplify checks both, row by row).

import type { Expr } from '../../ast/expr.js';
import type { Canon } from '../canon.js';

/** An input and its simplified text. */
export type Example = readonly [input: string, simplified: string];

/** What every row says about itself, whatever applies it. */
export interface Described {
  readonly name: string;
  /** The identity as a person writes it. */
  readonly formula: string;
  /** What the identity needs beyond finiteness of the input, if anything. */
  readonly guard?: string;
  readonly examples: { readonly fires: Example; readonly not: Example };
}

/** A row that rewrites one kind of node, given its operands; undefined where it does not apply. */
export interface Rule<Operands> extends Described {
  readonly rewrite: (operands: Operands, c: Canon) => Expr | undefined;
}

/** The rules for one kind of node, in the order they are tried, and how that node is built (for traces). */
export interface RuleTable<Operands> {
  readonly rows: readonly Rule<Operands>[];
  readonly node: (operands: Operands, c: Canon) => Expr;
}
