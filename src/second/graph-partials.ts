// A graph node's local partials ∂node/∂child, from the same columns as D and the gradient's sweep
// (diff/partials.ts: an operator row's derivative rule, a function row's derivative column), so a
// limit written in a row reaches the Hessian too. The rule is run once per shape of node, on a
// template whose children are placeholders u0, u1, … (or the child's number itself, since rules read
// numbers: x^2 sends 2·x), and the trees it returns are replayed on the graph for each node of that
// shape: the Rosenbrock Hessian of 1,000 variables has ~20,000 nodes to differentiate but a dozen shapes.

import {
  addNode, assertNever, callNode, children, divNode, mulNode, negNode, powNode, subNode, varNode,
  type ConstantName, type Expr, type Num, type Operation,
} from '../ast/expr.js';
import type { OperatorKind } from '../ast/operators.js';
import type { FunctionName } from '../ast/function-names.js';
import { postorder } from '../ast/walk.js';
import { localPartials } from '../diff/partials.js';
import type { Graph } from './graph.js';
import { OperationTable } from './operation-table.js';

/** One node of a partial's tree, replayed on the graph: its children are earlier values' indexes. */
type Step =
  | { readonly kind: 'num'; readonly n: Num }
  | { readonly kind: 'const'; readonly name: ConstantName }
  | { readonly kind: OperatorKind; readonly kids: readonly number[] }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly kids: readonly number[] };

/**
 * A shape's partials as a program: values[0] is the node, values[1 + i] its child i, then one value
 * per step; partial i is values[partials[i]] (-1 where not needed).
 */
interface Template {
  readonly steps: readonly Step[];
  readonly partials: readonly number[];
}

const PLACEHOLDERS: Expr[] = [];
const placeholder = (i: number): Expr => (PLACEHOLDERS[i] ??= varNode(`u${i}`));

/** Local partials of graph nodes, with the templates of the shapes met so far. */
export class GraphPartials {
  /** The templates of shapes of calls of more than two arguments, by a text key. */
  private readonly templates = new Map<string, Template>();
  /** The other templates, by (kind and name, operand, operand) into `shapes`. */
  private readonly byOperands = new OperationTable();
  private readonly shapes: Template[] = [];
  private readonly values: number[] = [];
  private readonly partials: number[] = [];
  constructor(private readonly g: Graph) {}

  /**
   * ∂node/∂child_i as graph nodes, for the children that `needed` asks for (-1 for the others), in
   * an array that the next call reuses.
   */
  of(id: number, needed: readonly boolean[]): readonly number[] {
    const { g, values, partials } = this;
    const t = this.template(id, needed);
    // Written by index, never emptied: `values.length = 0` would give up the array's storage each time.
    let count = 0;
    values[count++] = id;
    for (let i = 0, n = g.arity(id); i < n; i++) values[count++] = g.arg(id, i);
    for (const step of t.steps) values[count++] = this.replay(step, values);
    partials.length = t.partials.length;
    for (let i = 0; i < t.partials.length; i++) {
      const p = t.partials[i] as number;
      partials[i] = p < 0 ? -1 : (values[p] as number);
    }
    return partials;
  }

  private template(id: number, needed: readonly boolean[]): Template {
    const { g } = this;
    const n = g.arity(id);
    // A child is its number (rules read numbers) or a placeholder; the shape is the key. A number
    // node stands for its value (number nodes are value-numbered), so up to two operands the key is
    // three integers: no string is built per node.
    if (n <= 2) {
      const code = g.kindCode(id) + 16 * (g.payloadOf(id) + 1);
      const a = n > 0 ? this.operandCode(g.arg(id, 0), needed[0] === true) : -1;
      const b = n > 1 ? this.operandCode(g.arg(id, 1), needed[1] === true) : -1;
      let index = this.byOperands.get(code, a, b);
      if (index < 0) {
        index = this.shapes.push(this.templateOfShape(id, needed)) - 1;
        this.byOperands.set(code, a, b, index);
      }
      return this.shapes[index] as Template;
    }
    let text = `${g.kindOf(id)} ${g.kindOf(id) === 'call' ? g.nameOf(id) : ''}`;
    for (let i = 0; i < n; i++) text += ` ${g.numberKey(g.arg(id, i)) ?? (needed[i] ? 'u' : 'c')}`;
    let t = this.templates.get(text);
    if (t === undefined) this.templates.set(text, (t = this.templateOfShape(id, needed)));
    return t;
  }

