// A tree as `parse` gives back its text: the shape a user compares results with (`equals`).
//
// Passes that fold numbers and build flat products make nodes the parser never makes: a number
// holding -2 or 1/3 (text `-2`, `1/3`, parsed as a negation and a quotient), and a product or sum of
// three operands (text `a*b*c`, parsed as (a*b)*c). They print the same, so sizes and text are
// unchanged; only the structure is put as the parser would put it. Linear in distinct nodes, with
// an explicit walk (trees are 100,000 deep); a subtree already in that shape is returned as it is.

import { addNode, children, divNode, mulNode, negNode, withChildren, type Expr, type Num } from './expr.js';
import { exactNum, floatNum } from './numbers.js';
import * as Q from './rational.js';

/** `e` with every node as `parse(format(e))` builds it: the same text, the parser's structure. */
export function asParsed(e: Expr): Expr {
  // One map, both the nodes met and their shapes (a node is entered once: a DAG's shared nodes are
  // reshaped once); an explicit stack of nodes and their next child.
  const done = new Map<Expr, Expr>();
  const stack: Expr[] = [e];
  const next: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top] as Expr;
    const kids = children(node);
    let i = next[top] as number;
    while (i < kids.length && done.has(kids[i] as Expr)) i++;
    if (i < kids.length) {
      next[top] = i + 1;
      stack.push(kids[i] as Expr);
      next.push(0);
      continue;
    }
    stack.pop();
    next.pop();
    if (done.has(node)) continue;
    let mapped: Expr[] | undefined;
    for (let k = 0; k < kids.length; k++) {
      const m = done.get(kids[k] as Expr) as Expr;
      if (m !== kids[k]) (mapped ??= kids.slice())[k] = m;
    }
    done.set(node, reshaped(mapped === undefined ? node : withChildren(node, mapped)));
  }
  return done.get(e) as Expr;
}

/** One node as the parser builds it, its children already so. */
function reshaped(node: Expr): Expr {
  switch (node.kind) {
    case 'num':
      return numberAsParsed(node);
    case 'add':
    case 'mul': {
      if (node.args.length <= 2) return node;
      // a + b + c parses left to right: ((a + b) + c).
      const make = node.kind === 'add' ? addNode : mulNode;
      return node.args.slice(1).reduce((left, right) => make([left, right]), node.args[0] as Expr);
    }
    case 'var':
    case 'const':
    case 'sub':
    case 'div':
    case 'neg':
    case 'pow':
    case 'call':
      return node;
    default:
      return node satisfies never;
  }
}

/** -2 is neg(2), 1/3 is div(1, 3), -1/3 is div(neg(1), 3), -0.5 is neg(0.5): how their text parses. */
function numberAsParsed(n: Num): Expr {
  if (n.exact === null) return n.value < 0 ? negNode(floatNum(-n.value)) : n;
  const { num, den } = n.exact;
  if (den === 1n) return num < 0n ? negNode(exactNum(Q.rational(-num))) : n;
  const top = exactNum(Q.rational(num < 0n ? -num : num));
  return divNode(num < 0n ? negNode(top) : top, exactNum(Q.rational(den)));
}
