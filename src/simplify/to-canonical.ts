// Any tree into canonical form, bottom-up over its distinct nodes. A chain of sums and differences
// (or of products and quotients) that no one else shares is gathered whole at its top, so the
// 50,000-term sum the parser builds as a 50,000-deep left-nested chain is collected once, not
// re-flattened at every level.
//
// One walk finds the nodes, counts who refers to each (which decides the chains) and numbers them;
// everything else known per node lives in arrays under that number. The simplifier's cost on a
// 100,000-deep tree is map look-ups (a few hundred nanoseconds each on a map that size): one per
// edge here, where a walk, a reference count and a memo used to take six.

import type { Expr, Kind } from '../ast/expr.js';
import { assertNever } from '../ast/expr.js';
import { IntColumn, TYPED_FROM } from '../ast/int-column.js';
import { operatorsOf } from '../ast/size.js';
import type { Canon } from './canon.js';

const SUM_CHAIN: ReadonlySet<Kind> = new Set(['add', 'sub', 'neg']);
const PRODUCT_CHAIN: ReadonlySet<Kind> = new Set(['mul', 'div']);

/** Two or more referrers: a root, a shared node or one the canon built, always made on its own. */
const MATERIALISED = 2;

/** Node kinds as small numbers, for the walk's columns; NO_PARENT for a root. */
const KIND_CODE: Readonly<Record<Kind, number>> = {
  num: 0, var: 1, const: 2, add: 3, sub: 4, neg: 5, mul: 6, div: 7, pow: 8, call: 9,
};
const NO_PARENT = -1;
const isSumChain = (code: number): boolean => code >= KIND_CODE.add && code <= KIND_CODE.neg;
const isProductChain = (code: number): boolean => code === KIND_CODE.mul || code === KIND_CODE.div;

export interface CanonicalForms {
  /** The canonical form of each root. */
  readonly forms: Expr[];
  /** `operatorCount` of each root as given (the size guard's measure), when the walk could count it. */
  readonly inputSizes: number[] | undefined;
}

/**
 * The canonical forms of `roots`. Nodes the canon built are canonical already and are not entered (a
 * derivative of a canonical form is converted only where it is new), unless `fresh` says the canon
 * was made for these roots and holds none of their nodes: then none is looked up, and the input's
 * operator counts come with the forms.
 */
export function toCanonical(c: Canon, roots: readonly Expr[], { fresh = false } = {}): CanonicalForms {
  const walk = new Walk(c, roots, fresh);
  const { nodes, post, refs, parentKind, forms } = walk;
  // Counts of a DAG can pass 2^31 (a tree of shared squares doubles per level): doubles, as numbers are.
  // A plain array for a small tree: a typed array's buffer cost a small simplification a fiftieth of its time.
  const sizes = fresh ? (nodes.length <= TYPED_FROM ? new Array<number>(nodes.length).fill(0) : new Float64Array(nodes.length)) : undefined;
  for (let i = 0; i < post.length; i++) {
    const n = post.at(i);
    const node = nodes[n] as Expr;
    if (sizes !== undefined) sizes[n] = inputSize(n, walk, sizes);
    const parent = parentKind.at(n);
    const code = KIND_CODE[node.kind];
    const interior = refs.at(n) === 1 && parent !== NO_PARENT &&
      ((isSumChain(code) && isSumChain(parent)) || (isProductChain(code) && isProductChain(parent)));
    if (!interior) forms[n] = convert(c, n, walk);
  }
  return {
    forms: walk.rootNumbers.map((n) => standalone(c, forms[n] as Expr)),
    inputSizes: sizes && walk.rootNumbers.map((n) => sizes[n] as number),
  };
}

/** The canonical form of `root`. */
export function canonicalize(c: Canon, root: Expr): Expr {
  return toCanonical(c, [root]).forms[0] as Expr;
}

/**
 * The distinct nodes under the roots, numbered as first met, with the numbers of each one's children
 * (so that nothing after the walk looks a node up); `post` lists the numbers children first.
 * Iterative: chains are 100,000 deep.
 */
