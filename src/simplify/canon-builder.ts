// The canonical-form builder: one per simplification (or per gradient, so partials share nodes).
// It hash-conses every node it makes, remembers the value of every variable-free node (so a fold
// never hides a non-finite constant), and delegates each operator to its own file. What the
// canonical form is, and what the operator files may ask of it, is canon.ts.

import {
  addNode, callNode, children, constNode, mulNode, powNode, varNode, type ConstantName, type Expr, type Num,
} from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { Interner } from '../ast/intern.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { postorder } from '../ast/walk.js';
import { nodeValue } from '../evaluate/node-value.js';
import { COUNT, TREE } from './algebras.js';
import { canonicalCall } from './call.js';
import { canonicalSum } from './candidates.js';
import type { Canon, Step, Term } from './canon.js';
import { canonicalPower } from './power.js';
import { prettyOf, signed, type Pretty } from './pretty.js';
import { canonicalProduct } from './product.js';
import { leadingTermIsNegative, negatedSum } from './sum.js';
import { splitProduct } from './terms.js';

export class CanonBuilder implements Canon {
  steps: Step[] | undefined = undefined;

  private readonly interner = new Interner();
  /** The numeric value of every variable-free node built here. */
  private readonly constants = new Map<Expr, number>();
  /** The operator counts of the pretty form of every node built here. */
  private readonly counts = new Map<Expr, Pretty<number>>();
  /** Canonical sums already made, by the identities of their terms (in any order). */
  private readonly sums = new Map<string, Expr>();
  private readonly ids = new Map<Expr, number>();
  /** Products with a coefficient, split as coefficient × monomial (terms.ts). */
  private readonly terms = new Map<Expr, Term>();
  /** Each sum as it is with a positive leading term (itself, or its negation). */
  private readonly positives = new Map<Expr, Expr>();
  /** Pretty trees, built on demand for results only. */
  private readonly trees = new Map<Expr, Pretty<Expr>>();

  readonly zero: Num = this.num(Q.ZERO);
  readonly one: Num = this.num(Q.ONE);
  readonly minusOne: Num = this.num(Q.MINUS_ONE);
  readonly half: Num = this.num(Q.rational(1n, 2n));
  readonly e: Expr = this.constant('e');

  /** Every node goes through here: hash-consed, its constant value and pretty form recorded. */
  intern<T extends Expr>(node: T): T {
    const known = this.interner.intern(node);
    if (known === node) {
      this.recordConstant(node);
      this.counts.set(node, prettyOf(node, (e) => this.pretty(e), COUNT));
    }
    return known;
  }

  owns(e: Expr): boolean {
    return this.counts.has(e);
  }

  /** The operator counts of how `e` prints: its magnitude's, and whether a minus sign comes first. */
  pretty(e: Expr): Pretty<number> {
    const p = this.counts.get(e);
    if (p === undefined) throw new Error('pretty: a node not built by this canon');
    return p;
  }
  /** The printed form of `e` as a tree, as a person writes it (built once per node, iteratively). */
  printed(e: Expr): Expr {
    const of = (n: Expr): Pretty<Expr> => this.trees.get(n) as Pretty<Expr>;
    for (const n of postorder(e, (k) => this.trees.has(k))) this.trees.set(n, prettyOf(n, of, TREE));
    return signed(of(e), TREE);
  }

  num(q: Rational): Num {
    return this.intern(exactNum(q));
  }
  float(value: number): Num {
    return this.intern(floatNum(value));
  }
  /** A number node for a node of any origin (floats stay floats). */
  numberLike(n: Num): Num {
    return n.exact ? this.num(n.exact) : this.float(n.value);
  }
  variable(name: string): Expr {
    return this.intern(varNode(name));
  }
  constant(name: ConstantName): Expr {
    return this.intern(constNode(name));
  }

  sum(terms: readonly Expr[]): Expr {
    return this.remembered(this.sums, terms, canonicalSum);
  }
  product(factors: readonly Expr[]): Expr {
    return canonicalProduct(this, factors);
  }
  power(base: Expr, exponent: Expr): Expr {
    return canonicalPower(this, base, exponent);
  }
  call(fn: FunctionName, args: readonly Expr[]): Expr {
    return canonicalCall(this, fn, args);
  }
  negate(u: Expr): Expr {
    return this.product([this.minusOne, u]);
  }
  reciprocal(u: Expr): Expr {
    return this.power(u, this.minusOne);
  }

  /** Raw canonical nodes, for the operator files once they have done their work. */
  sumNode(terms: readonly Expr[]): Expr {
    return this.intern(addNode(terms));
  }
  productNode(factors: readonly Expr[]): Expr {
    return this.intern(mulNode(factors));
  }
  powerNode(base: Expr, exponent: Expr): Expr {
    return this.intern(powNode(base, exponent));
  }
  callNode(fn: FunctionName, args: readonly Expr[]): Expr {
    return this.intern(callNode(fn, args));
  }

  /**
   * `make(operands)`, made once per multiset of operands: choosing the cheapest form of a sum tries
   * sub-sums, and the same ones come back again and again. (Products are cheap enough to remake.)
   */
  private remembered(memo: Map<string, Expr>, operands: readonly Expr[],
    make: (c: Canon, operands: readonly Expr[]) => Expr): Expr {
    const key = operands.map((e) => this.idOf(e)).sort((a, b) => a - b).join(',');
    let result = memo.get(key);
    if (result === undefined) memo.set(key, (result = make(this, operands)));
    return result;
  }
  private idOf(e: Expr): number {
    let id = this.ids.get(e);
    if (id === undefined) this.ids.set(e, (id = this.ids.size));
    return id;
  }

  /** A product with a leading number as coefficient × monomial, split once. */
  termOf(t: Extract<Expr, { kind: 'mul' }>): Term {
    let term = this.terms.get(t);
    if (term === undefined) this.terms.set(t, (term = splitProduct(this, t)));
    return term;
  }

  /** The sum itself if its leading term is positive, else its negation (product.ts), found once. */
  positiveSum(sum: Extract<Expr, { kind: 'add' }>): Expr {
    let positive = this.positives.get(sum);
    if (positive === undefined) {
      this.positives.set(sum, (positive = leadingTermIsNegative(this, sum.args) ? negatedSum(this, sum) : sum));
    }
    return positive;
  }

  /** True for a variable-free node whose value is not finite (`1/0`, `log(0)`): never fold it away. */
  isNonFiniteConstant(e: Expr): boolean {
    const value = this.constants.get(e);
    return value !== undefined && !Number.isFinite(value);
  }

  private recordConstant(node: Expr): void {
    const value = constantOf(node, (e) => this.constants.get(e));
    if (value !== undefined) this.constants.set(node, value);
  }
}

/** The value of a node without variables, from its children's; undefined for any other node. */
function constantOf(node: Expr, valueOf: (e: Expr) => number | undefined): number | undefined {
  if (node.kind === 'var') return undefined;
  const values: number[] = [];
  for (const kid of children(node)) {
    const v = valueOf(kid);
    if (v === undefined) return undefined;
    values.push(v);
  }
  return nodeValue(node, values);
}
