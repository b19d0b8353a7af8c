// jacobian and hessian: matrices of simplified partial derivatives. The raw entries come from reverse
// sweeps on one value-numbered graph (graph-sweep.ts): the Jacobian one sweep per root, only over the
// variables a root uses, so a sparse problem costs its non-zeros, not d² (Rosenbrock's Hessian of
// 1,000 variables has 2,998 of 1,000,000); the Hessian the Jacobian of the raw gradient, whose entries
// share the graph. All non-zero entries are then simplified together, sharing subexpressions, each
// shape of small entry once (Rosenbrock's 1,999 entries of the upper triangle have five shapes).

import type { Expr } from '../ast/expr.js';
import { zero } from '../ast/smart.js';
import { isExactZero } from '../ast/numbers.js';
import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { diff } from '../diff/diff.js';
import { MAX_SHAPE_NODES, simplifyByShape } from '../shapes/simplify-by-shape.js';
import { checkEntries, SweepBudget } from './budget.js';
import { Graph } from './graph.js';
import { graphOfTree } from './graph-of-tree.js';
import { graphFlattensQuadratically } from './graph-flat-factors.js';
import { GraphShapes } from './graph-shapes.js';
import { GraphSweeps, type GraphRow } from './graph-sweep.js';
import { GraphTrees } from './graph-tree.js';
import { matrixVariables } from './variables.js';

/**
 * The graph of `roots` (validated as they are read: an InvalidArgumentError for a forged tree), and
 * the variables named by `variables` (by default the free ones), each at its position in the list.
 */
function graphOver(roots: readonly Expr[], variables: readonly string[] | undefined, what: string) {
  const g = new Graph();
  const memo = new Map<Expr, number>();
  // The variables are placed after the graph is read: their list is checked, as before, once the trees are.
  const nodes = roots.map((root) => graphOfTree(g, root, (name) => g.variable(name, -1), memo));
  const names = matrixVariables(roots, variables, what);
  names.forEach((name, i) => g.place(name, i));
  return { g, nodes, names };
}

/** One row per expression, one column per variable (default: the free variables in order of appearance). */
export function jacobian(exprs: readonly Expr[], variables?: readonly string[]): Expr[][] {
  if (!Array.isArray(exprs)) throw new InvalidArgumentError(`jacobian: expected an array of expressions, got ${describe(exprs)}`);
  const { g, nodes, names } = graphOver(exprs, variables, 'jacobian');
  checkEntries('the Jacobian', exprs.length, names.length);
  const sweeps = new GraphSweeps(g, new SweepBudget('the Jacobian'));
  return simplifiedMatrix(g, nodes.map((root) => sweeps.row(root)), names.length);
}

/** The symmetric matrix of second partials: H[i][j] === H[j][i], structural zeros the exact 0. */
export function hessian(expr: Expr, variables?: readonly string[]): Expr[][] {
  const { g, nodes: [root], names } = graphOver([expr], variables, 'hessian');
  checkEntries('the Hessian', names.length, names.length);
  const sweeps = new GraphSweeps(g, new SweepBudget('the Hessian'));
  // The upper triangle: row i holds the columns j ≥ i, by a sweep over gradient entry i.
  const gradient = sweeps.row(root as number);
  const upper: GraphRow[] = names.map(() => []);
  for (const { column: i, entry } of gradient) upper[i] = sweeps.row(entry, i);
  // A chain's sweeps flatten into products as long as the chain, quadratic in all: each entry is then
  // taken from diff's nested form, ∂/∂x_j of ∂/∂x_i (the log(y, … + 2) chain of depth 300 took 10 s).
  const quadratic = graphFlattensQuadratically(g, upper.flatMap((row) => row.map(({ entry }) => entry)));
  const matrix = quadratic ? nestedMatrix(expr, names, upper) : simplifiedMatrix(g, upper, names.length);
  // The lower triangle is the upper one: the same objects.
  upper.forEach((row, i) => row.forEach(({ column: j }) => {
    (matrix[j] as Expr[])[i] = (matrix[i] as Expr[])[j] as Expr;
  }));
  return matrix;
}

/** The entries of `upper`'s pattern as diff(diff(expr, x_i), x_j), each partial taken once. */
function nestedMatrix(expr: Expr, names: readonly string[], upper: readonly GraphRow[]): Expr[][] {
  const matrix = names.map(() => new Array<Expr>(names.length).fill(zero));
  upper.forEach((row, i) => {
    if (row.length === 0) return;
    const first = diff(expr, names[i] as string);
    for (const { column: j } of row) {
      const entry = diff(first, names[j] as string);
      (matrix[i] as Expr[])[j] = isExactZero(entry) ? zero : entry;
    }
  });
  return matrix;
}

/**
 * The dense matrix of the rows' entries, simplified in one pass (they share the simplifier's memo,
 * so a subexpression common to several entries comes out as one node), each shape of small entry
 * once; only the entries simplified are turned into trees. Every other entry exact 0.
 */
function simplifiedMatrix(g: Graph, rows: readonly GraphRow[], columns: number): Expr[][] {
  const entries = rows.flatMap((row) => row.map(({ entry }) => entry));
  const shapes = new GraphShapes(g);
  const trees = new GraphTrees(g);
  const simplified = simplifyByShape(entries.length, (k) => shapes.of(entries[k] as number, MAX_SHAPE_NODES),
    (k) => trees.of(entries[k] as number), { shareProducts: true });
  // Rows copied from one row of zeros: a copy is one block move, a fill a store per entry (1,000,000
  // entries at 1,000 variables).
  const zeros = new Array<Expr>(columns).fill(zero);
  const matrix = rows.map(() => zeros.slice());
  let k = 0;
  rows.forEach((row, i) => row.forEach(({ column }) => {
    const entry = simplified[k++] as Expr;
    (matrix[i] as Expr[])[column] = isExactZero(entry) ? zero : entry;
  }));
  return matrix;
}
