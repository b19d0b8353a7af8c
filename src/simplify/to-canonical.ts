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
import { operatorsOf } from '../ast/size.js';
import type { Canon } from './canon.js';

const SUM_CHAIN: ReadonlySet<Kind> = new Set(['add', 'sub', 'neg']);
const PRODUCT_CHAIN: ReadonlySet<Kind> = new Set(['mul', 'div']);

/** Two or more referrers: a root, a shared node or one the canon built, always made on its own. */
const MATERIALISED = 2;

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
  const sizes: number[] | undefined = fresh ? new Array<number>(nodes.length) : undefined;
  for (const i of post) {
    const node = nodes[i] as Expr;
    if (sizes !== undefined) sizes[i] = inputSize(node, walk, sizes);
    const parent = parentKind[i];
    const interior = refs[i] === 1 && parent !== undefined && (
      (SUM_CHAIN.has(node.kind) && SUM_CHAIN.has(parent)) || (PRODUCT_CHAIN.has(node.kind) && PRODUCT_CHAIN.has(parent)));
    if (!interior) forms[i] = convert(c, node, walk);
  }
  return {
    forms: roots.map((root) => forms[walk.numberOf(root)] as Expr),
    inputSizes: sizes && roots.map((root) => sizes[walk.numberOf(root)] as number),
  };
}

/** The canonical form of `root`. */
export function canonicalize(c: Canon, root: Expr): Expr {
  return toCanonical(c, [root]).forms[0] as Expr;
}

/**
 * The distinct nodes under the roots, numbered as first met; `post` lists their numbers children
 * first. Iterative: chains are 100,000 deep.
 */
class Walk {
  readonly nodes: Expr[] = [];
  /** Referrers of each node (parents counted once per edge); roots and the canon's nodes count 2. */
  readonly refs: number[] = [];
  /** The kind of the parent a node was first met under (its only one where refs is 1). */
  readonly parentKind: (Kind | undefined)[] = [];
  /** Canonical form of each node once converted (interior chain nodes have none). */
  readonly forms: (Expr | undefined)[] = [];
  readonly post: number[] = [];
  private readonly numbers = new Map<Expr, number>();

  constructor(private readonly c: Canon, roots: readonly Expr[], private readonly fresh: boolean) {
    const stack: number[] = [];
    const nextChild: number[] = [];
    for (const root of roots) {
      const known = this.numbers.get(root);
      if (known !== undefined) {
        this.refs[known] = MATERIALISED;
        continue;
      }
      const n = this.meet(root, undefined);
      this.refs[n] = MATERIALISED;
      if (this.forms[n] !== undefined) continue; // the canon's own
      stack.push(n);
      nextChild.push(0);
      while (stack.length > 0) {
        const top = stack.length - 1;
        const n = stack[top] as number;
        const node = this.nodes[n] as Expr;
        const kids = node.kind === 'num' || node.kind === 'var' || node.kind === 'const' ? NONE : node.args;
        const k = nextChild[top] as number;
        if (k === kids.length) {
          stack.pop();
          nextChild.pop();
          this.post.push(n);
          continue;
        }
        nextChild[top] = k + 1;
        const kid = kids[k] as Expr;
        const seen = this.numbers.get(kid);
        if (seen !== undefined) {
          this.refs[seen] = (this.refs[seen] as number) + 1;
          continue;
        }
        const m = this.meet(kid, node.kind);
        if (this.forms[m] === undefined) {
          stack.push(m);
          nextChild.push(0);
        }
      }
    }
  }

  numberOf(e: Expr): number {
    return this.numbers.get(e) as number;
  }

  /** The canonical form of a child of a converted node. */
  formOf(e: Expr): Expr {
    return this.forms[this.numbers.get(e) as number] as Expr;
  }

  /** Whether `e`, a child of a node of a chain, is gathered by it: referred to once, of the same chain. */
  isInterior(e: Expr, chain: ReadonlySet<Kind>): boolean {
    return this.refs[this.numbers.get(e) as number] === 1 && chain.has(e.kind);
  }

  private meet(e: Expr, parent: Kind | undefined): number {
    const n = this.nodes.length;
    this.numbers.set(e, n);
    this.nodes.push(e);
    this.parentKind.push(parent);
    const own = !this.fresh && this.c.owns(e);
    this.refs.push(own ? MATERIALISED : 1);
    this.forms.push(own ? e : undefined); // a node the canon built is its own canonical form
    return n;
  }
}

const NONE: readonly Expr[] = [];

/** `operatorCount` of a node of the input, from its children's. */
function inputSize(node: Expr, walk: Walk, sizes: readonly number[]): number {
  let sum = operatorsOf(node);
  if (node.kind !== 'num' && node.kind !== 'var' && node.kind !== 'const') {
    for (const kid of node.args) sum += sizes[walk.numberOf(kid)] as number;
  }
  return sum;
}

function convert(c: Canon, node: Expr, walk: Walk): Expr {
  const m = (e: Expr): Expr => walk.formOf(e);
  switch (node.kind) {
    case 'num':
      return c.numberLike(node);
    case 'var':
      return c.variable(node.name);
    case 'const':
      return c.constant(node.name);
    case 'pow':
      return c.power(m(node.args[0]), m(node.args[1]));
    case 'call':
      return c.call(node.fn, node.args.map(m));
    case 'add':
    case 'sub':
    case 'neg':
      return c.sum(gather(node, SUM_CHAIN, walk, (e, inverted) => (inverted ? c.negate(m(e)) : m(e))));
    case 'mul':
    case 'div':
      return c.product(gather(node, PRODUCT_CHAIN, walk, (e, inverted) => (inverted ? c.reciprocal(m(e)) : m(e))));
    default:
      return assertNever(node);
  }
}

/**
 * The operands of the chain below `top`, each with whether it is subtracted (or divided by):
 * u - (v - w) gives u, -v, +w. Iterative, as chains can be 100,000 long.
 */
function gather(top: Expr, chain: ReadonlySet<Kind>, walk: Walk,
  operand: (e: Expr, inverted: boolean) => Expr): Expr[] {
  const operands: Expr[] = [];
  const stack: [Expr, boolean][] = [[top, false]];
  while (stack.length > 0) {
    const [e, inverted] = stack.pop() as [Expr, boolean];
    if (e !== top && !walk.isInterior(e, chain)) {
      operands.push(operand(e, inverted));
      continue;
    }
    if (!chain.has(e.kind) || e.kind === 'num' || e.kind === 'var' || e.kind === 'const') continue;
    const [a, b] = e.args;
    if (e.kind === 'sub' || e.kind === 'div') stack.push([b as Expr, !inverted], [a as Expr, inverted]);
    else if (e.kind === 'neg') stack.push([a as Expr, !inverted]);
    else for (const kid of e.args) stack.push([kid, inverted]);
  }
  return operands;
}
