// Structural equality: same kinds, same payloads, equal children. Iterative, and linear in distinct
// nodes even on heavily shared DAGs (a pair of nodes is compared once).

import { assertNever, children, type Expr } from './expr.js';

/** Same kind, same payload (number, name, function) and as many children. */
export function samePayload(a: Expr, b: Expr): boolean {
  switch (a.kind) {
    case 'num': {
      if (b.kind !== 'num') return false;
      if (a.exact === null || b.exact === null) return a.exact === b.exact && Object.is(a.value, b.value);
      return a.exact.num === b.exact.num && a.exact.den === b.exact.den;
    }
    case 'var':
    case 'const':
      return (b.kind === 'var' || b.kind === 'const') && a.kind === b.kind && a.name === b.name;
    case 'call':
      return b.kind === 'call' && a.fn === b.fn && a.args.length === b.args.length;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'neg':
    case 'pow':
      return a.kind === b.kind && a.args.length === children(b).length;
    default:
      return assertNever(a);
  }
}

export function equals(a: Expr, b: Expr): boolean {
  const compared = new Map<Expr, Set<Expr>>();
  const stack: Expr[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop() as Expr;
    const x = stack.pop() as Expr;
    if (x === y) continue;
    if (x.hash !== y.hash || !samePayload(x, y)) return false;
    let partners = compared.get(x);
    if (partners?.has(y)) continue;
    if (!partners) compared.set(x, (partners = new Set()));
    partners.add(y);
    const xs = children(x);
    const ys = children(y);
    for (let i = 0; i < xs.length; i++) stack.push(xs[i] as Expr, ys[i] as Expr);
  }
  return true;
}