  /** An operand in a template key: 2 + its node for a number, else 1 when its partial is needed, 0 when not. */
  private operandCode(operand: number, needed: boolean): number {
    return this.g.numberAt(operand) !== undefined ? 2 + operand : needed ? 1 : 0;
  }

  private templateOfShape(id: number, needed: readonly boolean[]): Template {
    const { g } = this;
    const kids = g.argsOf(id);
    const args = kids.map((k, i) => g.numberAt(k) ?? placeholder(i));
    const node = templateNode(g, id, args);
    const partials = localPartials(node, (i) => needed[i] === true && g.numberAt(kids[i] as number) === undefined);
    return compiled(node, args, partials);
  }

  /** A step on the graph, with the smart constructors. */
  private replay(step: Step, values: readonly number[]): number {
    const { g } = this;
    if (step.kind === 'num') return g.num(step.n);
    if (step.kind === 'const') return g.constant(step.name);
    const kids = step.kids;
    const a = values[kids[0] as number] as number;
    const b = values[kids[1] as number] as number;
    switch (step.kind) {
      case 'add': return kids.length === 2 ? g.add(a, b) : kids.slice(1).reduce((sum, k) => g.add(sum, values[k] as number), a);
      case 'mul': return kids.length === 2 ? g.mul(a, b) : kids.slice(1).reduce((product, k) => g.mul(product, values[k] as number), a);
      case 'sub': return g.sub(a, b);
      case 'div': return g.div(a, b);
      case 'neg': return g.neg(a);
      case 'pow': return g.pow(a, b);
      case 'call': return g.call(step.fn, kids.map((k) => values[k] as number));
      default: return assertNever(step);
    }
  }
}

/** The partials' trees as steps, children first, over the node (value 0) and its children (1, 2, …). */
function compiled(node: Operation, args: readonly Expr[], partials: readonly (Expr | undefined)[]): Template {
  const index = new Map<Expr, number>([[node, 0]]);
  args.forEach((a, i) => index.set(a, 1 + i));
  const steps: Step[] = [];
  const present = partials.filter((p): p is Expr => p !== undefined);
  for (const e of postorder(present, (n) => index.has(n))) {
    const kids = children(e).map((k) => index.get(k) as number);
    switch (e.kind) {
      case 'num': steps.push({ kind: 'num', n: e }); break;
      case 'const': steps.push({ kind: 'const', name: e.name }); break;
      case 'var': throw new Error(`a derivative rule introduced the variable ${e.name}`);
      case 'call': steps.push({ kind: 'call', fn: e.fn, kids }); break;
      default: steps.push({ kind: e.kind, kids });
    }
    index.set(e, 1 + args.length + steps.length - 1);
  }
  return { steps, partials: partials.map((p) => (p === undefined ? -1 : index.get(p) as number)) };
}

function templateNode(g: Graph, id: number, args: Expr[]): Operation {
  const kind = g.kindOf(id);
  const [a, b] = args as [Expr, Expr];
  switch (kind) {
    case 'add': return addNode(args);
    case 'mul': return mulNode(args);
    case 'sub': return subNode(a, b);
    case 'div': return divNode(a, b);
    case 'neg': return negNode(a);
    case 'pow': return powNode(a, b);
    case 'call': return callNode(g.nameOf(id) as FunctionName, args);
    default:
      throw new Error(`no partials of a ${kind} node`);
  }
}
