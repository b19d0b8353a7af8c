// A product's exponential whose exponent holds a multiple of a logarithm, split (rules/exp-log.ts,
// `exp-log-split`): e^(k·log(u) + v)·u^(-k) = e^v, so exp(log(x) - log(x)^2)/x is exp(-log(x)^2), and
// y·e^(x - log(x)) is y·e^x/x. product.ts keeps the result only where it prints smaller.
// e^(k·log(u) + v) = u^k·e^v wherever log(u) is finite (u > 0).

import type { Expr } from '../ast/expr.js';
import type { Canon } from './canon.js';
import { callArgument } from './rules/selectors.js';
import { splitTerm } from './terms.js';

/**
 * The factors with one e^(k·log(u) + v) written u^k·e^v; undefined where there is none. (It once
 * also asked for a power of u among the factors: y·e^(x - log(x)) is smaller as y·e^x/x without one.) One split per call: the product made from the result is
 * canonicalised again, which takes the next.
 */
export function expLogSplit(c: Canon, factors: readonly Expr[]): Expr[] | undefined {
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Expr;
    if (f.kind !== 'pow' || f.args[0] !== c.e || f.args[1].kind !== 'add') continue;
    const terms = f.args[1].args;
    for (let t = 0; t < terms.length; t++) {
      const { coefficient: k, monomial } = splitTerm(c, terms[t] as Expr);
      const u = monomial === null ? undefined : callArgument(monomial, 'log');
      if (u === undefined || k.exact === null) continue;
      const rest = c.sum(terms.filter((_, s) => s !== t));
      return [...factors.filter((_, j) => j !== i), c.power(u, k), c.power(c.e, rest)];
    }
  }
  return undefined;
}

