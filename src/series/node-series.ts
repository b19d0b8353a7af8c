// The series of one node from its children's series: leaves here, operators by their row of
// OPERATOR_SERIES, calls through the composition cache, so sin(U) is made once however often it is
// met (in the input, or in the derivative column of cos).

import { assertNever, children, type Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { postorder } from '../ast/walk.js';
import { constantSeries } from './arithmetic.js';
import type { Coefficients } from './coefficient.js';
import { compose, type Composer } from './compose.js';
import { OPERATOR_SERIES } from './operator-series.js';
import type { Caller } from './power.js';
import type { Series } from './series.js';

export class SeriesContext implements Composer {
  private readonly calls = new Map<string, Series>();
  private readonly caller: Caller = (fn, u) => this.call(fn, [u]);

  /** `identity` is the series of the expansion variable, at + t. */
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
    switch (node.kind) {
      case 'num':
        return constantSeries(node.exact ?? R.of(R.canon.numberLike(node)));
      case 'var':
        return bindings?.get(node.name) ??
          (node.name === this.variable ? this.identity : constantSeries(R.of(R.canon.variable(node.name))));
      case 'const':
        return constantSeries(R.of(R.canon.constant(node.name)));
      case 'call':
        return this.call(node.fn, kids);
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
      case 'neg':
      case 'pow':
        return OPERATOR_SERIES[node.kind](R, kids, this.caller);
      default:
        return assertNever(node);
    }
  }
}