class Walk {
  readonly nodes: Expr[] = [];
  /** Referrers of each node (parents counted once per edge); roots and the canon's nodes count 2. */
  readonly refs = new IntColumn();
  /** KIND_CODE of the parent a node was first met under (its only one where refs is 1), or NO_PARENT. */
  readonly parentKind = new IntColumn();
  /** Canonical form of each node once converted (interior chain nodes have none). */
  readonly forms: (Expr | undefined)[] = [];
  /** The numbers in postorder, children first. */
  readonly post = new IntColumn();
  readonly rootNumbers: number[] = [];
  /** The children's numbers of node n are kids[firstKid[n]], kids[firstKid[n] + 1], … */
  private readonly firstKid = new IntColumn();
  private readonly kids = new IntColumn();
  private readonly numbers = new Map<Expr, number>();

  constructor(private readonly c: Canon, roots: readonly Expr[], private readonly fresh: boolean) {
    const stack = new IntColumn();
    const nextChild = new IntColumn();
    for (const root of roots) {
      const known = this.numbers.get(root);
      const r = known ?? this.meet(root, NO_PARENT);
      this.rootNumbers.push(r);
      this.refs.set(r, MATERIALISED);
      if (known !== undefined || this.forms[r] !== undefined) continue; // met already, or the canon's own
      stack.push(r);
      nextChild.push(0);
      while (stack.length > 0) {
        const top = stack.length - 1;
        const n = stack.at(top);
        const node = this.nodes[n] as Expr;
        const kids = node.kind === 'num' || node.kind === 'var' || node.kind === 'const' ? NONE : node.args;
        const k = nextChild.at(top);
        if (k === kids.length) {
          stack.pop();
          nextChild.pop();
          this.post.push(n);
          continue;
        }
        nextChild.set(top, k + 1);
        const kid = kids[k] as Expr;
        const seen = this.numbers.get(kid);
        if (seen !== undefined) {
          this.refs.set(seen, this.refs.at(seen) + 1);
          this.kids.set(this.firstKid.at(n) + k, seen);
          continue;
        }
        const m = this.meet(kid, KIND_CODE[node.kind]);
        this.kids.set(this.firstKid.at(n) + k, m);
        if (this.forms[m] === undefined) {
          stack.push(m);
          nextChild.push(0);
        }
      }
    }
  }

  /** The number of the k-th child of node n. */
  kid(n: number, k: number): number {
    return this.kids.at(this.firstKid.at(n) + k);
  }

  /** The canonical form of the k-th child of node n, converted already. */
  kidForm(n: number, k: number): Expr {
    return this.forms[this.kid(n, k)] as Expr;
  }

  private meet(e: Expr, parent: number): number {
    const n = this.nodes.length;
    this.numbers.set(e, n);
    this.nodes.push(e);
    this.parentKind.push(parent);
    const own = !this.fresh && this.c.owns(e);
    this.refs.push(own ? MATERIALISED : 1);
    this.forms.push(own ? e : undefined); // a node the canon built is its own canonical form
    this.firstKid.push(this.kids.length);
    if (!own && e.kind !== 'num' && e.kind !== 'var' && e.kind !== 'const') for (let k = 0; k < e.args.length; k++) this.kids.push(-1);
    return n;
  }
}

const NONE: readonly Expr[] = [];

const isZeroNumber = (e: Expr | undefined): boolean => e?.kind === 'num' && e.value === 0;

/** gather's stacks: node numbers, and whether each is inverted (subtracted, or divided by). */
const gatherNodes: number[] = [];
const gatherInverted: boolean[] = [];

/** `operatorCount` of node n of the input, from its children's. */
function inputSize(n: number, walk: Walk, sizes: Float64Array | number[]): number {
  const node = walk.nodes[n] as Expr;
  let sum = operatorsOf(node);
  if (node.kind !== 'num' && node.kind !== 'var' && node.kind !== 'const') {
    for (let k = 0; k < node.args.length; k++) sum += sizes[walk.kid(n, k)] as number;
  }
  return sum;
}

