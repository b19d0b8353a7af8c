// `format(expr, { share: true })`: each repeated subexpression printed once, as a line `t1 = …`
// (children's definitions first), then the result on the last line. Linear in distinct nodes, so a
// DAG that unrolls to 2^100 nodes prints in a few lines.

import { children, isLeaf, varNode, withChildren, type Expr, type Var } from '../ast/expr.js';
import { mergeEqualSubtrees } from '../ast/intern.js';
import { ExpressionTooLargeError } from '../errors.js';
import { formatInfix } from './infix.js';
import { MAX_OUTPUT_CHARS } from './render.js';

/** One class of structurally equal nodes: a representative and its children's classes. */
interface Canonical {
  readonly node: Expr;
  readonly kids: readonly number[];
}

/** Structurally equal nodes as one class each, numbered children first, with their children's numbers. */
function intern(root: Expr): { classes: Canonical[]; rootId: number } {
  const { nodes, merged } = mergeEqualSubtrees(root);
  const ids = new Map(nodes.map((node, i) => [node, i]));
  const classes = nodes.map((node) => ({ node, kids: children(node).map((k) => ids.get(k) as number) }));
  return { classes, rootId: ids.get(merged.get(root) as Expr) as number };
}

/**
 * Worth a name: anything with an operator, except a negated leaf (`-x` is as short as `t1`). Leaves
 * stay inline: a name would be no shorter than the number or variable it stands for.
 */
const worthNaming = (node: Expr): boolean => !isLeaf(node) && !(node.kind === 'neg' && isLeaf(node.args[0]));

/**
 * Which classes get a name: those written more than once when every named class is written once.
 * Parents come before children (descending ids), so a node under a named parent counts once per
 * edge from it, not once per unrolled occurrence (`t1 = sin(x + 1)` does not also name `x + 1`).
 */
function chooseNamed(classes: readonly Canonical[], rootId: number): boolean[] {
  const writes = new Float64Array(classes.length); // doubles: unnamed trivial nodes may pass 2^53
  const named = new Array<boolean>(classes.length).fill(false);
  writes[rootId] = 1;
  for (let id = classes.length - 1; id >= 0; id--) {
    const { node, kids } = classes[id] as Canonical;
    named[id] = (writes[id] as number) > 1 && worthNaming(node);
    const written = named[id] ? 1 : (writes[id] as number);
    for (const k of kids) writes[k] = (writes[k] as number) + written;
  }
  return named;
}

/** t1, t2, … skipping names the expression uses as variables. */
function* freshNames(classes: readonly Canonical[]): Generator<string> {
  const used = new Set(classes.map(({ node }) => (node.kind === 'var' ? node.name : '')));
  for (let i = 1; ; i++) if (!used.has(`t${i}`)) yield `t${i}`;
}

export function formatShared(root: Expr, limit = MAX_OUTPUT_CHARS): string {
  const { classes, rootId } = intern(root);
  const named = chooseNamed(classes, rootId);
  const names = freshNames(classes);
  // Each class as written: its named children replaced by their names.
  const written: Expr[] = [];
  const nameOf: Var[] = [];
  const lines: string[] = [];
  let length = 0;
  const print = (prefix: string, e: Expr): void => {
    const line = prefix + formatInfix(e, limit);
    length += line.length + 1;
    if (length > limit) throw new ExpressionTooLargeError('the formatted expression', limit,
      'even with each repeated subexpression printed once, it has too many distinct nodes to print');
    lines.push(line);
  };
  classes.forEach(({ node, kids }, id) => {
    written[id] = withChildren(node, kids.map((k) => (named[k] ? nameOf[k] : written[k]) as Expr));
    if (!named[id]) return;
    nameOf[id] = varNode(names.next().value as string);
    print(`${nameOf[id].name} = `, written[id]);
  });
  print('', written[rootId] as Expr);
  return lines.join('\n');
}
