// A tree from outside read into the graph (graph.ts) in the same walk that validates it: a validation
// walk (ast/validate.ts) and then a post-order walk to build the graph each visited every node and
// hashed it into a set, and at Rosenbrock's 1,000 variables (16,000 nodes) the two were a tenth of
// compileHessian. The graph is numbered exactly as a post-order walk numbers it (children left to
// right, a node met again not walked again), so what is built from it is the same.
//
// A walk that validates as it goes meets a problem where it meets it, not where validateTree would
// first: on any problem the whole tree is handed to validateTree, so the error is the one it throws.
// A forged "tree" in which a node is its own descendant has no post-order: it is refused too (a node
// met again while its children are still being walked), instead of never finishing.

import { assertNever, type Expr, type Operation } from '../ast/expr.js';
import { nodeProblem, validateTree } from '../ast/validate.js';
import { InvalidArgumentError } from '../errors.js';
import type { Graph } from './graph.js';

/** A node's entry in the memo while its children are walked. */
const IN_PROGRESS = -1;

/**
 * The graph node of `root`, once every node below it is validated (InvalidArgumentError otherwise).
 * `variable` gives a variable's node by name; `memo` holds the graph nodes of the operations already
 * read (pass one map for several roots, so that what they share is read once).
 */
export function graphOfTree(g: Graph, root: unknown, variable: (name: string) => number,
  memo: Map<Expr, number> = new Map()): number {
  return new TreeWalk(g, root, variable, memo).run();
}

class TreeWalk {
  /** The operations being walked, and the index of the child each walks next. */
  private readonly stack: Operation[] = [];
  private readonly next: number[] = [];
  /** The graph nodes of the children finished so far, each operation's last: a stack, `count` deep. */
  private readonly values: number[] = [];
  private count = 0;

  constructor(private readonly g: Graph, private readonly root: unknown, private readonly variable: (name: string) => number,
    private readonly memo: Map<Expr, number>) {}

  run(): number {
    const { stack, next } = this;
    this.enter(this.root);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const node = stack[top] as Operation;
      const i = next[top] as number;
      if (i < node.args.length) {
        next[top] = i + 1;
        this.enter(node.args[i]);
      } else {
        stack.pop();
        next.pop();
        this.leave(node);
      }
    }
    return this.values[0] as number;
  }

  /** A node met: a leaf's or a finished operation's graph node onto `values`, a new operation onto the stack. */
  private enter(node: unknown): void {
    const why = nodeProblem(node);
    if (why !== undefined) this.refuse(why);
    const e = node as Expr;
    switch (e.kind) {
      case 'num':
        this.leafArgs(e);
        this.values[this.count++] = this.g.num(e);
        return;
      case 'var':
        this.leafArgs(e);
        this.values[this.count++] = this.variable(e.name);
        return;
      case 'const':
        this.leafArgs(e);
        this.values[this.count++] = this.g.constant(e.name);
        return;
      default: {
        // Leaves are not memoized: a parsed tree's leaves are all different objects, and the graph
        // numbers a leaf by its value anyway.
        const known = this.memo.get(e);
        if (known === IN_PROGRESS) this.refuse('a node is its own descendant');
        if (known !== undefined) {
          this.values[this.count++] = known;
          return;
        }
        this.memo.set(e, IN_PROGRESS);
        this.stack.push(e);
        this.next.push(0);
      }
    }
  }

  /** An operation whose children are all finished: its graph node, in place of theirs on `values`. */
  private leave(e: Operation): void {
    const { g, values } = this;
    const base = this.count - e.args.length;
    let id: number;
    switch (e.kind) {
      case 'add':
      case 'mul': // n-ary, folded from the left as `evaluate` folds it
        id = values[base] as number;
        for (let k = base + 1; k < this.count; k++) id = g.operation(e.kind, id, values[k] as number);
        break;
      case 'neg': id = g.operation(e.kind, values[base] as number); break;
      case 'sub':
      case 'div':
      case 'pow': id = g.operation(e.kind, values[base] as number, values[base + 1] as number); break;
      case 'call': id = g.callOf(e.fn, values.slice(base, this.count)); break;
      default: return assertNever(e);
    }
    values[base] = id;
    this.count = base + 1;
    this.memo.set(e, id);
  }

  /** validateTree looks below every node that has `args`, a leaf too: such a leaf is left to it. */
  private leafArgs(e: Expr): void {
    if ((e as { args?: unknown }).args !== undefined) validateTree(this.root);
  }

  /** validateTree's error where it finds one (it looks in its own order), else this one. */
  private refuse(why: string): never {
    validateTree(this.root);
    throw new InvalidArgumentError(`invalid expression tree: ${why}`);
  }
}