function convert(c: Canon, n: number, walk: Walk): Expr {
  const node = walk.nodes[n] as Expr;
  switch (node.kind) {
    case 'num':
      return c.numberLike(node);
    case 'var':
      return c.variable(node.name);
    case 'const':
      return c.constant(node.name);
    case 'pow':
      return c.power(walk.kidForm(n, 0), walk.kidForm(n, 1));
    case 'call': {
      const args = new Array<Expr>(node.args.length);
      for (let k = 0; k < args.length; k++) args[k] = standalone(c, walk.kidForm(n, k));
      return c.call(node.fn, args);
    }
    case 'add':
    case 'sub':
    case 'neg':
      return c.sum(gather(c, n, SUM_CHAIN, walk));
    case 'mul':
    case 'div':
      return c.product(gather(c, n, PRODUCT_CHAIN, walk));
    default:
      return assertNever(node);
  }
}

/**
 * A power with a negative exponent standing alone (a term of a sum, an argument, a result) as the
 * product it prints as, 1/u^n, so that the product's candidates apply to it as they do when it is
 * written as a quotient: csch(y)^-2 + x is sinh(y)^2 + x, as 1/csch(y)^2 + x is. As a factor of a
 * product it meets the product's candidates there.
 */
function standalone(c: Canon, form: Expr): Expr {
  return form.kind === 'pow' && c.pretty(form.args[1]).negative ? c.product([form]) : form;
}

/**
 * The operands of the chain below node `top` (their canonical forms), those subtracted negated and
 * those divided by inverted: u - (v - w) gives u, -v, +w. Iterative, as chains can be 100,000 long.
 */
function gather(c: Canon, top: number, chain: ReadonlySet<Kind>, walk: Walk): Expr[] {
  const negates = chain === SUM_CHAIN;
  const operands: Expr[] = [];
  // One pair of stacks for every call (a nested call works above this one's entries and leaves them as
  // it found them): nothing is allocated per operand or per call but the operands themselves.
  const base = gatherNodes.length;
  gatherNodes.push(top);
  gatherInverted.push(false);
  try {
    while (gatherNodes.length > base) {
      const n = gatherNodes.pop() as number;
      const inverted = gatherInverted.pop() as boolean;
      const e = walk.nodes[n] as Expr;
      // An operand of the chain: a node of another kind, or one of this chain that is shared (but not a
      // shared product made 0 by the limit 0^u·log(0) = 0: its factors meet this product's powers of
      // log(0), which would otherwise stand beside a bare 0, NaN; a Hessian shares such subproducts).
      if (n !== top && !(walk.refs.at(n) === 1 && chain.has(e.kind)) && !(!negates && chain.has(e.kind) && isZeroNumber(walk.forms[n]))) {
        const form = negates ? standalone(c, walk.forms[n] as Expr) : walk.forms[n] as Expr;
        operands.push(!inverted ? form : negates ? c.negate(form) : c.reciprocal(form));
        continue;
      }
      if (e.kind === 'sub' || e.kind === 'div') {
        gatherNodes.push(walk.kid(n, 1), walk.kid(n, 0));
        gatherInverted.push(!inverted, inverted);
      } else if (e.kind === 'neg') {
        gatherNodes.push(walk.kid(n, 0));
        gatherInverted.push(!inverted);
      } else if (e.kind === 'add' || e.kind === 'mul') {
        for (let k = 0; k < e.args.length; k++) {
          gatherNodes.push(walk.kid(n, k));
          gatherInverted.push(inverted);
        }
      }
    }
  } finally {
    // Left as found, even when an operand throws (only then: setting length may shrink the store).
    if (gatherNodes.length !== base) {
      gatherNodes.length = base;
      gatherInverted.length = base;
    }
  }
  return operands;
}
