// A graph node's local partials ∂node/∂child, from the same columns as D and the gradient's sweep
// (diff/partials.ts: an operator row's derivative rule, a function row's derivative column), so a
// limit written in a row reaches the Hessian too. The rule is run once per shape of node, on a
// template whose children are placeholders u0, u1, … (or the child's number itself, since rules read
// numbers: x^2 sends 2·x), and the trees it returns are replayed on the graph for each node of that
// shape: the Rosenbrock Hessian of 1,000 variables has ~20,000 nodes to differentiate but a dozen shapes.

import { addNode, assertNever, callNode, divNode, mulNode, negNode, powNode, subNode, varNode, type Expr, type Operation } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { postorder } from '../ast/walk.js';
import { localPartials } from '../diff/partials.js';
import type { Graph } from './graph.js';

interface Template {
  readonly node: Operation;
  readonly placeholders: readonly Expr[];
  /** Per child, its partial (undefined where not needed), and the partials' nodes children first. */
  readonly partials: readonly (Expr | undefined)[];
  readonly order: readonly Expr[];
}

const PLACEHOLDERS: Expr[] = [];
const placeholder = (i: number): Expr => (PLACEHOLDERS[i] ??= varNode(`u${i}`));

/** Local partials of graph nodes, with the templates of the shapes met so far. */
export class GraphPartials {
  private readonly templates = new Map<string, Template>();
  constructor(private readonly g: Graph) {}

  /** ∂node/∂child_i as graph nodes, for the children that `needed` asks for. */
  of(id: number, needed: readonly boolean[]): (number | undefined)[] {
    const t = this.template(id, needed);
    const kids = this.g.args[id] as readonly number[];
    const made = new Map<Expr, number>([[t.node, id]]);
    t.placeholders.forEach((p, i) => made.set(p, kids[i] as number));
    for (const e of t.order) if (!made.has(e)) made.set(e, this.replay(e, made));
    return t.partials.map((p, i) => (needed[i] && p !== undefined ? made.get(p) : undefined));
  }

  private template(id: number, needed: readonly boolean[]): Template {
    const { g } = this;
    const kids = g.args[id] as readonly number[];
    // A child is its number (rules read numbers) or a placeholder; the shape is the key.
    const shape = kids.map((k, i) => {
      const n = g.numberAt(k);
      return n ? (n.exact ? `q${n.exact.num}/${n.exact.den}` : `f${n.value}`) : needed[i] ? 'u' : 'c';
    });
    const key = `${g.kind[id]} ${g.name[id] ?? ''} ${shape.join(' ')}`;
    let t = this.templates.get(key);
    if (t === undefined) {
      const args = kids.map((k, i) => g.numberAt(k) ?? placeholder(i));
      const node = templateNode(g, id, args);
      const partials = localPartials(node, (i) => needed[i] === true && g.numberAt(kids[i] as number) === undefined);
      const present = partials.filter((p): p is Expr => p !== undefined);
      this.templates.set(key, (t = { node, placeholders: args, partials, order: postorder(present) }));
    }
    return t;
  }

  /** A node of a partial's tree, built on the graph with the smart constructors. */
  private replay(e: Expr, made: Map<Expr, number>): number {
    const { g } = this;
    const kid = (k: Expr) => made.get(k) as number;
    switch (e.kind) {
      case 'num': return g.num(e);
      case 'const': return g.constant(e.name);
      case 'var': throw new Error(`a derivative rule introduced the variable ${e.name}`);
      case 'add': return e.args.slice(1).reduce((s, k) => g.add(s, kid(k)), kid(e.args[0] as Expr));
      case 'mul': return e.args.slice(1).reduce((s, k) => g.mul(s, kid(k)), kid(e.args[0] as Expr));
      case 'sub': return g.sub(kid(e.args[0]), kid(e.args[1]));
      case 'div': return g.div(kid(e.args[0]), kid(e.args[1]));
      case 'neg': return g.neg(kid(e.args[0]));
      case 'pow': return g.pow(kid(e.args[0]), kid(e.args[1]));
      case 'call': return g.call(e.fn, e.args.map(kid));
      default: return assertNever(e);
    }
  }
}

function templateNode(g: Graph, id: number, args: Expr[]): Operation {
  const kind = g.kind[id];
  const [a, b] = args as [Expr, Expr];
  switch (kind) {
    case 'add': return addNode(args);
    case 'mul': return mulNode(args);
    case 'sub': return subNode(a, b);
    case 'div': return divNode(a, b);
    case 'neg': return negNode(a);
    case 'pow': return powNode(a, b);
    case 'call': return callNode(g.name[id] as FunctionName, args);
    default:
      throw new Error(`no partials of a ${kind} node`);
  }
}
