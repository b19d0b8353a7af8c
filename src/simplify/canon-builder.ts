// The canonical-form builder: one per simplification (or per gradient, so partials share nodes).
// It hash-conses every node it makes, remembers the value of every variable-free node (so a fold
// never hides a non-finite constant), and delegates each operator to its own file. What the
// canonical form is, and what the operator files may ask of it, is canon.ts.

import {
  addNode, callNode, children, constNode, mulNode, powNode, varNode, type ConstantName, type Expr, type Num,
} from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { nodeValue } from '../evaluate/node-value.js';
import { COUNT, TREE } from './algebras.js';
import { canonicalCall } from './call.js';
import { canonicalSum } from './candidates.js';
import type { Canon, Step, Term } from './canon.js';
import { canonicalPower } from './power.js';
import { prettyOf, signed, type Pretty } from './pretty.js';
import { canonicalProduct } from './product.js';
import { Entry, NodeTable } from './node-table.js';
import { leadingTermIsNegative, negatedSum } from './sum.js';
import { sortInPlace } from './sort-in-place.js';
import { splitProduct } from './terms.js';

// The nodes every canon starts with, made once: a canon is made per simplification (two or three per
// small derivative), and making them anew was a twentieth of a small derivative's time. A node may be
// in several canons' tables: it is immutable, and each canon keeps its own facts about it.
const ZERO = exactNum(Q.ZERO);
const ONE = exactNum(Q.ONE);
const MINUS_ONE = exactNum(Q.MINUS_ONE);
const HALF = exactNum(Q.rational(1n, 2n));
const E = constNode('e');

export class CanonBuilder implements Canon {
  steps: Step[] | undefined = undefined;
  sumsBeingChosen: Set<Expr> | undefined = undefined;

  /** Every node built here, with its constant value, printed size and the other facts remembered. */
  private readonly table = new NodeTable();
  /** Canonical sums already made, by the identities of their terms (in any order). */
  private readonly sums = new Map<number | string, Expr>();
  /** Numbers for operands of sums that this canon did not build (none in practice). */
  private readonly foreignIds = new Map<Expr, number>();

  readonly zero: Num = this.intern(ZERO);
  readonly one: Num = this.intern(ONE);
  readonly minusOne: Num = this.intern(MINUS_ONE);
  readonly half: Num = this.intern(HALF);
  readonly e: Expr = this.intern(E);

  /** The look-ups `intern` passes down, made once rather than per node. */
  private readonly constantOfNode = (e: Expr): number | undefined => this.table.of(e)?.constant;
  private readonly prettyOfNode = (e: Expr): Pretty<number> => this.pretty(e);

  /** Every node goes through here: hash-consed, its constant value and pretty form recorded. */
  intern<T extends Expr>(node: T): T {
    const entry = this.table.intern(node);
    if (!entry.counted) {
      entry.constant = constantOf(node, this.constantOfNode);
      const { magnitude, negative } = prettyOf(node, this.prettyOfNode, COUNT);
      entry.magnitude = magnitude;
      entry.negative = negative;
      entry.counted = true;
    }
    return entry.node as T;
  }

  owns(e: Expr): boolean {
    return this.table.of(e)?.counted === true;
  }

