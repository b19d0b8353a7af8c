// One step of a derivation as the contract shapes it, and the options of derivationSteps.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { StepRule } from './step-rule.js';

export interface DerivationStep {
  readonly rule: StepRule;
  /** Derivative steps: the very node of the tree being differentiated; simplify steps: the rewritten subexpression. */
  readonly at: Expr;
  /** The whole line after the step (for substeps, their own line), derivatives not yet taken as d/dx[u]. */
  readonly text: string;
  readonly latex: string;
  /** 'full' detail: the chain rule written out ("let u = …"); simplify: the simplifier's rewrites. */
  readonly substeps?: readonly DerivationStep[];
  /** The function of a `chain` step. */
  readonly fn?: FunctionName;
  /** The simplifier's rule of a `simplify` step. */
  readonly simplifierRule?: string;
}

export interface DerivationOptions {
  /** Derivative of this order, the derivation of each order in turn (default 1). */
  readonly order?: number;
  /** 'brief' (default): one step per rule applied; 'full': chain-rule substeps "let u = …". */
  readonly detail?: 'brief' | 'full';
}

export interface Derivation {
  readonly steps: readonly DerivationStep[];
  /** Structurally equal to diff(expr, variable, order). */
  readonly result: Expr;
}
