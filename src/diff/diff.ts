// diff: the simplified derivative of any order: D then simplification, once per order.

import type { Expr } from '../ast/expr.js';
import { asParsed } from '../ast/as-parsed.js';
import { equals } from '../ast/equality.js';
import { postorderUpTo } from '../ast/walk.js';
import { checkVariableName, describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { operatorCount, operatorCountAtMost } from '../ast/size.js';
import { CanonBuilder } from '../simplify/canon-builder.js';
import { simplify, simplifyAll } from '../simplify/simplify.js';
import { differentiate } from './differentiate.js';
import { KernelDerivatives } from './kernel-derivatives.js';

/** Orders up to which the polynomial route is tried (a billionth derivative of sin(x) cycles instead). */
const MAX_ORDER_BY_KERNELS = 100;

/**
 * How much larger than the polynomial of the same order the simplified tree may print before the tree
 * route is left (it costs far more per order). Left at once, exp(sin(x))'s 8th derivative came out
 * 54 operators instead of 26, the tree being briefly larger at a lower order; sin(sin(sin(sin(x))))'s
 * trees are 2x the polynomial by order 4 (540 against 275) and 5x by order 5.
 */
const TREE_GROWTH_BEFORE_SWITCH = 1.5;
/** Operators a simplified tree must pass before it is compared with the polynomial of its order. */
const MIN_TREE_TO_COMPARE = 64;
/**
 * How much larger than the polynomial of its order a raw derivative (D's tree, before simplifying)
 * may be and still be simplified. Simplifying is the tree route's cost (~40 µs per raw operator on
 * sums of trig products): sin(sin(sin(sin(x))))'s third derivative is 311 raw operators, 24 ms to
 * simplify to 274, where its polynomial prints in 116. exp(sin(x))'s 8th is 117 raw against 54, kept.
 */
const RAW_GROWTH_BEFORE_SWITCH = 2.5;
/** Raw operators below which a derivative is simplified whatever its polynomial (~10 ms of simplifying at most). */
const MIN_RAW_TO_COMPARE = 256;
/**
 * Operators up to which the polynomial route's answer is simplified too, and kept if that is smaller.
 * The polynomial is written term by term over its kernels; the simplifier puts it over one denominator
 * and nests it: atan(x)*exp(x)'s sixth derivative is 61 operators as a polynomial, 31 simplified (45 by
 * simplifying each order's tree, the route the raw-size switch leaves). Past this the candidate forms
 * cost more than the route (sin(sin(sin(sin(x))))'s tenth: 7,591 operators).
 */
const MAX_POLYNOMIAL_TO_SIMPLIFY = 128;
/** How much larger than the tree a polynomial may print and still be simplified, to be compared with it. */
const POLISH_MARGIN = 1.5;

/**
 * The simplified partial derivative of `expr` with respect to `variable`, `order` times. Derivatives
 * that come back (0 after a polynomial, the cycle sin, cos, -sin, -cos, sin) end the work early, so
 * `order` may be a billion for those.
 */
export function diff(root: Expr, variable: string, order = 1): Expr {
  checkVariableName(variable);
  if (!Number.isInteger(order) || order < 1) {
    throw new InvalidArgumentError(`order must be a positive integer, got ${describe(order)}`);
  }
  // Higher orders also by polynomials in the kernels, which collect like terms however many orders
  // are taken; trees are kept while they are no larger, as their factored forms often are smaller.
  const byKernels = order >= 2 && order <= MAX_ORDER_BY_KERNELS ? KernelDerivatives.of(root, variable) : undefined;
  const derivatives: Expr[] = []; // derivatives[i] is the derivative of order i + 1
  const byHash = new Map<number, number[]>();
  let current = root;
  // One canon for every order: a sum whose forms were chosen at one order is not chosen again at the
  // next, where the product rule brings it back (atan(x)*exp(x)'s sixth derivative: 27 -> 20 ms).
  const canon = order >= 2 ? new CanonBuilder() : undefined;
  for (let i = 0; i < order; i++) {
    const raw = differentiate(current, variable);
    if (byKernels !== undefined && rawTooLarge(raw, byKernels, i + 1)) return polished(byKernels.derivative(order)) ?? current;
    current = simplifyAll([raw], { canon })[0] as Expr;
    const earlier = (byHash.get(current.hash) ?? []).find((j) => equals(derivatives[j] as Expr, current));
    if (earlier !== undefined) {
      // Order i + 1 repeats order earlier + 1: from there on the derivatives cycle with this period.
      const period = i - earlier;
      return derivatives[earlier + ((order - 1 - earlier) % period)] as Expr;
    }
    byHash.set(current.hash, [...(byHash.get(current.hash) ?? []), i]);
    derivatives.push(current);
    // Compared order by order only once the tree is large: printing the polynomial of every order cost
    // exp(sin(x))'s 8th derivative a third of its time, for trees that stay at 26 operators.
    // Not printed either where its size bound already says it is too large to switch to.
    const large = i + 1 < order && operatorCount(current) > MIN_TREE_TO_COMPARE;
    const hopeless = large && byKernels?.noSmallerThan(i + 1, operatorCount(current) / TREE_GROWTH_BEFORE_SWITCH) === true;
    const polynomial = large && !hopeless ? byKernels?.derivative(i + 1) : undefined;
    if (polynomial !== undefined && operatorCount(current) > TREE_GROWTH_BEFORE_SWITCH * operatorCount(polynomial)) {
      // The tree has grown well past the polynomial: the remaining orders are taken as polynomials.
      return polished(byKernels?.derivative(order)) ?? current;
    }
  }
  // Both routes reached the order: the smaller (a tie keeps the tree, and costs nothing more: the
  // polynomial is simplified only when it has won), the polynomial printed only when its size bound
  // leaves it a chance (exp(sin(x))'s second derivative: 7 operators either way).
  if (byKernels === undefined) return current;
  const size = operatorCount(current);
  const quotient = size <= MAX_POLYNOMIAL_TO_SIMPLIFY && postorderUpTo(current, MAX_POLYNOMIAL_TO_SIMPLIFY)?.some((e) => e.kind === 'div') === true;
  if (byKernels.noSmallerThan(order, quotient ? POLISH_MARGIN * size : size)) return current;
  const polynomial = byKernels.derivative(order);
  if (polynomial === undefined) return current;
  if (operatorCount(polynomial) < size) return polished(polynomial) as Expr;
  // Printed a little larger than the tree, the polynomial may still simplify smaller where the tree is
  // a quotient: its powers of one base on both sides of the bar meet in the polynomial (asin(x)'s fourth
  // derivative is 14 operators as a polynomial, 9 simplified, x*(6*x^2 + 9)/(1 - x^2)^(7/2), and
  // 12 as the tree (6*x^3 + 9*x)/(sqrt(1 - x^2)*(1 - x^2)^3)). Not tried on other trees: simplifying
  // the polynomial cost exp(sin(x))'s second derivative a third more, for nothing.
  const answer = quotient ? polished(polynomial) : undefined;
  return answer !== undefined && operatorCount(answer) < size ? answer : current;
}

/** The polynomial route's answer, or its simplified form where that is smaller (small ones only). */
function polished(polynomial: Expr | undefined): Expr | undefined {
  if (polynomial === undefined) return undefined;
  // Bounded: counting a large answer whole (7,591 operators at sin(sin(sin(sin(x))))'s tenth) cost
  // a third of what the route took.
  const size = operatorCountAtMost(polynomial, MAX_POLYNOMIAL_TO_SIMPLIFY);
  // The polynomial printer builds flat products (3*x*y as one node): put as its text parses.
  if (size === undefined) return asParsed(polynomial);
  // A tie too: the polynomial's kernels are the input's subtrees as written, and only simplify
  // writes sec(x + x) as sec(2*x) (the same operator count; found by a random comparison with SymPy).
  const simplified = simplify(polynomial);
  return operatorCount(simplified) <= size ? simplified : asParsed(polynomial);
}

/**
 * Whether the raw derivative is past RAW_GROWTH_BEFORE_SWITCH times the polynomial of order n (asked
 * only of large ones; the polynomial printed only when its size bound allows that).
 */
function rawTooLarge(raw: Expr, byKernels: KernelDerivatives, n: number): boolean {
  const size = operatorCount(raw);
  if (size <= MIN_RAW_TO_COMPARE) return false;
  if (byKernels.noSmallerThan(n, size / RAW_GROWTH_BEFORE_SWITCH)) return false;
  const p = byKernels.derivative(n);
  return p !== undefined && size > RAW_GROWTH_BEFORE_SWITCH * operatorCount(p);
}