  /** The operator counts of how `e` prints: its magnitude's, and whether a minus sign comes first. */
  pretty(e: Expr): Pretty<number> {
    const entry = this.table.of(e);
    if (entry === undefined || !entry.counted) throw new Error('pretty: a node not built by this canon');
    return entry; // an entry holds its node's counts
  }
  /**
   * The printed form of `e` as a tree, as a person writes it: built once per node, children first,
   * with an explicit stack (in a DAG a node met again is finished, never in progress).
   */
  printed(e: Expr): Expr {
    const of = (n: Expr): Pretty<Expr> => this.entry(n).tree as Pretty<Expr>;
    const stack: Entry[] = [];
    const nextChild: number[] = [];
    const root = this.entry(e);
    if (root.tree === undefined) {
      stack.push(root);
      nextChild.push(0);
    }
    while (stack.length > 0) {
      const top = stack.length - 1;
      const entry = stack[top] as Entry;
      const kids = children(entry.node);
      const i = nextChild[top] as number;
      if (i === kids.length) {
        entry.tree = prettyOf(entry.node, of, TREE);
        stack.pop();
        nextChild.pop();
        continue;
      }
      nextChild[top] = i + 1;
      const kid = this.entry(kids[i] as Expr);
      if (kid.tree === undefined) {
        stack.push(kid);
        nextChild.push(0);
      }
    }
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
  private remembered(memo: Map<number | string, Expr>, operands: readonly Expr[],
    make: (c: Canon, operands: readonly Expr[]) => Expr): Expr {
    const key = this.multisetKey(operands);
    let result = memo.get(key);
    if (result === undefined) memo.set(key, (result = make(this, operands)));
    return result;
  }
  /**
   * One key per multiset of operands: their ids sorted, packed into one exact number for two or three
   * ids that fit (most sums; no string is built), else joined into a string (never equal to a number).
   */
  private multisetKey(operands: readonly Expr[]): number | string {
    if (operands.length === 2) {
      const a = this.idOf(operands[0] as Expr);
      const b = this.idOf(operands[1] as Expr);
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      if (low >= 0 && high < PAIR_ID_LIMIT) return low * PAIR_ID_LIMIT + high; // < 2^52
    } else if (operands.length === 3) {
      const ids = sortInPlace(operands.map((e) => this.idOf(e)), byValue);
      const [a, b, c] = ids as [number, number, number];
      if (a >= 0 && c < TRIPLE_ID_LIMIT) return TRIPLE_OFFSET + (a * TRIPLE_ID_LIMIT + b) * TRIPLE_ID_LIMIT + c; // < 2^53
    }
    return sortInPlace(operands.map((e) => this.idOf(e)), byValue).join(',');
  }
  private idOf(e: Expr): number {
    const entry = this.table.of(e);
    if (entry !== undefined) return entry.id;
    let id = this.foreignIds.get(e);
    if (id === undefined) this.foreignIds.set(e, (id = -1 - this.foreignIds.size));
    return id;
  }
  /** The entry of a node this canon built. */
  private entry(e: Expr): Entry {
    const entry = this.table.of(e);
    if (entry === undefined) throw new Error('a node not built by this canon');
    return entry;
  }

  /** A product with a leading number as coefficient × monomial, split once. */
  termOf(t: Extract<Expr, { kind: 'mul' }>): Term {
    const entry = this.table.of(t);
    if (entry === undefined) return splitProduct(this, t);
    return (entry.term ??= splitProduct(this, t));
  }

  /** The sum itself if its leading term is positive, else its negation (product.ts), found once. */
  positiveSum(sum: Extract<Expr, { kind: 'add' }>): Expr {
    const entry = this.table.of(sum);
    const positive = (): Expr => (leadingTermIsNegative(this, sum.args) ? negatedSum(this, sum) : sum);
    if (entry === undefined) return positive();
    return (entry.positive ??= positive());
  }

  /** The value of a variable-free node this canon built (finite or not); undefined for any other node. */
  valueOf(e: Expr): number | undefined {
    return this.table.of(e)?.constant;
  }

  /** True for a variable-free node whose value is not finite (`1/0`, `log(0)`): never fold it away. */
  isNonFiniteConstant(e: Expr): boolean {
    const value = this.table.of(e)?.constant;
    return value !== undefined && !Number.isFinite(value);
  }
}

/** Ids below 2^26 pack in pairs into [0, 2^52), ids below 2^17 in triples into [2^52, 2^52 + 2^51): all exact. */
const PAIR_ID_LIMIT = 2 ** 26;
const TRIPLE_ID_LIMIT = 2 ** 17;
const TRIPLE_OFFSET = 2 ** 52;
const byValue = (a: number, b: number): number => a - b;

/** The value of a node without variables, from its children's; undefined for any other node. */
function constantOf(node: Expr, valueOf: (e: Expr) => number | undefined): number | undefined {
  if (node.kind === 'var') return undefined;
  const kids = children(node);
  // Most nodes have a variable below them: settled before an array of values is made (indexed loops:
  // this runs once per node built, and iterators were a tenth of a deep derivative's allocation here).
  for (let i = 0; i < kids.length; i++) if (valueOf(kids[i] as Expr) === undefined) return undefined;
  const values = new Array<number>(kids.length);
  for (let i = 0; i < kids.length; i++) {
    const v = valueOf(kids[i] as Expr);
    if (v === undefined) return undefined;
    values[i] = v;
  }
  return nodeValue(node, values);
}
