// The exported size measures, which check that they are given trees (an InvalidArgumentError, as
// `format` gives) before they walk them; the simplifier and the benchmarks use the unchecked ones.

import type { Expr } from '../ast/expr.js';
import * as size from '../ast/size.js';
import { validateTree } from '../ast/validate.js';

const checked = (e: unknown): Expr => {
  validateTree(e);
  return e;
};

/** Nodes of the tree with shared subtrees unrolled (a double: it can pass 2^53 on a DAG). */
export const treeSize = (e: Expr): number => size.treeSize(checked(e));
/** Distinct nodes (by identity). */
export const dagSize = (e: Expr): number => size.dagSize(checked(e));
/** Operator tokens of `format(e)`, the size measure of bench/ANCHORS.md (unrolled). */
export const operatorCount = (e: Expr): number => size.operatorCount(checked(e));
/** Operator tokens counting each distinct node once: the DAG size of ANCHORS.md ("distinct operators"). */
export const distinctOperatorCount = (...roots: Expr[]): number => size.distinctOperatorCount(...roots.map(checked));
