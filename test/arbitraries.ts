// Random expression trees for property tests (fast-check), shared by every area: builder trees over
// every operator and every function of the table, raw trees with the shapes simplified trees hold
// (n-ary sums and products, negative and fractional exact numbers, negative floats), and DAGs that
// share subtrees.

import fc from 'fast-check';
import * as B from '../src/ast/builders.js';
import { addNode, mulNode, type Expr } from '../src/ast/expr.js';
import { FUNCTION_NAMES, FUNCTIONS } from '../src/ast/functions.js';
import { exactNum, floatNum } from '../src/ast/numbers.js';
import { rational } from '../src/ast/rational.js';
import { withLiterals } from './row-calls.js';

export interface ExprOptions {
  /** Variable names drawn from (default `['x', 'y']`). */
  readonly variables?: readonly string[];
  /** Operators nested at most this deep (default 4). */
  readonly maxDepth?: number;
  /** Exact integers only, no floats (default false). */
  readonly exact?: boolean;
}

const exactInteger = fc.oneof(fc.integer({ min: 0, max: 12 }).map(BigInt), fc.bigInt({ min: 0n, max: 10n ** 30n }));
const float = fc.oneof(
  fc.constantFrom(0.5, 2, 1e-7, 1.5e-7, 1e21, 0.1, 100),
  fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }),
);

/** Numbers, variables and the constants, as the builders make them (non-negative numbers). */
export function arbLeaf({ variables = ['x', 'y'], exact = false }: ExprOptions = {}): fc.Arbitrary<Expr> {
  return fc.oneof(
    exactInteger.map((n) => B.num(n)),
    ...(exact ? [] : [float.map((v) => B.num(v, { float: true }))]),
    fc.constantFrom(...variables).map(B.variable),
    fc.constantFrom(B.PI, B.E),
  );
}

/**
 * Every operator and every function (`log` with one or two arguments) over subtrees from `sub`, as
 * the builders make them; with `nary`, also sums and products of 3 or 4 operands (simplified shapes).
 */
export function operatorNodes(sub: fc.Arbitrary<Expr>, { nary = false } = {}): fc.Arbitrary<Expr>[] {
  const pair = fc.tuple(sub, sub);
  const many = fc.array(sub, { minLength: 3, maxLength: 4 });
  return [
    pair.map(([a, b]) => B.add(a, b)),
    pair.map(([a, b]) => B.sub(a, b)),
    pair.map(([a, b]) => B.mul(a, b)),
    pair.map(([a, b]) => B.div(a, b)),
    pair.map(([a, b]) => B.pow(a, b)),
    sub.map(B.neg),
    fc.tuple(fc.constantFrom(...FUNCTION_NAMES), pair, fc.boolean()).map(([fn, [a, b], two]) =>
      B.call(fn, ...withLiterals(fn, two && FUNCTIONS[fn].arities.includes(2) || !FUNCTIONS[fn].arities.includes(1) ? [a, b] : [a], B.num))),
    ...(nary ? [many.map(addNode), many.map(mulNode)] : []),
  ];
}

/**
 * Trees at most `maxDepth` operators deep: each level a leaf (weighing `leafWeight` operators) or any of
 * `nodes(the level below)`. Reuse it with other leaves (moderate numbers, other variables).
 */
export function layered(
  leaf: fc.Arbitrary<Expr>, nodes: (sub: fc.Arbitrary<Expr>) => fc.Arbitrary<Expr>[], maxDepth: number, leafWeight = 3,
): fc.Arbitrary<Expr> {
  let tree = leaf;
  for (let depth = 1; depth <= maxDepth; depth++) {
    // Leaves weigh as much as a few operators, so trees vary in shape rather than all being full.
    tree = fc.oneof({ arbitrary: leaf, weight: leafWeight }, ...nodes(tree).map((arbitrary) => ({ arbitrary, weight: 1 })));
  }
  return tree;
}

/** Trees made with the builders (what `parse` could also produce): every operator and function. */
export function arbExpr(options: ExprOptions = {}): fc.Arbitrary<Expr> {
  return layered(arbLeaf(options), (sub) => operatorNodes(sub), options.maxDepth ?? 4);
}

/** Numbers only internal trees hold: negative and fractional exact numbers, negative floats. */
export function arbInternalNumber({ exact = false }: ExprOptions = {}): fc.Arbitrary<Expr> {
  const fraction = fc.tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: 1n, max: 60n }));
  return fc.oneof(
    fraction.map(([p, q]) => exactNum(rational(p, q))),
    ...(exact ? [] : [float.map((v) => floatNum(-v))]),
  );
}

/** Trees with the shapes of simplified trees too: n-ary sums and products, any exact or float number. */
export function arbRawExpr(options: ExprOptions = {}): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(arbLeaf(options), arbInternalNumber(options));
  return layered(leaf, (sub) => operatorNodes(sub, { nary: true }), options.maxDepth ?? 4);
}

/**
 * DAGs: each step combines two earlier subtrees (the same one possibly twice) with a binary builder,
 * so subtrees are shared by identity and repeated structurally. Unrolled they can be 2^steps nodes.
 */
export function arbSharedExpr(options: ExprOptions & { readonly steps?: number } = {}): fc.Arbitrary<Expr> {
  const binary = [B.add, B.sub, B.mul, B.div, B.pow] as const;
  const step = fc.tuple(fc.nat(binary.length - 1), fc.nat(), fc.nat());
  const seeds = fc.array(arbExpr({ ...options, maxDepth: 2 }), { minLength: 1, maxLength: 3 });
  return fc.tuple(seeds, fc.array(step, { minLength: 1, maxLength: options.steps ?? 8 })).map(([pool, steps]) => {
    const nodes = [...pool];
    for (const [op, i, j] of steps) {
      nodes.push((binary[op] as (a: Expr, b: Expr) => Expr)(nodes[i % nodes.length] as Expr, nodes[j % nodes.length] as Expr));
    }
    return nodes[nodes.length - 1] as Expr;
  });
}
