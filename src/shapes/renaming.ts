// A simplified tree given to another tree of its shape (shape.ts): the same nodes with the variables
// renamed, rank for rank. The renamed trees are hash-consed together with the trees they come from,
// so results that share a subexpression still hold it once (2*(f - y) in every partial of a network).

import { children, varNode, withChildren, type Expr } from '../ast/expr.js';
import { Interner } from '../ast/intern.js';
import { postorder } from '../ast/walk.js';

/** A result ready to be renamed: its distinct nodes children first, each with its children's indexes. */
export interface Adopted {
  readonly tree: Expr;
  readonly nodes: readonly Expr[];
  readonly kids: readonly (readonly number[])[];
  /** Per node: a variable's rank among the names of the tree the result is for, else -1. */
  readonly ranks: Int32Array;
  /** Per node: 1 if it is or holds a ranked variable. Only those differ from one renaming to another. */
  readonly varying: Uint8Array;
}

export class Renaming {
  private readonly interner = new Interner();
  private readonly variables = new Map<string, Expr>();

  /** `result`, simplified from a tree whose variables by rank are `names`, hash-consed with the others. */
  adopt(result: Expr, names: readonly string[]): Adopted {
    const original = postorder(result);
    const index = new Map(original.map((e, i) => [e, i]));
    const kids = original.map((e) => children(e).map((k) => index.get(k) as number));
    const rank = new Map(names.map((name, k) => [name, k]));
    // A simplified result holds no variable its tree did not: each has a rank.
    const ranks = Int32Array.from(original, (e) => (e.kind === 'var' ? rank.get(e.name) ?? -1 : -1));
    const varying = new Uint8Array(original.length);
    kids.forEach((ks, i) => {
      varying[i] = (ranks[i] as number) >= 0 || ks.some((k) => varying[k] === 1) ? 1 : 0;
    });
    // Every node rebuilt, none kept: the result's own nodes are not the interner's yet.
    const nodes = this.build(original, kids, ranks, names, original.map(() => 1));
    return { tree: nodes[nodes.length - 1] as Expr, nodes, kids, ranks, varying };
  }

  /** The adopted result with its variable of rank k renamed to `names[k]`. */
  renamed(adopted: Adopted, names: readonly string[]): Expr {
    const nodes = this.build(adopted.nodes, adopted.kids, adopted.ranks, names, adopted.varying);
    return nodes[nodes.length - 1] as Expr;
  }

  /**
   * The nodes rebuilt with the variables renamed, but those whose `rebuilt` entry is 0: they hold no
   * ranked variable and are the interner's already (an adopted result's), so they are kept as they are.
   */
  private build(nodes: readonly Expr[], kids: readonly (readonly number[])[], ranks: Int32Array, names: readonly string[],
    rebuilt: ArrayLike<number>): Expr[] {
    const built = new Array<Expr>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const e = nodes[i] as Expr;
      if (rebuilt[i] === 0) {
        built[i] = e;
        continue;
      }
      const rank = ranks[i] as number;
      const node = e.kind === 'var' && rank >= 0 ? this.variable(names[rank] as string)
        : withChildren(e, (kids[i] as readonly number[]).map((k) => built[k] as Expr));
      built[i] = this.interner.intern(node);
    }
    return built;
  }

  private variable(name: string): Expr {
    let v = this.variables.get(name);
    if (v === undefined) this.variables.set(name, (v = this.interner.intern(varNode(name))));
    return v;
  }
}
