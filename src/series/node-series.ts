// The series of one node from its children's series: one case per kind of node, the operators'
// series rules as a table in code. Calls go through the composition cache, so sin(U) is made once
// however often it is met (in the input, or in the derivative column of cos).

import { assertNever, type Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { postorder } from '../ast/walk.js';
import { children } from '../ast/expr.js';
import { add, constantSeries, div, mul, neg, sub } from './arithmetic.js';
import type { Coefficients } from './coefficient.js';
import { compose, type Composer } from './compose.js';
import { power } from './power.js';
import type { Series } from './series.js';

export class SeriesContext implements Composer {
  private readonly calls = new Map<string, Series>();

  /** `variable` is the series of the expansion variable, at + t. */
  constructor(readonly R: Coefficients, private readonly variable: string, private readonly identity: Series) {}

  /** f(args), made once per function and argument series. */
  call(fn: FunctionName, args: readonly Series[]): Series {
    const key = `${fn}(${args.map((a) => a.id).join(',')})`;
    let w = this.calls.get(key);
    if (w === undefined) this.calls.set(key, (w = compose(this, fn, args)));
    return w;
  }

  /** A small tree (a derivative column's) as a series, its placeholders bound; lazily, never forced. */
  seriesOfTree(tree: Expr, bindings: ReadonlyMap<string, Series>): Series {
    const made = new Map<Expr, Series>();
    for (const node of postorder(tree)) {
      made.set(node, this.nodeSeries(node, children(node).map((k) => made.get(k) as Series), bindings));
    }
    return made.get(tree) as Series;
  }

  /** The series of `node` given its children's. */
  nodeSeries(node: Expr, kids: readonly Series[], bindings?: ReadonlyMap<string, Series>): Series {
    const { R } = this;
    const [a, b] = kids as [Series, Series];
    switch (node.kind) {
      case 'num':
        return constantSeries(node.exact ?? R.of(R.canon.numberLike(node)));
      case 'var':
        return bindings?.get(node.name) ??
          (node.name === this.variable ? this.identity : constantSeries(R.of(R.canon.variable(node.name))));
      case 'const':
        return constantSeries(R.of(R.canon.constant(node.name)));
      case 'add':
        return balanced(kids, (u, v) => add(R, u, v));
      case 'sub':
        return sub(R, a, b);
      case 'neg':
        return neg(R, a);
      case 'mul':
        return balanced(kids, (u, v) => mul(R, u, v));
      case 'div':
        return div(R, a, b);
      case 'pow':
        return power(R, (fn, u) => this.call(fn, [u]), a, b);
      case 'call':
        return this.call(node.fn, kids);
      default:
        return assertNever(node);
    }
  }
}

/**
 * An n-ary sum or product as a balanced tree of binary ones: a coefficient of the result then asks
 * through log2(n) levels of lazy series, not n (a simplified sum may have 100,000 terms).
 */
function balanced(kids: readonly Series[], combine: (u: Series, v: Series) => Series): Series {
  let level = kids;
  while (level.length > 1) {
    const next: Series[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(combine(level[i] as Series, level[i + 1] as Series));
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Series);
    level = next;
  }
  return level[0] as Series;
}
